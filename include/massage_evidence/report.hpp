#pragma once

/// The publishable evidence report written by `massage-evidence export`: one GitHub-Flavored
/// Markdown document that reads like a Cochrane summary (key messages, a legend, summary-of-
/// findings tables, diagrams, a section per claim, Vancouver references, the disclaimer), for
/// clinicians or in plain words for patients. docs/report.md describes its structure.
///
///     report_options options;
///     options.date = "2026-02-01";
///     options.audience = audience::patient;
///     std::string markdown;
///     render_report(data, options, markdown);

#include "massage_evidence/model.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/vocabulary.hpp"

#include <array>
#include <string>
#include <vector>

namespace massage_evidence {

/// The parts of the report a user can choose with `--sections`, in the order they appear. The
/// title block (title, versions, date, filters) is always written.
enum class report_section : std::uint8_t {
    key_messages,
    how_to_read,
    mechanisms,
    conditions,
    practice,
    diagrams,
    details,
    references,
    disclaimer,
};

template <>
struct vocabulary<report_section> {
    static constexpr std::string_view what = "report section";
    static constexpr std::array<vocabulary_entry<report_section>, 9> entries{{
        {report_section::key_messages, "key-messages", "Key messages"},
        {report_section::how_to_read, "how-to-read", "How to read this"},
        {report_section::mechanisms, "mechanisms", "Summary of findings: mechanisms"},
        {report_section::conditions, "conditions", "Summary of findings: clinical effects"},
        {report_section::practice, "practice", "Summary of findings: practice"},
        {report_section::diagrams, "diagrams", "Diagrams"},
        {report_section::details, "details", "The evidence claim by claim"},
        {report_section::references, "references", "References"},
        {report_section::disclaimer, "disclaimer", "Disclaimer"},
    }};
};

/// Every section, in report order: the default of `report_options::sections`.
[[nodiscard]] std::vector<report_section> all_report_sections();

/// What `massage-evidence export` writes.
struct report_options {
    std::string title;        ///< empty: the dataset's title
    std::string date;         ///< the report's date, YYYY-MM-DD
    claim_filter filter;      ///< which claims the report covers (see `report_claims`)
    std::string tool_version; ///< for the generated-by line and the front matter
    massage_evidence::audience audience = audience::clinician;
    std::vector<report_section> sections = all_report_sections(); ///< any order, repeats ignored
    bool front_matter = false; ///< start with YAML front matter for static-site generators
};

/// The claims a report covers. `--min-level`, `--level` and `--verdict` apply to every kind;
/// `--category` narrows only the mechanisms and `--condition` only the clinical effects.
struct report_claims {
    std::vector<const claim*> mechanisms;
    std::vector<const claim*> conditions;
    std::vector<const claim*> practices;
};

/// The part of `filter` that applies to claims of `kind`.
[[nodiscard]] claim_filter report_filter(const claim_filter& filter, claim_kind kind);

/// The claims of each kind that `filter` selects for a report, in listing order.
[[nodiscard]] report_claims select_report_claims(const dataset& data, const claim_filter& filter);

/// The whole report. Deterministic: same data and options, same bytes. Every data string is
/// escaped so that it renders as the same text in GFM, and Mermaid labels cannot break their
/// diagram. References are numbered in order of first citation across the sections included,
/// and list exactly the sources those sections cite.
void render_report(const dataset& data, const report_options& options, std::string& out);

} // namespace massage_evidence
