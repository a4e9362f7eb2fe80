// Fuzz target for the text checker: any bytes are checked against the embedded dataset's lay
// phrases, then rendered as the annotated text, the JSON contract and the Markdown review.
// Besides not crashing, leaking or hanging, it checks that every finding lies inside the text and
// its sentence, in text order, that a streaming scan passes on the same findings and counts, and
// that no rendering could drive a terminal or break its format.

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
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(bytes), size);
    std::vector<text_check> checked;
    checked.push_back(shipped_checker().check("page\x1b[31m\xE2\x80\xAE.md", text));
    check_findings(checked.front());
    check_scan_agrees(checked.front());

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
