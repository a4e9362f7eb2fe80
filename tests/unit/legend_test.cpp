#include "massage_evidence/legend.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "support/gfm.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace massage_evidence;

namespace {

const legend_section& section_named(const std::vector<legend_section>& sections,
                                    std::string_view name) {
    const auto it = std::find_if(sections.begin(), sections.end(),
                                 [&](const legend_section& s) { return s.name == name; });
    REQUIRE(it != sections.end());
    return *it;
}

template <class Enum>
void check_covers(const legend_section& section) {
    REQUIRE(section.entries.size() == vocabulary<Enum>::entries.size());
    for (std::size_t i = 0; i < section.entries.size(); ++i) {
        CHECK(section.entries[i].term == vocabulary<Enum>::entries[i].token);
        CHECK(section.entries[i].label == vocabulary<Enum>::entries[i].label);
        CHECK_FALSE(section.entries[i].meaning.empty());
    }
}

} // namespace

TEST_CASE("the legend explains every term of every vocabulary", "[legend]") {
    const auto sections = legend(audience::clinician);
    check_covers<certainty>(section_named(sections, "certainty"));
    check_covers<grade_domain>(section_named(sections, "domains"));
    check_covers<verdict>(section_named(sections, "verdicts"));
    check_covers<claim_kind>(section_named(sections, "kinds"));
    check_covers<category>(section_named(sections, "categories"));
    check_covers<direction>(section_named(sections, "directions"));
    check_covers<source_type>(section_named(sections, "types"));
    for (const auto& entry : section_named(sections, "certainty").entries) {
        CHECK(entry.symbols == grade_symbols(*parse_exact<certainty>(entry.term)));
    }
}

TEST_CASE("verdicts are explained in the shared words", "[legend]") {
    for (const auto reader : {audience::clinician, audience::patient}) {
        const auto sections = legend(reader);
        for (const auto& entry : section_named(sections, "verdicts").entries) {
            const auto v = *parse_exact<verdict>(entry.term);
            CHECK_THAT(entry.meaning, Catch::Contains(std::string(verdict_meaning(v))));
        }
    }
}

TEST_CASE("patients read certainty levels in plain words", "[legend]") {
    const auto sections = legend(audience::patient);
    for (const auto& entry : section_named(sections, "certainty").entries) {
        const auto level = *parse_exact<certainty>(entry.term);
        CHECK_THAT(entry.meaning, Catch::Contains(std::string(certainty_meaning(level))));
    }
}

TEST_CASE("the crosswalk maps GRADE to SORT and Oxford CEBM, with a caveat", "[legend]") {
    const auto sections = legend(audience::clinician);
    const auto& crosswalk = section_named(sections, "crosswalk");
    REQUIRE(crosswalk.entries.size() == 4);
    CHECK(crosswalk.entries[0].term == "high");
    CHECK(crosswalk.entries[0].sort == "A");
    CHECK(crosswalk.entries[0].cebm == "1");
    CHECK(crosswalk.entries[2].sort == "B");
    CHECK(crosswalk.entries[3].term == "very-low");
    CHECK(crosswalk.entries[3].sort == "C");
    CHECK(crosswalk.entries[3].cebm == "4 or 5");
    CHECK_THAT(crosswalk.intro, Catch::Contains("approximate"));
    CHECK_FALSE(crosswalk.note.empty());
}

TEST_CASE("a term finds its section or its entries", "[legend]") {
    const auto sections = legend(audience::clinician);
    SECTION("a section by name or alias") {
        for (const auto* word : {"domains", "Domain", "sort", "CEBM", "grade"}) {
            const auto found = lookup_legend(sections, word);
            REQUIRE(found);
            CHECK(found->size() == 1);
        }
        CHECK(lookup_legend(sections, "sort")->front().name == "crosswalk");
        CHECK(lookup_legend(sections, "grade")->front().name == "certainty");
    }
    SECTION("an entry, in every section that has it") {
        const auto mixed = lookup_legend(sections, "mixed");
        REQUIRE(mixed);
        REQUIRE(mixed->size() == 2);
        CHECK((*mixed)[0].name == "verdicts");
        CHECK((*mixed)[1].name == "directions");
        const auto level = lookup_legend(sections, "Very_Low");
        REQUIRE(level);
        REQUIRE(level->size() == 1);
        CHECK(level->front().entries.size() == 1);
        CHECK(level->front().entries.front().term == "very-low");
    }
    SECTION("nothing") {
        CHECK_FALSE(lookup_legend(sections, "excelent"));
        const auto terms = legend_terms(sections);
        CHECK(std::find(terms.begin(), terms.end(), "indirectness") != terms.end());
        CHECK(std::find(terms.begin(), terms.end(), "crosswalk") != terms.end());
    }
}

TEST_CASE("legend JSON holds every section and entry", "[legend][json]") {
    const auto sections = legend(audience::clinician);
    std::string out;
    render_legend_json(sections, out);
    const auto doc = nlohmann::json::parse(out);
    REQUIRE(doc.size() == sections.size());
    for (std::size_t i = 0; i < sections.size(); ++i) {
        CHECK(doc[i].at("section") == sections[i].name);
        CHECK(doc[i].at("title") == sections[i].title);
        CHECK(doc[i].at("intro") == sections[i].intro);
        CHECK(doc[i].contains("note") == !sections[i].note.empty());
        REQUIRE(doc[i].at("entries").size() == sections[i].entries.size());
        for (std::size_t e = 0; e < sections[i].entries.size(); ++e) {
            const auto& entry = sections[i].entries[e];
            const auto& item = doc[i]["entries"][e];
            CHECK(item.at("term") == entry.term);
            CHECK(item.at("label") == entry.label);
            CHECK(item.at("meaning") == entry.meaning);
            CHECK(item.contains("sort") == !entry.sort.empty());
            CHECK(item.contains("symbols") == !entry.symbols.empty());
        }
    }
}

TEST_CASE("legend Markdown renders a table per section", "[legend][markdown]") {
    const auto sections = legend(audience::clinician);
    std::string out;
    render_legend_markdown(sections, out);
    const auto tables = test_support::parse_tables(out);
    REQUIRE(tables.size() == sections.size());
    for (std::size_t i = 0; i < sections.size(); ++i) {
        CHECK(tables[i].rows.size() == sections[i].entries.size() + 1);
    }
    CHECK(tables.back().rows[0] ==
          std::vector<std::string>{"GRADE", "SORT", "Oxford CEBM", "Typical evidence"});
}
