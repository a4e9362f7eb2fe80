#include "massage_evidence/load.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/report.hpp"
#include "output_checks.hpp"
#include "printable.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

using namespace massage_evidence;
using massage_evidence::fuzz::first_hazard;

namespace {

// Every text field of this fixture holds something a terminal would act on: CSI and OSC
// sequences, BEL, backspace, CR, NUL, DEL, C1 controls, bidi overrides, isolates and marks.
const dataset& hostile() {
    static const dataset data =
        load_dataset_file(test_support::fixture("fixtures/valid/control-characters.json"));
    return data;
}

// The raw bytes of what the fixture carries; none may appear in any output meant for people.
constexpr std::string_view raw_controls[] = {
    "\x1b",         "\a",           "\b",           "\r",           std::string_view("\0", 1),
    "\x7f",         "\xc2\x85",     "\xc2\x9b",     "\xc2\x90",     "\xe2\x80\xae",
    "\xe2\x80\xac", "\xe2\x81\xa6", "\xe2\x81\xa7", "\xe2\x81\xa8", "\xe2\x81\xa9",
    "\xe2\x80\x8e", "\xe2\x80\x8f", "\xd8\x9c",     "\xe2\x80\xa8", "\xe2\x80\xa9"};

std::string describe_hazard(const std::string& text) {
    const auto at = first_hazard(text);
    if (at == std::string::npos) {
        return "none";
    }
    return "byte " + std::to_string(at) + ": " +
           detail::escape_unsafe(text.substr(at > 20 ? at - 20 : 0, 40));
}

void check_no_raw_controls(const std::string& text, std::string_view allowed = "\n") {
    INFO("first hazard: " << describe_hazard(text));
    CHECK(first_hazard(text, allowed) == std::string::npos);
    for (const auto raw : raw_controls) {
        if (raw.size() == 1 && allowed.find(raw[0]) != std::string_view::npos) {
            continue;
        }
        CHECK(text.find(raw) == std::string::npos);
    }
}

} // namespace

TEST_CASE("the fixture really carries every kind of control character", "[safety]") {
    std::string all;
    for (const auto& c : hostile().mechanisms) {
        all += c.name + c.statement + c.evidence + c.grading.basis + c.plain_language;
    }
    for (const auto raw : raw_controls) {
        if (raw == "\r") {
            continue; // only in the claim, checked below
        }
        INFO(detail::escape_unsafe(raw));
        CHECK(all.find(raw) != std::string::npos);
    }
    CHECK(hostile().mechanisms[0].statement.find('\r') != std::string::npos);
}

TEST_CASE("terminal tables show control characters escaped, with or without colour",
          "[safety][render]") {
    for (const auto kind : {claim_kind::mechanism, claim_kind::condition}) {
        const auto claims = select_claims(hostile(), kind, {});
        const auto table = kind == claim_kind::mechanism ? mechanism_listing(claims, true)
                                                         : condition_listing(claims, true);
        for (const std::size_t width : {std::size_t{0}, std::size_t{40}, std::size_t{100}}) {
            std::string plain;
            render_table(table, {false, width}, plain);
            check_no_raw_controls(plain);
            std::string coloured;
            render_table(table, {true, width}, coloured);
            check_no_raw_controls(fuzz::without_colour(coloured));
        }
    }
    std::string out;
    render_table(mechanism_listing(select_claims(hostile(), claim_kind::mechanism, {}), true),
                 {false, 0}, out);
    CHECK_THAT(out, Catch::Contains("\\e[31mRed\\e[0m name, bell\\x07, backspace\\b\\b\\b"));
    CHECK_THAT(out, Catch::Contains("NUL\\x00inside"));
}

TEST_CASE("Markdown neutralises control characters in tables and the report", "[safety][render]") {
    const auto claims = select_claims(hostile(), claim_kind::condition, {});
    std::string table;
    render_markdown_table(condition_listing(claims, true), table);
    check_no_raw_controls(table);
    CHECK_THAT(table, Catch::Contains("-5 points\\\\u{2028}on a 100-point scale \\\\u{202E}elacs"));

    report_options options;
    options.date = "2026-01-31";
    std::string report;
    render_report(hostile(), options, report);
    check_no_raw_controls(report);
    CHECK_THAT(report, Catch::Contains("Not advice.\\\\e\\[2J"));
}

TEST_CASE("CSV neutralises control characters and formulas in every cell", "[safety][render]") {
    const auto claims = select_claims(hostile(), claim_kind::mechanism, {});
    std::string out;
    render_csv(mechanism_listing(claims, false), out);
    // CRLF ends records; no other line break or control character is left.
    std::string records = out;
    for (auto at = records.find("\r\n"); at != std::string::npos; at = records.find("\r\n", at)) {
        records.replace(at, 2, "\n");
    }
    check_no_raw_controls(records);
    for (const auto line : fuzz::split_lines(out, "\r\n")) {
        const auto fields = fuzz::parse_csv_record(line);
        REQUIRE(fields);
        for (const auto& field : *fields) {
            INFO(field);
            CHECK((field.empty() || field.find_first_of("=+-@") != 0));
        }
    }
    CHECK_THAT(out, Catch::Contains("\"'=1+1\""));
    CHECK_THAT(out, Catch::Contains("\"'+SUM(1,1)\""));
}

TEST_CASE("JSON escapes control characters but keeps every value exact", "[safety][json]") {
    const auto claims = select_claims(hostile(), claim_kind::mechanism, {});
    std::string out;
    render_claims_json(claims, out);
    check_no_raw_controls(out);
    CHECK_THAT(out, Catch::Contains("\\u001b[31mRed"));
    CHECK_THAT(out, Catch::Contains("\\u200e\\u200f\\u061c")); // bidi marks too
    const auto parsed = nlohmann::json::parse(out);
    REQUIRE(parsed.size() == claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
        CHECK(parsed[i]["name"] == claims[i]->name);
        CHECK(parsed[i]["claim"] == claims[i]->statement);
        CHECK(parsed[i]["evidence"] == claims[i]->evidence);
    }
}

TEST_CASE("validate findings show hostile values and source lines escaped", "[safety][load]") {
    const std::string text =
        "{\"dataset\": {\"name\": \"\xe2\x80\xae\\u001b[31m\", \"bad\x1b\": 1}}";
    const auto result = parse_dataset(text);
    REQUIRE_FALSE(result.data);
    const auto lines = describe_problems(result.problems, "in\x1b[2Jput.json", 200);
    REQUIRE_FALSE(lines.empty());
    for (const auto& line : lines) {
        check_no_raw_controls(line);
        CHECK_THAT(line, Catch::StartsWith("in\\e[2Jput.json"));
    }
}
