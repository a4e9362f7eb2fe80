// Markdown is checked by parsing it as GitHub does (cmark-gfm) and comparing the text of each
// cell with the value exported: a stray `|` would silently drop a cell, so counting cells
// proves nothing.

#include "massage_evidence/load.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"
#include "support/gfm.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

using namespace massage_evidence;
using test_support::parse_tables;

namespace {

dataset load(const std::string& name) {
    return load_dataset_file(test_support::fixture("fixtures/valid/" + name));
}

// What a reader should see for a data value: line breaks folded, controls escaped.
std::string shown(std::string_view value) {
    return detail::escape_unsafe_on_one_line(value);
}

void check_mechanism_table(const test_support::gfm_table& table,
                           const std::vector<const claim*>& claims) {
    REQUIRE(table.rows.size() == claims.size() + 1);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const auto& row = table.rows[i + 1];
        const auto& c = *claims[i];
        REQUIRE(row.size() == 6);
        CHECK(row[0] == shown(c.name));
        CHECK(row[1] == to_string(c.category));
        CHECK(row[2] == shown(c.statement));
        CHECK(row[3] == to_string(c.verdict));
        CHECK(row[4] == certainty_with_symbols(c.certainty));
    }
}

} // namespace

TEST_CASE("mechanism Markdown tables render every cell as the exported text", "[markdown]") {
    const auto name = GENERATE(as<std::string>{}, "small.json", "dangerous.json");
    const auto data = load(name);
    const auto claims = select_claims(data, claim_kind::mechanism, {});
    std::string out;
    render_markdown_table(mechanism_listing(claims, true), out);
    const auto tables = parse_tables(out);
    REQUIRE(tables.size() == 1);
    check_mechanism_table(tables[0], claims);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        CHECK(tables[0].rows[i + 1][5] == std::to_string(claims[i]->sources.size()));
    }
}

TEST_CASE("escape_markdown round-trips every character GFM could interpret", "[markdown]") {
    const std::string nasty = "a|b \\ *c* _d_ `e` <b>f</b> [g](h) ~~i~~ # j! &amp; $k$ {l} (m) "
                              "see www.example.org) or HTTPS://x.invalid) or ftp:x";
    const auto blocks = test_support::parse_text_blocks(escape_markdown(nasty));
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0] == nasty);
}

TEST_CASE("a weighted delimiter row sizes columns for pandoc and parses the same in GFM",
          "[markdown]") {
    listing table;
    table.columns = {{"Name", false}, {"Long text", true}};
    table.rows = {{{"Physiological", {}, {}}, {std::string(200, 'x') + " y", {}, {}}}};
    std::string plain;
    std::string weighted;
    render_markdown_table(table, plain);
    render_markdown_table(table, weighted, true);
    CHECK(plain.find("\n|---|---|\n") != std::string::npos);
    // At least the longest word of the first column; the long column gets more.
    CHECK(weighted.find("\n|-------------|" + std::string(30, '-') + "|\n") != std::string::npos);
    CHECK(test_support::parse_tables(weighted)[0].rows ==
          test_support::parse_tables(plain)[0].rows);
}
