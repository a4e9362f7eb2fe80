// The `check --summary` listing: one row per claim found, through the same `listing` shape as
// the other commands, so the table and Markdown printers (and their escaping) are shared. Places
// are left to the annotated text and JSON: paths do not fit a table's cell. The totals line is
// here too, so the summary and the annotated text count in the same words.

#include "massage_evidence/check_render.hpp"

#include "massage_evidence/vocabulary.hpp"

#include <fmt/format.h>

namespace massage_evidence {

listing check_summary_listing(const check_totals& totals, bool symbols) {
    listing out;
    out.columns = {{"Claim", true},   {"Kind", false},    {"Verdict", false}, {"Certainty", false},
                   {"Claims", false}, {"Negated", false}, {"Files", false}};
    for (const auto& tally : totals.by_claim) {
        const auto& c = *tally.subject;
        out.rows.push_back({
            {c.id, {}, {}},
            {std::string(to_string(c.kind)), {}, {}},
            {std::string(to_string(c.verdict)), {}, c.verdict},
            {symbols ? certainty_with_symbols(c.certainty) : std::string(to_string(c.certainty)),
             c.certainty,
             {}},
            {std::to_string(tally.claims), {}, {}},
            {std::to_string(tally.negated), {}, {}},
            {std::to_string(tally.files), {}, {}},
        });
    }
    return out;
}

std::string check_totals_line(const check_totals& totals) {
    std::string by_verdict;
    for (const auto& entry : vocabulary<verdict>::entries) {
        const auto count = totals.verdicts[static_cast<std::size_t>(entry.value)];
        if (count > 0) {
            by_verdict +=
                fmt::format("{}{} {}", by_verdict.empty() ? "" : ", ", count, entry.token);
        }
    }
    // Findings that the texts' own comments kept out are counted, so that "found and kept out"
    // never reads as "nothing found"; most runs have none, and then the line does not say so.
    const auto suppressed = totals.suppressed == 0
                                ? std::string()
                                : fmt::format(", {} suppressed by comments", totals.suppressed);
    return fmt::format("{} file{} checked: {} claim{}{}, {} negated mention{}{}.", totals.files,
                       totals.files == 1 ? "" : "s", totals.claims, totals.claims == 1 ? "" : "s",
                       by_verdict.empty() ? std::string() : " (" + by_verdict + ")", totals.negated,
                       totals.negated == 1 ? "" : "s", suppressed);
}

} // namespace massage_evidence
