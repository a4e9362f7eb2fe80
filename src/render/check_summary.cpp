// The `check --summary` listing: one row per claim found, through the same `listing` shape as
// the other commands, so the table and Markdown printers (and their escaping) are shared. Places
// are left to the annotated text and JSON: paths do not fit a table's cell.

#include "massage_evidence/check_render.hpp"

#include "massage_evidence/vocabulary.hpp"

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

} // namespace massage_evidence
