#pragma once

/// Counts over a dataset for `stats`: claims by verdict and certainty (a small matrix), claims by
/// kind, mechanisms by category and sources by type, with every combination present (zero
/// included) so the JSON keys never come and go.
///
///     const auto counts = count_dataset(data, std::nullopt);
///     counts.verdict_by_certainty[index_of(verdict::supported)][index_of(certainty::low)];

#include "massage_evidence/model.hpp"
#include "massage_evidence/render.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace massage_evidence {

/// The counts `stats` prints. Arrays are indexed by the enumerator's value (static_cast).
struct dataset_stats {
    std::array<std::array<std::size_t, 4>, 5> verdict_by_certainty{}; ///< [verdict][certainty]
    std::array<std::size_t, 3> by_kind{};
    std::array<std::size_t, 4> by_category{}; ///< mechanisms only
    std::array<std::size_t, 11> sources_by_type{};
    std::size_t claims = 0;
    std::size_t sources = 0;
};

/// Counts the claims of `kind` (all kinds when nullopt) and every source.
[[nodiscard]] dataset_stats count_dataset(const dataset& data, std::optional<claim_kind> kind);

/// The tables for a terminal, each under a heading.
void render_stats_text(const dataset_info& info, const dataset_stats& counts,
                       const terminal_options& options, std::string& out);
/// The same tables in Markdown.
void render_stats_markdown(const dataset_info& info, const dataset_stats& counts, std::string& out);
/// Every count as a row of Table, Row, Column, Count ("long" form, ready for a pivot table).
[[nodiscard]] listing stats_listing(const dataset_stats& counts);
/// The JSON contract of `stats` (docs/json.md).
void render_stats_json(const dataset_info& info, const dataset_stats& counts, std::string& out);

} // namespace massage_evidence
