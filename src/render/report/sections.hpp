#pragma once

// The sections of the report, each a function appending Markdown to the output, and what they
// share while the report is written. render_report (report.cpp) calls them in document order;
// the order matters because citation numbers are handed out as sections cite. Internal.

#include "massage_evidence/report.hpp"
#include "render/report/citations.hpp"

#include <string>
#include <string_view>

namespace massage_evidence::detail {

/// Everything a section reads, plus the citation numbering it advances.
struct report_context {
    const dataset& data;
    const report_options& options;
    const report_claims& claims;
    citation_numbers& citations;

    [[nodiscard]] bool for_patients() const noexcept {
        return options.audience == audience::patient;
    }
    /// Whether the user chose this section.
    [[nodiscard]] bool includes(report_section section) const noexcept;
};

/// YAML front matter (title, date, dataset version, audience, filters, generator).
void front_matter(const report_context& ctx, std::string& out);
/// Title, dataset version and review date, report date, audience and filters.
void title_block(const report_context& ctx, std::string& out);
/// One paragraph of counts and names generated from the selected claims.
void key_messages_section(const report_context& ctx, std::string& out);
/// The GRADE levels, verdicts and flags explained.
void how_to_read_section(const report_context& ctx, std::string& out);
/// Summary-of-findings tables, one per claim kind.
void mechanism_table_section(const report_context& ctx, std::string& out);
void condition_table_section(const report_context& ctx, std::string& out);
void practice_table_section(const report_context& ctx, std::string& out);
/// Mermaid flowcharts: popular causal chains labelled with verdicts, and the map from
/// mechanisms to the conditions they are said to explain.
void diagrams_section(const report_context& ctx, std::string& out);
/// A section per mechanism, per condition (grouping its clinical effects) and per practice.
void details_section(const report_context& ctx, std::string& out);
/// The disclaimer and the generated-by line.
void disclaimer_section(const report_context& ctx, std::string& out);

/// "⊕⊕◯◯ Low" for clinicians, "Limited confidence" for patients.
[[nodiscard]] std::string certainty_for(const report_context& ctx, certainty level);
/// "Contradicted" for clinicians, "Research points the other way" for patients.
[[nodiscard]] std::string verdict_for(const report_context& ctx, verdict v);
/// The label of a condition id as the data writes it ("low-back-pain" -> "Low back pain"); the
/// id itself when it is not in the vocabulary.
[[nodiscard]] std::string condition_label(std::string_view condition_id);

} // namespace massage_evidence::detail
