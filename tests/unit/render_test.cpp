#include "massage_evidence/load.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace massage_evidence;

namespace {
const dataset& small() {
    static const dataset data =
        load_dataset_file(test_support::fixture("fixtures/valid/small.json"));
    return data;
}
const dataset& dangerous() {
    static const dataset data =
        load_dataset_file(test_support::fixture("fixtures/valid/dangerous.json"));
    return data;
}
using test_support::lines_of;
} // namespace

TEST_CASE("terminal tables align columns by display width", "[render]") {
    const auto claims = select_claims(small(), claim_kind::mechanism, {});
    std::string out;
    render_table(mechanism_listing(claims, true), {}, out);
    const auto lines = lines_of(out);
    REQUIRE(lines.size() == 4);
    // The Verdict column starts at the same display column on every line, though the certainty
    // symbols before it are multi-byte.
    const auto header_column = detail::display_width(lines[0].substr(0, lines[0].find("Verdict")));
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto verdict_at = lines[i].find_first_of("mis", header_column - 2);
        CHECK(detail::display_width(lines[i].substr(0, verdict_at)) == header_column);
    }
}

TEST_CASE("terminal tables fit the width by wrapping long cells", "[render]") {
    const auto claims = select_claims(small(), claim_kind::mechanism, {});
    std::string out;
    render_table(mechanism_listing(claims, true), {false, 80}, out);
    for (const auto& line : lines_of(out)) {
        CHECK(detail::display_width(line) <= 80);
    }
    CHECK(lines_of(out).size() > 4);
}

TEST_CASE("colour repeats the words and never replaces them", "[render]") {
    const auto claims = select_claims(small(), claim_kind::mechanism, {});
    std::string plain;
    std::string coloured;
    render_table(mechanism_listing(claims, true), {false, 0}, plain);
    render_table(mechanism_listing(claims, true), {true, 0}, coloured);
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(coloured.find("\x1b[33m⊕⊕◯◯ low\x1b[0m") != std::string::npos);
    // Without the escape sequences the coloured table is the plain one.
    std::string stripped;
    for (std::size_t i = 0; i < coloured.size(); ++i) {
        if (coloured[i] == '\x1b') {
            i = coloured.find('m', i);
            continue;
        }
        stripped += coloured[i];
    }
    CHECK(stripped == plain);
}

TEST_CASE("control characters in data never reach the terminal raw", "[render][safety]") {
    const auto claims = select_claims(dangerous(), claim_kind::mechanism, {});
    std::string out;
    render_table(mechanism_listing(claims, true), {false, 0}, out);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\a') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find("\u202e") == std::string::npos);
    CHECK(lines_of(out).size() == 4); // a newline in a claim does not break the row
}

TEST_CASE("escape_unsafe shows escapes instead of interpreting them", "[safety]") {
    CHECK(detail::escape_unsafe("a\x1b[31mb") == "a\\e[31mb");
    CHECK(detail::escape_unsafe("bell\a") == "bell\\x07");
    CHECK(detail::escape_unsafe("\u202eabc") == "\\u{202E}abc");
    CHECK(detail::escape_unsafe("bad \xff byte") == "bad \\xFF byte");
    CHECK(detail::escape_unsafe("pétrissage ⊕") == "pétrissage ⊕");
    CHECK(detail::printable(std::string(100, 'x'), 10) == std::string(10, 'x') + "…");
}

TEST_CASE("CSV quotes, doubles quotes, ends lines with CRLF and defuses formulas", "[render]") {
    listing rows;
    rows.columns = {{"A", false}, {"B", false}};
    rows.rows = {{{"=1+1", {}, {}}, {"say \"hi\", ok", {}, {}}},
                 {{"-2", {}, {}}, {"@SUM(A1)", {}, {}}},
                 {{"+x", {}, {}}, {"plain", {}, {}}}};
    std::string out;
    render_csv(rows, out);
    CHECK(out == "A,B\r\n"
                 "\"'=1+1\",\"say \"\"hi\"\", ok\"\r\n"
                 "\"'-2\",\"'@SUM(A1)\"\r\n"
                 "\"'+x\",plain\r\n");
}

