#pragma once

/// Output formats of `check` results. Like every renderer, they append to a caller's string and
/// escape the checked text (it is untrusted) for where it goes: terminal, Markdown or JSON.
///
///     std::string out;
///     render_check_text(results, terminal_options{true, 100}, out);

#include "massage_evidence/check.hpp"
#include "massage_evidence/render.hpp"

#include <string>
#include <vector>

namespace massage_evidence {

/// The annotated text, for people: each paragraph that holds findings, its lines numbered and the
/// matched words in brackets with a note number (coloured by verdict when colour is on), then a
/// note per finding under the paragraph (claim, verdict, certainty, what the evidence says),
/// wrapped to `options.width`. Ends with a line of totals.
void render_check_text(const std::vector<text_check>& checked, const terminal_options& options,
                       std::string& out);

/// One row per claim found, in order of first appearance: id, kind, verdict, certainty, claims,
/// negated mentions, and the number of files it was found in. `symbols` adds GRADE symbols to
/// the certainty.
[[nodiscard]] listing check_summary_listing(const check_totals& totals, bool symbols);

/// One sentence of totals, no newline: files checked, claims (by verdict, those found) and
/// negated mentions, e.g. "2 files checked: 3 claims (1 supported, 2 contradicted), 0 negated
/// mentions." It ends the annotated text and the summary, so a run that finds nothing still says
/// how many files it read.
[[nodiscard]] std::string check_totals_line(const check_totals& totals);

/// The JSON contract of `check` (docs/json.md): files with their matches, and a summary.
void render_check_json(const std::vector<text_check>& checked, std::string& out);

/// What the Markdown review says about itself.
struct check_review_options {
    std::string tool_version;
    std::string dataset_version;
    std::string disclaimer; ///< the dataset's; empty: none
};

/// A review an editor can read (GitHub-Flavored Markdown): totals by verdict, then per file a
/// table of findings and, for each, the sentence with the matched words in bold, the claim, the
/// verdict and certainty, and what the evidence says.
void render_check_markdown(const std::vector<text_check>& checked,
                           const check_review_options& options, std::string& out);

} // namespace massage_evidence
