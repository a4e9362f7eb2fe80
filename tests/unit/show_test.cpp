// `show` prints one claim or source in four formats. JSON is checked field by field against the
// model; Markdown by parsing it as GitHub does; the terminal page for width and safety.

#include "massage_evidence/cite.hpp"
#include "massage_evidence/load.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/show.hpp"
#include "printable.hpp"
#include "support/browse_data.hpp"
#include "support/gfm.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace massage_evidence;

namespace {

const dataset& browse() {
    return test_support::browse_dataset();
}

const claim& claim_named(std::string_view id) {
    const auto* c = browse().find_claim(id);
    REQUIRE(c != nullptr);
    return *c;
}

using test_support::lines_of;

bool contains(const std::vector<std::string>& blocks, std::string_view text) {
    return std::any_of(blocks.begin(), blocks.end(), [&](const std::string& block) {
        return block.find(text) != std::string::npos;
    });
}

} // namespace

TEST_CASE("show JSON is the listing object plus references, grading detail and plain words",
          "[show][json]") {
    const auto id = GENERATE(as<std::string>{}, "blood-flow", "tension-cycle", "back-chronic",
                             "neck-sham", "hour-sessions", "firm-pressure");
    const auto& c = claim_named(id);
    std::string out;
    render_claim_detail_json(browse(), c, out);
    const auto doc = nlohmann::json::parse(out);
    INFO(id);
    CHECK(doc.at("id") == c.id);
    CHECK(doc.at("kind") == to_string(c.kind));
    CHECK(doc.at("name") == c.name);
    CHECK(doc.at("claim") == c.statement);
    CHECK(doc.at("evidence") == c.evidence);
    CHECK(doc.at("verdict") == to_string(c.verdict));
    CHECK(doc.at("certainty") == to_string(c.certainty));
    CHECK(doc.at("plain_language") == c.plain_language);
    CHECK(doc.at("caveats") == c.caveats);
    CHECK(doc.at("lay_phrases") == c.lay_phrases);
    // Grading: start, basis, notes when present, every domain with its change and reason.
    const auto& grading = doc.at("grading");
    CHECK(grading.at("start") == to_string(c.grading.start));
    CHECK(grading.at("basis") == c.grading.basis);
    CHECK(grading.contains("notes") == !c.grading.notes.empty());
    REQUIRE(grading.at("domains").size() == c.grading.domains.size());
    for (std::size_t i = 0; i < c.grading.domains.size(); ++i) {
        CHECK(grading["domains"][i].at("domain") == to_string(c.grading.domains[i].domain));
        CHECK(grading["domains"][i].at("change") == c.grading.domains[i].change);
        CHECK(grading["domains"][i].at("reason") == c.grading.domains[i].reason);
    }
    // Sources: the ids, as in the listings, and each reference in full.
    REQUIRE(doc.at("sources").size() == c.sources.size());
    REQUIRE(doc.at("references").size() == c.sources.size());
    for (std::size_t i = 0; i < c.sources.size(); ++i) {
        const auto& r = c.sources[i];
        const auto& item = doc["references"][i];
        const auto* s = browse().find_source(r.ref);
        REQUIRE(s != nullptr);
        CHECK(doc["sources"][i] == r.ref);
        CHECK(item.at("source") == r.ref);
        CHECK(item.at("direction") == to_string(r.direction));
        CHECK(item.at("finding") == r.finding);
        CHECK(item.at("type") == to_string(s->type));
        CHECK(item.at("citation") == vancouver_reference(*s));
    }
    REQUIRE(doc.at("steps").size() == c.steps.size());
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        CHECK(doc["steps"][i].at("text") == c.steps[i].text);
        CHECK(doc["steps"][i].at("claim") == c.steps[i].claim_id);
    }
    const auto& plain = doc.at("in_plain_words");
    CHECK(plain.at("research_says") == verdict_in_words(c.verdict));
    CHECK(plain.at("statement") == informative_statement(c.verdict, c.certainty));
    CHECK(plain.at("confidence") == confidence_phrase(c.certainty));
    CHECK(plain.at("certainty_meaning") == certainty_meaning(c.certainty));
    CHECK(plain.at("verdict_meaning") == verdict_meaning(c.verdict));
    // Kind-specific fields.
    CHECK(doc.contains("category") == (c.kind == claim_kind::mechanism));
    CHECK(doc.contains("explains") == (c.kind == claim_kind::mechanism));
    CHECK(doc.contains("condition") == (c.kind == claim_kind::condition));
    CHECK(doc.contains("topic") == (c.kind == claim_kind::practice));
    if (c.kind == claim_kind::condition) {
        CHECK(doc.at("comparator") == to_string(c.comparator));
        CHECK(doc.at("follow_up") == to_string(c.follow_up));
        CHECK(doc.contains("studies") == c.studies.has_value());
    }
}

