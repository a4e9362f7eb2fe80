// Code in a checked text, fenced blocks and inline: a page shows it as code, not as what its writer
// claims, so `check` reads none of its words and obeys no directive shown in it
// (src/check/unread_text.hpp).

#include "massage_evidence/check.hpp"
#include "support/check_data.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace massage_evidence;

namespace {

// The findings of `result` as "line:id", a negated one as "line:!id".
std::vector<std::string> found(const text_check& result) {
    std::vector<std::string> out;
    for (const auto& f : result.findings) {
        out.push_back(std::to_string(f.line) + ":" + (f.negated ? "!" : "") + f.subject->id);
    }
    return out;
}

text_check check(const std::string& text) {
    return test_support::tiny_checker().check("t.md", text);
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("the words of a fenced code block are not read", "[check][code]") {
    CHECK(found(check("Massage eases back pain.\n\n```\nMassage boosts circulation in sore "
                      "muscles.\n```\n\nIt reduces anxiety.\n")) ==
          strings{"1:back", "7:psychological"});
    CHECK(found(check("Massage eases back pain.\n~~~ text\nMassage boosts circulation.\n~~~\n"))
              .size() == 1);
    // Nor does a code block name massage for the text after it.
    CHECK(found(check("```\nmassage\n```\nWalking boosts circulation in sore muscles.\n")).empty());
    // One that never closes runs to the end of the text.
    CHECK(found(check("Massage eases back pain.\n```\nMassage boosts circulation.\n\nbye")) ==
          strings{"1:back"});
    // Three backticks with more backticks on the line open inline code, not a block.
    CHECK(found(check("```x``` Massage boosts circulation in sore muscles.\n")) ==
          strings{"1:circulation"});
}

TEST_CASE("inline code is not read", "[check][code]") {
    CHECK(found(check("Massage eases back pain; `massage boosts circulation` is a phrase we "
                      "check for.\n")) == strings{"1:back"});
    // Nor does it name massage for the text around it.
    CHECK(found(check("Run `massage-evidence check` on a page that says walking boosts "
                      "circulation in sore muscles.\n"))
              .empty());
    // A directive shown in it is an example.
    const auto result = check("Write `<!-- massage-evidence-disable -->` above a quote.\nMassage "
                              "boosts circulation in sore muscles.\n");
    CHECK(found(result) == strings{"2:circulation"});
    CHECK(result.suppressed == 0);
    CHECK(result.directive_problems.empty());
}

TEST_CASE("a code block ends the paragraph before it", "[check][code]") {
    const auto result = check("Massage boosts circulation.\n```\nx\n```\nIt eases back pain.\n");
    CHECK(found(result) == strings{"1:circulation", "5:back"});
    REQUIRE(result.paragraphs.size() == 2);
    CHECK(result.paragraphs[1].first_line == 5);
    // Whatever reaches across paragraphs reaches across a code block as across empty lines.
    for (const auto* text :
         {"# Massage does not flush out toxins\nLactic acid, they say.\n@\nLactic acid, and sore "
          "muscles.\n",
          "Massage myths.\n@\nDoes it flush out toxins?\n@\nNo.\n@\nIt eases back pain.\n"}) {
        std::string fenced = text;
        std::string blank = text;
        for (auto at = fenced.find('@'); at != std::string::npos; at = fenced.find('@')) {
            fenced.replace(at, 1, "```\nx\n```");
            blank.replace(blank.find('@'), 1, "\n\n");
        }
        CAPTURE(fenced);
        CHECK_FALSE(found(check(blank)).empty());
        CHECK(found(check(fenced)) == found(check(blank)));
    }
}

TEST_CASE("a directive shown in a code block is not obeyed", "[check][code]") {
    // A page that documents the directives shows them in code: they are examples.
    const auto result = check("```\n<!-- massage-evidence-disable -->\n<!-- massage-evidence-bogus "
                              "-->\n```\nMassage boosts circulation in sore muscles.\n");
    CHECK(found(result) == strings{"5:circulation"});
    CHECK(result.suppressed == 0);
    CHECK(result.directive_problems.empty()); // neither unknown nor keeping nothing out
    // A fence inside a comment is part of the comment, so the directive after it is read.
    const auto commented = check("<!-- an example:\n```\n-->\n<!-- massage-evidence-disable -->\n"
                                 "Massage boosts circulation.\n```\n");
    CHECK(found(commented).empty());
    CHECK(commented.suppressed == 1);
}

TEST_CASE("bytes that are not UTF-8 in a code block or comment are counted", "[check][code]") {
    const auto result = check("Massage eases back pain. <!-- \xFF -->\n```\n\xFE\xFD\n```\n");
    CHECK(found(result) == strings{"1:back"});
    CHECK(result.invalid_utf8 == 3);
    CHECK(result.first_invalid_line == 1);
    CHECK(result.first_invalid_column == 31);
}

TEST_CASE("a comment or code block that never closes is reported", "[check][code]") {
    // It hides the rest of the text, as it hides the rest of the page: claims written after it
    // would pass --fail-on unseen.
    const auto problems = [](const std::string& text, bool directives = true) {
        std::vector<std::string> out;
        const auto result = test_support::tiny_checker().check("t.md", text, {1, 0, directives});
        for (const auto& p : result.directive_problems) {
            out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + " " +
                          p.message);
        }
        return out;
    };
    CHECK(problems("Massage eases back pain.\n  ````\nMassage boosts circulation.\n") ==
          strings{"2:3 this code block has no closing ````, so nothing after it is checked; end "
                  "it with a line of ````"});
    CHECK(problems("Massage eases back pain. <!-- note\nMassage boosts circulation.\n") ==
          strings{"1:26 this comment has no closing -->, so nothing after it is checked; close "
                  "it with -->"});
    // Also when directives are not read: what is hidden is not a directive's doing.
    CHECK(problems("~~~\nMassage boosts circulation.\n", false).size() == 1);
    // Closed on the last line, with or without a line break after it, or at once.
    CHECK(problems("```\nx\n```").empty());
    CHECK(problems("~~~\nx\n~~~~ \n").empty());
    CHECK(problems("a <!-- x -->").empty());
    CHECK(problems("a <!-->").empty());
    // A fence inside a comment that never closes is part of it: one problem, the comment's.
    CHECK(problems("<!--\n```\n").size() == 1);
    // `scan` reports the same.
    const auto outcome = test_support::tiny_checker().scan("<!--\n```\n", [](const auto&) {});
    CHECK(outcome.directive_problems.size() == 1);
}
