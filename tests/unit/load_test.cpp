#include "massage_evidence/dataset.hpp"
#include "massage_evidence/error.hpp"
#include "massage_evidence/load.hpp"
#include "massage_evidence/validate.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace massage_evidence;
using test_support::fixture;
using test_support::slurp;

namespace {

struct expectation {
    std::string file;
    std::string kind;
    std::string pointer;
};

std::vector<expectation> read_expectations(const std::string& tsv) {
    std::vector<expectation> rows;
    std::istringstream in(slurp(tsv));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto a = line.find('\t');
        const auto b = line.find('\t', a + 1);
        rows.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return rows;
}

bool has_finding(const diagnostics& findings, const std::string& kind, const std::string& pointer) {
    return std::any_of(findings.kept().begin(), findings.kept().end(), [&](const diagnostic& d) {
        return to_string(d.kind) == kind && d.pointer == pointer;
    });
}

std::string list_findings(const diagnostics& findings) {
    std::string out;
    for (const auto& d : findings.kept()) {
        out += std::string(to_string(d.kind)) + " at '" + d.pointer + "': " + d.message + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("the embedded dataset loads and breaks no curation rule", "[load][data]") {
    auto result = parse_dataset(embedded_dataset_text());
    INFO(list_findings(result.problems));
    REQUIRE(result.data);
    check_curation(*result.data, result.problems);
    INFO(list_findings(result.problems));
    CHECK(result.problems.empty());
}

TEST_CASE("the embedded dataset is data/massage-evidence.json as built", "[load][data]") {
    CHECK(embedded_dataset_text() == slurp(test_support::data_file("massage-evidence.json")));
}

TEST_CASE("the version read at build time is the embedded dataset's version", "[load][data]") {
    CHECK(embedded_dataset_version() == load_embedded_dataset().info.version);
}

TEST_CASE("the shipped dataset answers every mechanism of the vocabulary", "[load][data]") {
    const auto data = load_embedded_dataset();
    std::set<std::string> ids;
    for (const auto& m : data.mechanisms) {
        ids.insert(m.id);
    }
    const std::set<std::string> vocabulary{
        "circulation",        "waste-removal",      "inflammation",      "endorphins",
        "cortisol",           "parasympathetic",    "gate-control",      "neural-excitability",
        "psychological",      "contextual-effects", "muscle-compliance", "trigger-points",
        "adhesions-fibrosis", "pain-tension-cycle"};
    CHECK(ids == vocabulary);
    CHECK(data.sources.size() >= 40);
}

TEST_CASE("mechanism claims never rise above low certainty in the shipped data", "[load][data]") {
    // Mechanisms rest on indirect, small, mostly laboratory evidence; a higher grade would need
    // a documented reason and a deliberate change of this test.
    for (const auto& m : load_embedded_dataset().mechanisms) {
        INFO(m.id);
        CHECK(m.certainty <= certainty::low);
    }
}

TEST_CASE("every shipped mechanism claim is rated down for indirectness", "[load][data]") {
    // Mechanisms are judged on surrogate or laboratory outcomes, never on pain itself.
    for (const auto& m : load_embedded_dataset().mechanisms) {
        INFO(m.id);
        const auto& domains = m.grading.domains;
        CHECK(std::any_of(domains.begin(), domains.end(), [](const domain_rating& d) {
            return d.domain == grade_domain::indirectness && d.change < 0;
        }));
    }
}

TEST_CASE("each invalid fixture is rejected with the expected kind and pointer", "[load]") {
    for (const auto& row : read_expectations(fixture("fixtures/invalid/expected.tsv"))) {
        DYNAMIC_SECTION(row.file) {
            const auto result = parse_dataset(slurp(fixture("fixtures/invalid/" + row.file)));
            INFO(list_findings(result.problems));
            CHECK_FALSE(result.data);
            CHECK(has_finding(result.problems, row.kind, row.pointer));
            for (const auto& d : result.problems.kept()) {
                CHECK(d.line > 0); // every finding is placed in the text
                CHECK_FALSE(d.message.empty());
            }
        }
    }
}

TEST_CASE("each curation fixture loads but fails validation with the expected finding",
          "[validate]") {
    for (const auto& row : read_expectations(fixture("fixtures/curation/expected.tsv"))) {
        DYNAMIC_SECTION(row.file) {
            auto result = parse_dataset(slurp(fixture("fixtures/curation/" + row.file)));
            REQUIRE(result.data);
            check_curation(*result.data, result.problems);
            INFO(list_findings(result.problems));
            CHECK(has_finding(result.problems, row.kind, row.pointer));
            CHECK(result.problems.errors() == 0);
        }
    }
}

TEST_CASE("a syntax error names line and column and keeps the offending line", "[load]") {
    const auto result = parse_dataset("{\n  \"dataset\": {\n    \"name\": tru\n  }\n}\n");
    REQUIRE(result.problems.kept().size() == 1);
    const auto& d = result.problems.kept().front();
    CHECK(d.kind == diagnostic_kind::syntax);
    CHECK(d.line == 3);
    CHECK(d.column == 16);
    CHECK(d.source_line == "    \"name\": tru");
    CHECK(caret_excerpt(d) == "        \"name\": tru\n                   ^");
}

TEST_CASE("empty and blank inputs say what was expected", "[load]") {
    for (const std::string text : {"", "  \n\t "}) {
        const auto result = parse_dataset(text);
        REQUIRE(result.problems.kept().size() == 1);
        CHECK(result.problems.kept().front().kind == diagnostic_kind::syntax);
        CHECK_THAT(result.problems.kept().front().message,
                   Catch::Contains("expected a JSON object"));
    }
}

TEST_CASE("a UTF-8 byte-order mark is accepted", "[load]") {
    const auto text = "\xEF\xBB\xBF" + slurp(fixture("fixtures/valid/small.json"));
    CHECK(parse_dataset(text).data);
}

TEST_CASE("hostile nesting is rejected without recursion or unbounded memory", "[load]") {
    const std::size_t depth = 1'000'000;
    const std::string text = std::string(depth, '[') + std::string(depth, ']');
    const auto result = parse_dataset(text);
    CHECK_FALSE(result.data);
    REQUIRE(result.problems.kept().size() == 1);
    CHECK(result.problems.kept().front().kind == diagnostic_kind::wrong_type);
    CHECK(result.problems.kept().front().pointer.empty());
}

TEST_CASE("nesting inside a field is skipped and reported once", "[load]") {
    auto text = slurp(fixture("fixtures/valid/small.json"));
    const std::string nested = std::string(100000, '[') + std::string(100000, ']');
    const auto at = text.find("\"Warming the tissue\"");
    text.replace(at, std::string("\"Warming the tissue\"").size(), nested);
    const auto result = parse_dataset(text);
    REQUIRE(result.problems.total() == 1);
    CHECK(result.problems.kept().front().pointer == "/mechanisms/0/name");
    CHECK(result.problems.kept().front().line == 14);
}

TEST_CASE("findings are capped but all counted", "[load]") {
    std::string text = R"({"dataset": {"name": "x", "title": "x", "version": "1.0.0",
        "review_date": "2026-01-01", "grading_system": "GRADE", "license": "CC0-1.0",
        "method": "x"}, "sources": [)";
    for (int i = 0; i < 500; ++i) {
        text += i == 0 ? "" : ",";
        text += R"({"id": "s", "type": "bogus", "title": "t"})";
    }
    text += "]}";
    const auto result = parse_dataset(text);
    // 500 bad types; whole-document rules wait until every field is right.
    CHECK(result.problems.total() == 500);
    CHECK(result.problems.kept().size() == 200);
    const auto lines = describe_problems(result.problems, "x.json", 20);
    CHECK(lines.size() == 20);
}

TEST_CASE("the loader keeps document order and every kind-specific field", "[load]") {
    const auto data = load_dataset_file(fixture("fixtures/valid/small.json"));
    REQUIRE(data.mechanisms.size() == 3);
    CHECK(data.mechanisms[0].id == "warmth");
    CHECK(data.mechanisms[0].kind == claim_kind::mechanism);
    CHECK(data.mechanisms[0].category == category::physiological);
    CHECK(data.mechanisms[0].explains == std::vector<std::string>{"doms"});
    CHECK(data.mechanisms[0].grading.domains.size() == 2);
    CHECK(data.mechanisms[0].grading.domains[0].domain == grade_domain::indirectness);
    CHECK(data.mechanisms[0].grading.domains[0].change == -2);
    CHECK(data.mechanisms[1].sources[1].direction == direction::no_effect);
    REQUIRE(data.conditions.size() == 2);
    CHECK(data.conditions[0].condition == condition::low_back_pain);
    CHECK(data.conditions[0].comparator == comparator::usual_care);
    CHECK(data.conditions[0].follow_up == follow_up::short_term);
    CHECK(data.conditions[0].studies == 1);
    CHECK(data.conditions[0].participants == 400);
    CHECK_FALSE(data.conditions[1].studies);
    REQUIRE(data.practices.size() == 1);
    CHECK(data.practices[0].topic == practice_topic::dose);
    REQUIRE(data.sources.size() == 3);
    CHECK(data.sources[1].et_al);
    CHECK(data.sources[0].year == 2001);
    CHECK(data.sources[2].group_author == "Test Trial Group");
    CHECK(data.find_claim("back-short") == &data.conditions[0]);
    CHECK(data.find_source("trial-c") == &data.sources[2]);
    CHECK(data.find_claim("trial-c") == nullptr);
}

TEST_CASE("an invalid file raises an error listing every finding", "[load]") {
    const auto path = fixture("fixtures/invalid/bad-certainty.json");
    try {
        (void)load_dataset_file(path);
        FAIL("expected an error");
    } catch (const error& e) {
        CHECK(e.kind() == error_kind::invalid_data);
        REQUIRE(e.details().size() == 1);
        CHECK_THAT(e.details()[0], Catch::Contains(":19:20: /mechanisms/0/certainty: "));
        CHECK_THAT(e.details()[0], Catch::Contains("expected high, moderate, low or very-low"));
    }
}

namespace {

// What loading a file reports: "ok", or each formatted finding.
std::vector<std::string> file_outcome(const std::string& path) {
    try {
        (void)load_dataset_file(path);
        return {"ok"};
    } catch (const error& e) {
        return e.details();
    }
}

// What parsing the same bytes in memory reports, formatted the same way.
std::vector<std::string> text_outcome(const std::string& text, const std::string& origin) {
    const auto result = parse_dataset(text);
    if (result.data) {
        return {"ok"};
    }
    return describe_problems(result.problems, origin);
}

std::string write_temporary(const std::string& name, const std::string& text) {
    auto path = (std::filesystem::temp_directory_path() / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

TEST_CASE("a file read in chunks reports exactly what its text reports", "[load]") {
    for (const auto* folder : {"fixtures/valid", "fixtures/invalid", "fixtures/curation"}) {
        for (const auto& entry : std::filesystem::directory_iterator(fixture(folder))) {
            if (entry.path().extension() != ".json") {
                continue;
            }
            const auto path = entry.path().string();
            INFO(path);
            CHECK(file_outcome(path) == text_outcome(slurp(path), path));
        }
    }
}

TEST_CASE("a file larger than a chunk loads the same wherever the chunks split it", "[load]") {
    // Multi-byte characters, escapes and surrogate pairs, repeated past several 256 KiB chunks,
    // and shifted byte by byte so that boundaries fall inside each kind of token.
    std::string long_name;
    while (long_name.size() < std::size_t{600} * 1024) {
        long_name +=
            "Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \\u00e9\\ud83d\\ude00 \\\"q\\\" \\n x ";
    }
    const auto original = slurp(fixture("fixtures/valid/small.json"));
    const std::string target = "\"Warming the tissue\"";
    for (std::size_t shift = 0; shift < 8; ++shift) {
        auto text = original;
        text.replace(text.find(target), target.size(),
                     "\"" + std::string(shift, 'w') + long_name + "\"");
        const auto path = write_temporary("me-load-chunks-test.json", text);
        INFO("shift " << shift);
        const auto from_text = parse_dataset(text);
        REQUIRE(from_text.data);
        const auto from_file = load_dataset_file(path);
        CHECK(from_file.mechanisms[0].name == from_text.data->mechanisms[0].name);
        CHECK(text.size() > std::size_t{2} * 256 * 1024); // three chunks or more

        // The same file with a mistake after the long string: the same findings and places.
        auto broken = text;
        const auto certainty = broken.find("\"certainty\": \"", broken.find(long_name));
        broken.insert(certainty + 14, "x");
        const auto broken_path = write_temporary("me-load-chunks-test.json", broken);
        const auto details = file_outcome(broken_path);
        CHECK(details == text_outcome(broken, broken_path));
        REQUIRE(details.size() == 1);
        CHECK_THAT(details[0], Catch::Contains("is not a certainty level"));
        std::remove(path.c_str());
    }
}

TEST_CASE("a NUL byte is an error wherever it is, even after a whole document", "[load][safety]") {
    const auto valid = slurp(fixture("fixtures/valid/small.json"));
    // The JSON parser would stop at the NUL and accept the document before it.
    const auto result = parse_dataset(valid + std::string(1, '\0') + "not JSON");
    CHECK_FALSE(result.data);
    REQUIRE(result.problems.kept().size() == 1);
    const auto& finding = result.problems.kept().front();
    CHECK(finding.kind == diagnostic_kind::syntax);
    CHECK_THAT(finding.message, Catch::Contains("NUL byte"));
    CHECK(finding.line ==
          static_cast<std::size_t>(std::count(valid.begin(), valid.end(), '\n')) + 1);

    // UTF-16 text is full of NUL bytes; the message says what to do.
    const std::string utf16("\xFF\xFE{\0\"\0", 6);
    CHECK_THAT(parse_dataset(utf16).problems.kept().front().message,
               Catch::Contains("saved as UTF-8"));
}

TEST_CASE("a number too large even for a double is a syntax error in plain words", "[load]") {
    auto text = slurp(fixture("fixtures/valid/small.json"));
    text.replace(text.find("2001"), 4, "1e999");
    const auto result = parse_dataset(text);
    REQUIRE(result.problems.kept().size() == 1);
    CHECK_THAT(result.problems.kept().front().message,
               Catch::StartsWith("invalid JSON in the document: number overflow"));
}

TEST_CASE("findings past the cap are counted without being kept", "[load]") {
    diagnostics findings(2);
    findings.add(diagnostic_kind::bad_enum, "/a", "first");
    CHECK(findings.has_room());
    findings.add(diagnostic_kind::bad_enum, "/b", "second");
    CHECK_FALSE(findings.has_room());
    findings.count(severity::error);
    findings.count(severity::curation);
    findings.add(diagnostic_kind::bad_enum, "/c", "third");
    CHECK(findings.kept().size() == 2);
    CHECK(findings.total() == 5);
    CHECK(findings.errors() == 4);
}

TEST_CASE("every element of a hostile array is still checked after the first error", "[load]") {
    // After an error the loader reuses one slot for later elements; their findings must still
    // be counted, and located at their own index.
    std::string text = R"({"mechanisms": [)";
    for (int i = 0; i < 1000; ++i) {
        text += i == 0 ? "{}" : ",{}";
    }
    text += R"(, {"id": "Bad Id"}], "sources": [{}, {}]})";
    const auto result = parse_dataset(text);
    const auto& kept = result.problems.kept();
    CHECK(result.problems.total() > 1000 * 10);
    CHECK(std::any_of(kept.begin(), kept.end(), [](const diagnostic& d) {
        return d.pointer == "/mechanisms/0" && d.kind == diagnostic_kind::missing_field;
    }));
    const auto tail = parse_dataset(R"({"dataset": 1, "mechanisms": [{}, {"id": "Bad Id"}]})");
    CHECK(std::any_of(
        tail.problems.kept().begin(), tail.problems.kept().end(), [](const diagnostic& d) {
            return d.pointer == "/mechanisms/1/id" && d.kind == diagnostic_kind::bad_format;
        }));
}
