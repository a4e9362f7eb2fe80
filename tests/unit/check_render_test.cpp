#include "massage_evidence/check_render.hpp"
#include "support/check_data.hpp"
#include "support/gfm.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace massage_evidence;

namespace {

std::vector<text_check> check_one(const std::string& text, const std::string& origin = "t.md") {
    std::vector<text_check> out;
    out.push_back(test_support::tiny_checker().check(origin, text));
    return out;
}

const std::string brochure = "# Sports massage\n"
                             "\n"
                             "Our massage boosts circulation and eases back pain.\n"
                             "It does not flush out toxins.\n";

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// The Markdown review of `results` (no disclaimer), and its text blocks as cmark-gfm reads them.
struct rendered_review {
    std::string markdown;
    std::vector<std::string> blocks;
    [[nodiscard]] bool has_block(const std::string& text) const {
        return std::find(blocks.begin(), blocks.end(), text) != blocks.end();
    }
};

rendered_review review_of(const std::vector<text_check>& results) {
    rendered_review review;
    render_check_markdown(results, {"0.1.0", "1.0.0", ""}, review.markdown);
    review.blocks = test_support::parse_text_blocks(review.markdown);
    return review;
}

} // namespace

TEST_CASE("the annotated text brackets each finding and notes it under its paragraph",
          "[check][render]") {
    std::string out;
    render_check_text(check_one(brochure), terminal_options{false, 0}, out);
    CHECK(contains(out, "t.md:3:13\n"));
    CHECK(contains(out, "  3 │ Our massage [boosts circulation]¹ and eases [back pain]².\n"));
    CHECK(contains(out, "  4 │ It does not [flush out toxins]³.\n"));
    CHECK(contains(out, "¹ circulation (mechanism): contradicted, ⊕⊕◯◯ low certainty. What the "
                        "evidence says about circulation."));
    CHECK(contains(out, "³ waste-removal (mechanism), negated here, so not counted as a claim."));
    CHECK(contains(out, "1 file checked: 2 claims (1 supported, 1 contradicted), 1 negated "
                        "mention.\n"));
    CHECK_FALSE(contains(out, "\x1b"));
}

TEST_CASE("the annotated text colours by verdict only when asked, and wraps notes",
          "[check][render]") {
    std::string coloured;
    render_check_text(check_one(brochure), terminal_options{true, 0}, coloured);
    CHECK(contains(coloured, "\x1b[1m\x1b[31m[boosts circulation]¹\x1b[0m"));
    std::string narrow;
    render_check_text(check_one(brochure), terminal_options{false, 40}, narrow);
    std::size_t start = 0;
    while (start < narrow.size()) {
        const auto end = std::min(narrow.find('\n', start), narrow.size());
        const auto line = narrow.substr(start, end - start);
        // Notes wrap; the text itself is shown as written.
        if (!contains(line, "│") && !contains(line, "file checked")) {
            CAPTURE(line);
            CHECK(line.size() <= 40 + 8); // superscripts are multi-byte
        }
        start = end + 1;
    }
}

TEST_CASE("the annotated text escapes what the checked text could do to a terminal",
          "[check][render]") {
    std::string out;
    render_check_text(check_one("Massage \x1b[31m boosts circulation\x07 in sore "
                                "\xE2\x80\xAEmuscles\b\r.\n",
                                "evil\x1b]0;x\x07.txt"),
                      terminal_options{false, 0}, out);
    CHECK(contains(out, "[boosts circulation]¹"));
    CHECK_FALSE(contains(out, "\x1b"));
    CHECK_FALSE(contains(out, "\x07"));
    CHECK_FALSE(contains(out, "\b"));
    CHECK_FALSE(contains(out, "\r"));
    CHECK_FALSE(contains(out, "\xE2\x80\xAE"));
    CHECK(contains(out, "\\u{202E}muscles"));
    CHECK(contains(out, "evil\\e]0;x\\x07.txt"));
}

TEST_CASE("long lines are shown around their findings only", "[check][render]") {
    const std::string filler(2000, 'x');
    std::string out;
    render_check_text(
        check_one("Sore muscles? " + filler + " massage boosts circulation " + filler + "\n"),
        terminal_options{false, 0}, out);
    CHECK(contains(out, "[boosts circulation]¹"));
    CHECK(out.size() < 1000);
    CHECK(contains(out, "…"));
}

