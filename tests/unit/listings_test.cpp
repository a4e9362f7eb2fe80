// The listings added for `claims`, `techniques`, `sources` and the patient audience: what each
// cell holds, checked through the Markdown a reader sees (parsed with cmark-gfm).

#include "massage_evidence/cite.hpp"
#include "massage_evidence/load.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/render.hpp"
#include "printable.hpp"
#include "support/browse_data.hpp"
#include "support/gfm.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

using namespace massage_evidence;
using test_support::parse_tables;

namespace {

const dataset& browse() {
    return test_support::browse_dataset();
}

test_support::gfm_table only_table(const listing& rows) {
    std::string out;
    render_markdown_table(rows, out);
    const auto tables = parse_tables(out);
    REQUIRE(tables.size() == 1);
    return tables.front();
}

} // namespace

TEST_CASE("the claims listing shows id, kind, name, verdict, certainty and sources",
          "[listings][markdown]") {
    const auto claims = select_any_claims(browse(), {});
    const auto table = only_table(claim_listing(claims, true));
    REQUIRE(table.rows.size() == claims.size() + 1);
    CHECK(table.rows[0] ==
          std::vector<std::string>{"ID", "Kind", "Name", "Verdict", "Certainty", "Sources"});
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const auto& c = *claims[i];
        const auto& row = table.rows[i + 1];
        CHECK(row[0] == c.id);
        CHECK(row[1] == to_string(c.kind));
        CHECK(row[2] == c.name);
        CHECK(row[3] == to_string(c.verdict));
        CHECK(row[4] == certainty_with_symbols(c.certainty));
        CHECK(row[5] == std::to_string(c.sources.size()));
    }
}

TEST_CASE("the practice listing shows the topic", "[listings]") {
    const auto claims = select_claims(browse(), claim_kind::practice, {});
    const auto rows = practice_listing(claims, false);
    REQUIRE(rows.rows.size() == 2);
    CHECK(rows.rows[0][1].text == "dose");
    CHECK(rows.rows[1][1].text == "technique");
    CHECK(rows.rows[1][4].text == "very-low"); // no symbols for spreadsheets
}

TEST_CASE("the patient listing uses the shared plain words", "[listings]") {
    const auto claims = select_any_claims(browse(), {});
    const auto table = only_table(patient_listing(claims));
    REQUIRE(table.rows.size() == claims.size() + 1);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const auto& c = *claims[i];
        const auto& row = table.rows[i + 1];
        CHECK(row[0] == c.id);
        CHECK(row[2] == c.plain_language);
        CHECK(row[3] == verdict_in_words(c.verdict));
        CHECK(row[4] == confidence_phrase(c.certainty));
    }
}

TEST_CASE("the sources listing renders every reference as its exact text", "[listings][markdown]") {
    const auto sources = select_sources(browse(), {});
    const auto table = only_table(source_listing(browse(), sources));
    REQUIRE(table.rows.size() == sources.size() + 1);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto& s = *sources[i];
        const auto& row = table.rows[i + 1];
        INFO(s.id);
        CHECK(row[0] == s.id);
        CHECK(row[1] == to_string(s.type));
        CHECK(row[2] == (s.year ? std::to_string(*s.year) : std::string()));
        // latex-special holds &, %, {}, $, _, #, ~, ^ and a backslash: all survive Markdown.
        CHECK(row[3] == detail::escape_unsafe(vancouver_reference(s)));
        CHECK(row[4] == std::to_string(claims_citing(browse(), s.id).size()));
    }
}