TEST_CASE("show JSON for a source lists the claims citing it with direction and finding",
          "[show][json]") {
    const auto* s = browse().find_source("lab-flow");
    REQUIRE(s != nullptr);
    std::string out;
    render_source_detail_json(browse(), *s, out);
    const auto doc = nlohmann::json::parse(out);
    CHECK(doc.at("id") == "lab-flow");
    CHECK(doc.at("type") == "laboratory");
    CHECK(doc.at("title") == s->title);
    CHECK(doc.at("authors") == s->authors);
    CHECK(doc.at("et_al") == false);
    CHECK(doc.at("year") == 1999);
    CHECK(doc.at("doi") == s->doi);
    CHECK(doc.at("pmid") == s->pmid);
    CHECK_FALSE(doc.contains("pmcid"));
    CHECK(doc.at("citation") == vancouver_reference(*s));
    CHECK(doc.at("cited_by") == std::vector<std::string>{"blood-flow", "tension-cycle"});
    REQUIRE(doc.at("findings").size() == 2);
    CHECK(doc["findings"][0].at("claim") == "blood-flow");
    CHECK(doc["findings"][0].at("direction") == "contradicts");
    CHECK(doc["findings"][1].at("direction") == "no-effect");
}

TEST_CASE("the clinician's page says everything about the claim", "[show]") {
    const auto& c = claim_named("blood-flow");
    std::string out;
    render_claim_markdown(browse(), c, audience::clinician, out);
    const auto blocks = test_support::parse_text_blocks(out);
    CHECK(blocks.front() == c.name);
    CHECK(contains(blocks, c.statement));
    CHECK(contains(blocks, c.evidence));
    CHECK(contains(blocks, "contradicted: " + std::string(verdict_meaning(c.verdict))));
    CHECK(contains(blocks, "⊕⊕◯◯ low"));
    CHECK(contains(blocks, "Rated down 1 for indirectness: Blood flow is a surrogate for pain."));
    CHECK(contains(blocks, "Rated down 1 for imprecision: Twelve volunteers."));
    for (const auto& r : c.sources) {
        CHECK(contains(blocks, r.finding));
        CHECK(contains(blocks, vancouver_reference(*browse().find_source(r.ref))));
    }
    CHECK(contains(blocks, "Skin blood flow rose."));
    CHECK(contains(blocks, c.plain_language));
    CHECK(contains(blocks, "low-back-pain, doms"));
}

TEST_CASE("the patient's page uses the shared plain-language wording", "[show]") {
    const auto& c = claim_named("neck-sham");
    std::string out;
    render_claim_markdown(browse(), c, audience::patient, out);
    const auto blocks = test_support::parse_text_blocks(out);
    CHECK(contains(blocks, informative_statement(c.verdict, c.certainty)));
    CHECK(contains(blocks, certainty_meaning(c.certainty)));
    CHECK(contains(blocks, c.plain_language));
    // No GRADE jargon or symbols for patients.
    CHECK_FALSE(contains(blocks, "⊕"));
    CHECK_FALSE(contains(blocks, "imprecision"));
    CHECK_FALSE(contains(blocks, "not-supported"));
}

TEST_CASE("the terminal page wraps to the width and keeps colour optional", "[show]") {
    const auto& c = claim_named("back-chronic");
    std::string narrow;
    render_claim_page(browse(), c, audience::clinician, {false, 50}, narrow);
    for (const auto& line : lines_of(narrow)) {
        CHECK(detail::display_width(line) <= 50);
    }
    CHECK(narrow.find('\x1b') == std::string::npos);
    CHECK_THAT(narrow, Catch::Contains("2 studies, 401 participants"));
    std::string coloured;
    render_claim_page(browse(), c, audience::clinician, {true, 0}, coloured);
    CHECK(coloured.find("\x1b[36m⊕⊕⊕◯ moderate\x1b[0m") != std::string::npos);
}

TEST_CASE("CSV of a claim has one row per part, the same text as the page", "[show][csv]") {
    const auto& c = claim_named("tension-cycle");
    const auto rows = claim_detail_listing(browse(), c, audience::clinician);
    REQUIRE(rows.columns.size() == 2);
    CHECK(rows.rows.front()[1].text == c.name);
    const auto has = [&rows](std::string_view section, std::string_view text) {
        return std::any_of(rows.rows.begin(), rows.rows.end(), [&](const std::vector<cell>& row) {
            return row[0].text == section && row[1].text == text;
        });
    };
    CHECK(has("Claim", c.statement));
    CHECK(has("What the evidence shows", c.evidence));
    CHECK(has("The explanation as people tell it", "Tight muscles choke blood flow."));
    CHECK(has("The explanation as people tell it", "blood-flow: contradicted, low"));
}

TEST_CASE("data text on a page cannot drive the terminal", "[show][safety]") {
    const auto dangerous =
        load_dataset_file(test_support::fixture("fixtures/valid/dangerous.json"));
    const auto* c = dangerous.find_claim("warmth");
    REQUIRE(c != nullptr);
    for (const auto reader : {audience::clinician, audience::patient}) {
        std::string out;
        render_claim_page(dangerous, *c, reader, {true, 80}, out);
        // Only our own colour sequences: every ESC starts one of them.
        for (auto at = out.find('\x1b'); at != std::string::npos; at = out.find('\x1b', at + 1)) {
            const auto code = out.substr(at, 5);
            CHECK((code.rfind("\x1b[0m", 0) == 0 || code.rfind("\x1b[1m", 0) == 0 ||
                   code.rfind("\x1b[3", 0) == 0 || code.rfind("\x1b[2m", 0) == 0));
        }
        CHECK(out.find('\x07') == std::string::npos);
        if (reader == audience::clinician) {
            CHECK(out.find("\\e[31m") != std::string::npos); // the evidence, escaped
        }
    }
}