TEST_CASE("claims JSON carries the contract's fields for every claim", "[render][json]") {
    const auto claims = select_claims(small(), claim_kind::mechanism, {});
    std::string out;
    render_claims_json(claims, out);
    const auto json = nlohmann::json::parse(out);
    REQUIRE(json.is_array());
    REQUIRE(json.size() == claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const auto& c = *claims[i];
        const auto& j = json[i];
        CHECK(j.at("id") == c.id);
        CHECK(j.at("kind") == "mechanism");
        CHECK(j.at("name") == c.name);
        CHECK(j.at("category") == std::string(to_string(c.category)));
        CHECK(j.at("claim") == c.statement);
        CHECK(j.at("verdict") == std::string(to_string(c.verdict)));
        CHECK(j.at("certainty") == std::string(to_string(c.certainty)));
        REQUIRE(j.at("sources").size() == c.sources.size());
        for (std::size_t s = 0; s < c.sources.size(); ++s) {
            CHECK(j.at("sources")[s] == c.sources[s].ref);
        }
        CHECK(j.at("grading").at("domains").size() == c.grading.domains.size());
    }
}

TEST_CASE("condition JSON carries comparator, follow-up and sizes", "[render][json]") {
    const auto claims = select_claims(small(), claim_kind::condition, {});
    std::string out;
    render_claims_json(claims, out);
    const auto json = nlohmann::json::parse(out);
    REQUIRE(json.size() == 2);
    CHECK(json[0].at("condition") == "low-back-pain");
    CHECK(json[0].at("comparator") == "usual-care");
    CHECK(json[0].at("follow_up") == "short-term");
    CHECK(json[0].at("studies") == 1);
    CHECK(json[0].at("participants") == 400);
    CHECK_FALSE(json[1].contains("studies"));
}

TEST_CASE("JSON output escapes control characters and still decodes to the data",
          "[render][json][safety]") {
    const auto claims = select_claims(dangerous(), claim_kind::mechanism, {});
    std::string out;
    render_claims_json(claims, out);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find("\u202e") == std::string::npos);
    const auto json = nlohmann::json::parse(out);
    const auto it = std::find_if(json.begin(), json.end(),
                                 [](const auto& j) { return j.at("id") == "warmth"; });
    REQUIRE(it != json.end());
    CHECK(it->at("evidence") == dangerous().find_claim("warmth")->evidence);
    CHECK(it->at("claim") == dangerous().find_claim("warmth")->statement);
}

TEST_CASE("an empty selection is an empty JSON array", "[render][json]") {
    std::string out;
    render_claims_json({}, out);
    CHECK(nlohmann::json::parse(out) == nlohmann::json::array());
}

TEST_CASE("Vancouver citations use only the fields the data holds", "[render]") {
    CHECK(vancouver_citation(*small().find_source("trial-a")) ==
          "Doe J, Roe R. A laboratory trial of warmth. J Test Med. 2001;1(2):3-4.");
    CHECK(vancouver_citation(*small().find_source("review-b")) ==
          "Poe E, et al. A review of pressure and mood. Rev Test. 2010.");
    CHECK(vancouver_citation(*small().find_source("trial-c")) ==
          "Test Trial Group. A trial of back pain. Test Press; 2015.");
    source many;
    many.authors = {"A A", "B B", "C C", "D D", "E E", "F F", "G G"};
    many.title = "Seven authors";
    many.journal = "J";
    many.year = 2020;
    CHECK(vancouver_citation(many) ==
          "A A, B B, C C, D D, E E, F F, et al. Seven authors. J. 2020.");
    many.authors.pop_back();
    CHECK(vancouver_citation(many) == "A A, B B, C C, D D, E E, F F. Seven authors. J. 2020.");
}

TEST_CASE("a word longer than its column is cut into pieces that fit", "[render]") {
    listing rows;
    rows.columns = {{"Name", true}, {"Text", true}};
    // Narrow, wide (two columns each) and combining characters; the cut never splits one.
    const std::string word =
        std::string(5000, 'x') + std::string(300, 'y') + "中文字" + "e\xcc\x81";
    rows.rows = {{{"n", {}, {}}, {word, {}, {}}}};
    std::string out;
    render_table(rows, {false, 24}, out);
    std::string rejoined;
    for (const auto& line : lines_of(out)) {
        CHECK(detail::display_width(line) <= 24);
        const auto text = line.substr(std::min(line.size(), line.find_first_not_of("n ", 0)));
        if (line.rfind("Name", 0) != 0) {
            rejoined += text;
        }
    }
    CHECK(rejoined == word);
}
