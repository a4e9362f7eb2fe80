// HTML comments in a checked text: their words are not read, and the directives in them keep
// findings out of the report (src/check/check_directives.hpp, src/check/unread_text.hpp).

#include "massage_evidence/check.hpp"
#include "support/check_data.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

using namespace massage_evidence;

namespace {

const claim_checker& checker() {
    return test_support::tiny_checker();
}

// The findings of `text` as "line:id", a negated one as "line:!id".
std::vector<std::string> found(const text_check& result) {
    std::vector<std::string> out;
    for (const auto& f : result.findings) {
        out.push_back(std::to_string(f.line) + ":" + (f.negated ? "!" : "") + f.subject->id);
    }
    return out;
}

std::vector<std::string> found(const std::string& text) {
    return found(checker().check("t.md", text));
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("the words of an HTML comment are not read", "[check][directives]") {
    // A claim inside a comment is a note to editors, not something the page says.
    CHECK(found("<!-- Should we say massage boosts circulation? -->\nMassage eases sore "
                "muscles.\n")
              .empty());
    // Nor does a comment name massage for the text around it.
    CHECK(found("<!-- massage -->\nWalking boosts circulation in sore muscles.\n").empty());
    // Inline, a comment reads as a space: the phrase around it is still one phrase.
    CHECK(found("Massage boosts <!-- was: improves --> circulation in sore muscles.") ==
          strings{"1:circulation"});
    // A comment that never closes runs to the end of the text; "<!-->" is a whole comment.
    CHECK(found("Massage eases back pain.\n<!-- massage boosts circulation\n\nbye") ==
          strings{"1:back"});
    CHECK(found("Massage <!--> boosts circulation in sore muscles.") == strings{"1:circulation"});
}

TEST_CASE("a comment keeps the lines and columns of what follows it", "[check][directives]") {
    const auto result = checker().check(
        "t.md", "<!-- a note\nover\n\nthree lines, with é -->\nMassage eases back pain. "
                "<!-- é --> It boosts circulation.\n");
    REQUIRE(found(result) == strings{"5:back", "5:circulation"});
    CHECK(result.findings[0].column == 15);
    CHECK(result.findings[1].column == 40); // the comment's "é" is one column
    CHECK(sentence_text(result, result.findings[1]) == "It boosts circulation.");

    // A paragraph that begins with a comment over two lines begins where the comment does.
    const auto spanned = checker().check("t.md", "Hi.\n\n<!-- a\nb -->Massage eases back pain.");
    REQUIRE(spanned.paragraphs.size() == 1);
    CHECK(spanned.paragraphs[0].begin == 5);
    CHECK(spanned.paragraphs[0].first_line == 3);
    REQUIRE(spanned.findings.size() == 1);
    CHECK(spanned.findings[0].line == 4);
}

TEST_CASE("a line of only a comment neither joins nor splits paragraphs", "[check][directives]") {
    // The heading still heads the paragraph below it, so its denial still reaches the mention.
    CHECK(found("# Massage does not flush out toxins\n<!-- note -->\nLactic acid, they say, and "
                "sore muscles.\n") == strings{"1:!waste-removal", "3:!waste-removal"});
    CHECK(found("# Massage does not flush out toxins\nLactic acid, they say, and sore "
                "muscles.\n") == strings{"1:!waste-removal", "2:!waste-removal"});
    const auto result = checker().check("t.md", "Massage eases back pain.\n<!-- note -->\nIt "
                                                "boosts circulation.\n");
    REQUIRE(result.findings.size() == 2);
    CHECK(result.paragraphs.size() == 1);
}

TEST_CASE("directives keep findings out, by region, line and claim", "[check][directives]") {
    const std::string text = "Massage eases back pain.\n"                                // 1
                             "<!-- massage-evidence-disable -->\n"                       // 2
                             "Massage boosts circulation and eases back pain.\n"         // 3
                             "<!-- massage-evidence-enable back -->\n"                   // 4
                             "Massage boosts circulation and eases back pain.\n"         // 5
                             "<!-- massage-evidence-enable -->\n"                        // 6
                             "Massage boosts circulation and reduces anxiety.\n"         // 7
                             "<!-- massage-evidence-disable-next-line circulation -->\n" // 8
                             "Massage boosts circulation and reduces anxiety.\n"         // 9
                             "Massage reduces anxiety. <!-- massage-evidence-disable-line -->\n"
                             "<!-- massage-evidence-disable back,psychological -->\n" // 11
                             "Massage reduces anxiety and back pain, and boosts circulation.\n";
    const auto result = checker().check("t.md", text);
    CHECK(found(result) == strings{"1:back", "5:back", "7:circulation", "7:psychological",
                                   "9:psychological", "12:circulation"});
    CHECK(result.suppressed == 7);
    CHECK(result.directive_problems.empty());

    // `scan` keeps out the same, and counts them.
    std::size_t passed = 0;
    const auto outcome = checker().scan(text, [&passed](const check_finding&) { ++passed; });
    CHECK(passed == result.findings.size());
    CHECK(outcome.suppressed == result.suppressed);
}

TEST_CASE("a check told to read no directive reports what they would keep out",
          "[check][directives]") {
    const std::string text = "<!-- massage-evidence-disable -->\nMassage boosts circulation and "
                             "eases back pain.\n<!-- massage-evidence-nonsense -->\n";
    scan_options every;
    every.directives = false;
    const auto result = checker().check("t.md", text, every);
    CHECK(found(result) == strings{"2:circulation", "2:back"});
    CHECK(result.suppressed == 0);
    CHECK(result.directive_problems.empty());
    CHECK(found(checker().check("t.md", text)).empty());
    // Comments are still not text.
    CHECK(found(checker().check("t.md", "<!-- Massage boosts circulation in sore muscles. -->",
                                every))
              .empty());
}

TEST_CASE("a directive that keeps nothing out is reported", "[check][directives]") {
    const std::string text = "<!-- massage-evidence-disable-next-line -->\n"                // 1
                             "Book today.\n"                                                // 2
                             "<!-- massage-evidence-disable-next-line back -->\n"           // 3
                             "Massage boosts circulation in sore muscles.\n"                // 4
                             "<!-- massage-evidence-disable circulation -->\n"              // 5
                             "<!-- massage-evidence-disable back -->\n"                     // 6
                             "Massage boosts circulation.\n"                                // 7
                             "<!-- massage-evidence-enable -->\n"                           // 8
                             "<!-- massage-evidence-disable -->\n"                          // 9
                             "<!-- massage-evidence-disable --> Massage eases back pain.\n" // 10
                             "<!-- massage-evidence-enable -->\n";
    const auto result = checker().check("t.md", text);
    CHECK(found(result) == strings{"4:circulation"});
    CHECK(result.suppressed == 2);
    std::vector<std::pair<std::size_t, std::size_t>> places;
    for (const auto& p : result.directive_problems) {
        places.emplace_back(p.line, p.column);
    }
    // The "disable back" of line 6 and the first "disable" of line 9 kept nothing out: the
    // circulation claim of line 7 is kept out by line 5, and line 10's finding by line 10.
    CHECK(places ==
          std::vector<std::pair<std::size_t, std::size_t>>{{1, 1}, {3, 1}, {6, 1}, {9, 1}});
    REQUIRE_FALSE(result.directive_problems.empty());
    CHECK(result.directive_problems[0].message ==
          "massage-evidence-disable-next-line keeps nothing out; remove it if the text it was for "
          "has changed");
    // Reading in pieces and scanning find the same.
    CHECK(checker().scan(text, [](const check_finding&) {}).directive_problems.size() == 4);
    CHECK(checker().check("t.md", text, {2, 1}).directive_problems.size() == 4);
}

TEST_CASE("a directive may give its reason after --", "[check][directives]") {
    const auto result = checker().check(
        "t.md", "<!-- massage-evidence-disable-next-line circulation -- a client's words -->\n"
                "Massage boosts circulation and eases back pain.\n");
    CHECK(found(result) == strings{"2:back"});
    CHECK(result.directive_problems.empty());
}

TEST_CASE("a directive keeps a finding out after it has done its part", "[check][directives]") {
    // The kept-out heading still denies the claim for the mention below it.
    const auto result = checker().check("t.md", "# Massage does not flush out toxins "
                                                "<!-- massage-evidence-disable-line -->\n\nLactic "
                                                "acid, they say. Sore muscles.\n");
    CHECK(found(result) == strings{"3:!waste-removal"});
    CHECK(result.suppressed == 1);
}

TEST_CASE("directives that cannot be obeyed are reported and change nothing",
          "[check][directives]") {
    const std::string text =
        "Massage boosts circulation in sore muscles.\n"
        "\xC3\xA9 <!-- massage-evidence-disabel --><!-- massage-evidence-x -->\n"
        "<!-- massage-evidence-disable-next-line circulaton -->\n"
        "Massage boosts circulation in sore muscles.\n"
        "<!--massage-evidence-disable-next-line circulaton, back-->\n"
        "Massage boosts circulation and eases back pain.\n"
        "<!-- massage evidence: a note that only starts alike -->\n";
    const auto result = checker().check("t.md", text);
    CHECK(found(result) == strings{"1:circulation", "4:circulation", "6:circulation"});
    CHECK(result.suppressed == 1);
    const auto problem = [](const directive_problem& p) {
        return std::tuple(p.line, p.column, p.message);
    };
    REQUIRE(result.directive_problems.size() == 4);
    CHECK(problem(result.directive_problems[0]) ==
          std::tuple(std::size_t{2}, std::size_t{3},
                     std::string("'massage-evidence-disabel' is not a directive of "
                                 "massage-evidence; use massage-evidence-disable, -enable, "
                                 "-disable-line or -disable-next-line")));
    CHECK(result.directive_problems[1].line == 2);
    CHECK(result.directive_problems[1].column == 36); // after the first, on the same line
    CHECK(problem(result.directive_problems[2]) ==
          std::tuple(std::size_t{3}, std::size_t{1},
                     std::string("'circulaton' in massage-evidence-disable-next-line is not a "
                                 "claim id of the dataset; 'massage-evidence claims' lists them")));
    CHECK(result.directive_problems[3].line == 5);
    CHECK(checker().scan(text, [](const check_finding&) {}).directive_problems.size() == 4);

    // Columns are counted as the tokenizer counts those of findings: a code point, and each byte
    // that is not UTF-8 (here a stray continuation byte and a 0xFF), is one column.
    const auto odd = checker().check(
        "t.md", "\xC3\xA9\x80\xFF <!-- massage-evidence-bogus --> Massage eases back pain.\n");
    REQUIRE(odd.directive_problems.size() == 1);
    CHECK(odd.directive_problems[0].column == 5);
    REQUIRE(odd.findings.size() == 1);
    CHECK(odd.findings[0].column == 5 + 31 + 1 + 14); // after the 31 of the comment
}