TEST_CASE("the JSON of check has files, matches and a summary", "[check][render]") {
    auto results = check_one(brochure);
    results.push_back(test_support::tiny_checker().check("empty.txt", "Nothing \xFF here."));
    std::string out;
    render_check_json(results, out);
    const auto json = nlohmann::json::parse(out);
    REQUIRE(json["files"].size() == 2);
    const auto& first = json["files"][0];
    CHECK(first["file"] == "t.md");
    REQUIRE(first["matches"].size() == 3);
    const auto& m = first["matches"][0];
    CHECK(m["line"] == 3);
    CHECK(m["column"] == 13);
    CHECK(m["text"] == "boosts circulation");
    CHECK(m["sentence"] == "Our massage boosts circulation and eases back pain.");
    CHECK(m["kind"] == "mechanism");
    CHECK(m["id"] == "circulation");
    CHECK(m["claim"] == "The claim of circulation.");
    CHECK(m["verdict"] == "contradicted");
    CHECK(m["certainty"] == "low");
    CHECK(m["negated"] == false);
    CHECK(m["phrase"] == "boosts circulation");
    CHECK(m["note"] == "What the evidence says about circulation.");
    CHECK(first["matches"][2]["negated"] == true);
    CHECK(json["files"][1]["invalid_utf8"] == 1);
    CHECK(json["files"][1]["matches"].empty());
    const auto& summary = json["summary"];
    CHECK(summary["files"] == 2);
    CHECK(summary["matches"] == 3);
    CHECK(summary["claims"] == 2);
    CHECK(summary["negated"] == 1);
    CHECK(summary["suppressed"] == 0);
    CHECK(first["suppressed"] == 0);
    CHECK(first["directive_problems"].empty());
    CHECK(summary["verdicts"]["contradicted"] == 1);
    CHECK(summary["verdicts"]["mixed"] == 0);
    REQUIRE(summary["by_claim"].size() == 3);
    CHECK(summary["by_claim"][2]["id"] == "waste-removal");
    CHECK(summary["by_claim"][2]["negated"] == 1);
}

TEST_CASE("JSON counts what comments kept out, and the directives it could not obey",
          "[check][render]") {
    const auto results = check_one("<!-- massage-evidence-disable-next-line circulaton -->\n"
                                   "Massage boosts circulation and eases back pain. "
                                   "<!-- massage-evidence-disable-line back -->\n",
                                   "page.md");
    std::string out;
    render_check_json(results, out);
    const auto json = nlohmann::json::parse(out);
    const auto& file = json["files"][0];
    CHECK(file["matches"].size() == 1);
    CHECK(file["suppressed"] == 1);
    CHECK(json["summary"]["suppressed"] == 1);
    REQUIRE(file["directive_problems"].size() == 1);
    const auto& problem = file["directive_problems"][0];
    CHECK(problem["line"] == 1);
    CHECK(problem["column"] == 1);
    CHECK(problem["message"] == "'circulaton' in massage-evidence-disable-next-line is not a claim "
                                "id of the dataset; 'massage-evidence claims' lists them");
}

TEST_CASE("the Markdown review renders the checked text literally", "[check][render]") {
    const auto results = check_one("Our *massage* <b>boosts circulation</b> | and eases a_b `x`.\n"
                                   "Sore muscles? Massage does not flush out toxins.\n",
                                   "pa|ge.md");
    std::string out;
    render_check_markdown(results, {"0.1.0", "1.0.0", "For education only."}, out);
    const auto tables = test_support::parse_tables(out);
    REQUIRE(tables.size() == 2);
    const auto& findings = tables[1].rows;
    REQUIRE(findings.size() == 3); // header + two findings
    CHECK(findings[1] == std::vector<std::string>{"1", "1:18", "boosts circulation", "circulation",
                                                  "contradicted", "⊕⊕◯◯ low"});
    CHECK(findings[2][2] == "flush out toxins (negated)");
    const auto blocks = test_support::parse_text_blocks(out);
    const auto has_block = [&](const std::string& text) {
        return std::find(blocks.begin(), blocks.end(), text) != blocks.end();
    };
    CHECK(has_block("pa|ge.md"));
    // The quoted sentence (a table bar ends one), with the matched words in bold.
    CHECK(has_block("Our *massage* <b>boosts circulation</b> |"));
    CHECK(has_block("For education only."));
    CHECK(contains(out, "**boosts circulation**"));
}

