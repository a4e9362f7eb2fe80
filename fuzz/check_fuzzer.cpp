// Fuzz target for the text checker: any bytes are checked against the embedded dataset's lay
// phrases, then rendered as the annotated text, the JSON contract and the Markdown review.
// Besides not crashing, leaking or hanging, it checks that every finding lies inside the text and
// its sentence, in text order, that a streaming scan passes on the same findings and counts, that
// the text cut at every blank line and read on two threads gives the same, and that no rendering
// could drive a terminal or break its format.

#include "massage_evidence/check.hpp"
#include "massage_evidence/check_render.hpp"
#include "massage_evidence/load.hpp"
#include "output_checks.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace massage_evidence;
using fuzz::require;

// Built once: the automaton does not change between inputs, and building it is the slow part.
const claim_checker& shipped_checker() {
    static const dataset data = load_embedded_dataset();
    static const claim_checker checker(data);
    return checker;
}

void check_findings(const text_check& checked) {
    std::size_t previous = 0;
    for (const auto& f : checked.findings) {
        require(f.subject != nullptr, "a finding without a claim");
        require(f.begin < f.end && f.end <= checked.text.size(), "a finding outside the text");
        require(f.sentence_begin <= f.begin && f.end <= f.sentence_end &&
                    f.sentence_end <= checked.text.size(),
                "a finding outside its sentence");
        require(f.line >= 1 && f.column >= 1, "a finding without a line and column");
        require(f.begin >= previous, "findings out of text order");
        require(f.paragraph < checked.paragraphs.size(), "a finding in no paragraph");
        previous = f.begin;
    }
}

// `scan` must pass on exactly what `check` keeps: same claims, places and paragraph numbers.
void check_scan_agrees(const text_check& checked) {
    std::size_t seen = 0;
    const auto outcome = shipped_checker().scan(checked.text, [&](const check_finding& f) {
        require(seen < checked.findings.size(), "scan passed on more findings than check kept");
        const auto& kept = checked.findings[seen++];
        require(f.subject == kept.subject && f.begin == kept.begin && f.end == kept.end &&
                    f.line == kept.line && f.column == kept.column &&
                    f.sentence_begin == kept.sentence_begin &&
                    f.sentence_end == kept.sentence_end && f.paragraph == kept.paragraph &&
                    f.negated == kept.negated && f.phrase == kept.phrase,
                "scan and check disagree on a finding");
    });
    require(seen == checked.findings.size() && outcome.findings == seen,
            "scan passed on fewer findings than check kept");
    require(outcome.invalid_utf8 == checked.invalid_utf8,
            "scan and check count invalid bytes apart");
    require(outcome.suppressed == checked.suppressed &&
                outcome.directive_problems.size() == checked.directive_problems.size(),
            "scan and check read the directives apart");
}

// Cut at every blank line and read on two threads, the text must give what it gives whole.
void check_pieces_agree(const text_check& checked) {
    const auto pieces = shipped_checker().check("page", checked.text, scan_options{2, 1});
    require(pieces.findings.size() == checked.findings.size(),
            "read in pieces, the text gives another number of findings");
    for (std::size_t i = 0; i < pieces.findings.size(); ++i) {
        const auto& a = pieces.findings[i];
        const auto& b = checked.findings[i];
        require(a.subject == b.subject && a.begin == b.begin && a.end == b.end &&
                    a.line == b.line && a.column == b.column &&
                    a.sentence_begin == b.sentence_begin && a.sentence_end == b.sentence_end &&
                    a.paragraph == b.paragraph && a.negated == b.negated && a.phrase == b.phrase,
                "read in pieces, the text gives another finding");
    }
    require(pieces.paragraphs.size() == checked.paragraphs.size(),
            "read in pieces, the text gives other paragraphs");
    for (std::size_t i = 0; i < pieces.paragraphs.size(); ++i) {
        const auto& a = pieces.paragraphs[i];
        const auto& b = checked.paragraphs[i];
        require(a.begin == b.begin && a.end == b.end && a.first_line == b.first_line,
                "read in pieces, the text gives another paragraph");
    }
    require(pieces.invalid_utf8 == checked.invalid_utf8 &&
                pieces.first_invalid_line == checked.first_invalid_line &&
                pieces.first_invalid_column == checked.first_invalid_column,
            "read in pieces, the text counts invalid bytes elsewhere");
    require(pieces.suppressed == checked.suppressed,
            "read in pieces, the text's directives keep out other findings");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(bytes), size);
    std::vector<text_check> checked;
    // Read whole: the text is shorter than a piece whatever the fuzzer makes.
    checked.push_back(
        shipped_checker().check("page\x1b[31m\xE2\x80\xAE.md", text, scan_options{1, 0}));
    check_findings(checked.front());
    check_scan_agrees(checked.front());
    check_pieces_agree(checked.front());

    std::string annotated;
    render_check_text(checked, terminal_options{false, 80}, annotated);
    fuzz::require_printable(annotated, "the annotated text would drive a terminal");

    std::string json;
    render_check_json(checked, json);
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    require(!parsed.is_discarded(), "the check JSON does not parse", json);
    require(parsed["files"][0]["matches"].size() == checked.front().findings.size(),
            "the JSON has the wrong number of matches");

    std::string review;
    render_check_markdown(checked, check_review_options{"0.0.0", "0.0.0", {}}, review);
    fuzz::require_printable(review, "the Markdown review holds control characters");
    return 0;
}