TEST_CASE("the Markdown review says what comments kept out of it", "[check][render]") {
    auto results = check_one("Sore muscles. Massage boosts circulation. "
                             "<!-- massage-evidence-disable-line -->\n",
                             "kept-out.md");
    results.push_back(test_support::tiny_checker().check("plain.md", "Massage reduces anxiety."));
    const auto review = review_of(results);
    const auto& out = review.markdown;
    CAPTURE(out);
    CHECK(review.has_block(
        "Checked with massage-evidence 0.1.0 against dataset 1.0.0: 2 files, 1 claim, "
        "0 negated mentions, 1 suppressed by comments in the text."));
    CHECK(
        review.has_block("1 finding kept out by massage-evidence-disable comments in this file."));
    CHECK(review.has_block("No massage claims left to review."));
    // Said of the file that has them only.
    CHECK(out.find("kept out by") == out.rfind("kept out by"));
}

TEST_CASE("the Markdown review lists what stderr warns of in each file", "[check][render]") {
    auto results = check_one("Massage eases back pain.\n<!-- massage-evidence-disable-nextline "
                             "-->\nMassage boosts circulation.\n```\nMassage reduces anxiety.\n",
                             "warned.md");
    results.push_back(test_support::tiny_checker().check("plain.md", "Massage reduces anxiety."));
    REQUIRE(results[0].directive_problems.size() == 2);
    const auto review = review_of(results);
    const auto& out = review.markdown;
    CAPTURE(out);
    CHECK(review.has_block("Comments and code blocks to look at:"));
    // Each message as stderr gives it, shown literally: its backticks and "<!--" escaped.
    for (const auto& problem : results[0].directive_problems) {
        CHECK(review.has_block("Line " + std::to_string(problem.line) + ", column " +
                               std::to_string(problem.column) + ": " + problem.message));
    }
    CHECK(review.has_block(
        "Line 4, column 1: this code block has no closing ```, so nothing after it is "
        "checked; end it with a line of ```"));
    // Said of the file that has them only, before its findings.
    CHECK(out.find("to look at") == out.rfind("to look at"));
    CHECK(out.find("to look at") < out.find("| # |"));
}

TEST_CASE("the summary lists each claim once with its counts", "[check][render]") {
    std::string text = "Sore muscles.";
    for (int i = 0; i < 5; ++i) {
        text += " Massage boosts circulation.";
    }
    auto results = check_one(text, "a.txt");
    results.push_back(test_support::tiny_checker().check(
        "b.txt", "Massage does not boost circulation in sore muscles. It reduces anxiety."));
    const auto rows = check_summary_listing(summarize(results), false);
    REQUIRE(rows.rows.size() == 2);
    const auto& row = rows.rows[0];
    CHECK(row[0].text == "circulation");
    CHECK(row[1].text == "mechanism");
    CHECK(row[2].text == "contradicted");
    CHECK(row[2].judged == verdict::contradicted);
    CHECK(row[3].text == "low");
    CHECK(row[4].text == "5");
    CHECK(row[5].text == "1");
    CHECK(row[6].text == "2");
    CHECK(rows.rows[1][0].text == "psychological");
    CHECK(check_summary_listing(summarize(results), true).rows[0][3].text == "⊕⊕◯◯ low");
}

TEST_CASE("the totals line counts files, claims by verdict and negated mentions",
          "[check][render]") {
    auto results = check_one("Sore muscles? Massage boosts circulation.", "a.txt");
    CHECK(check_totals_line(summarize(results)) ==
          "1 file checked: 1 claim (1 contradicted), 0 negated mentions.");

    results.push_back(test_support::tiny_checker().check(
        "b.txt", "Massage does not boost circulation in sore muscles. It reduces anxiety."));
    results.push_back(test_support::tiny_checker().check("c.txt", "A recipe for kale."));
    CHECK(check_totals_line(summarize(results)) ==
          "3 files checked: 2 claims (1 supported, 1 contradicted), 1 negated mention.");

    // Nothing found still says how much was read.
    CHECK(check_totals_line(summarize({})) == "0 files checked: 0 claims, 0 negated mentions.");

    // Findings that a text's comments keep out are counted, so that "nothing found" is never
    // "found and kept out" unsaid.
    results.push_back(test_support::tiny_checker().check(
        "d.md", "Massage reduces anxiety. <!-- massage-evidence-disable-line -->\n"));
    CHECK(check_totals_line(summarize(results)) ==
          "4 files checked: 2 claims (1 supported, 1 contradicted), 1 negated mention, "
          "1 suppressed by comments.");
}
