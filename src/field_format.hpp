#pragma once

// Shapes of single field values (ids, dates, versions, DOIs, PMIDs): the checks the loader runs
// on each string as it reads it. Internal to the library.

#include <string_view>

namespace massage_evidence::detail {

/// kebab-case: lower-case letters and digits joined by single hyphens ("gate-control").
[[nodiscard]] bool is_claim_id(std::string_view text) noexcept;
/// Like a claim id, but '_' may join words too ("lactate_pmid8833711").
[[nodiscard]] bool is_source_id(std::string_view text) noexcept;
/// A real calendar date written YYYY-MM-DD.
[[nodiscard]] bool is_iso_date(std::string_view text) noexcept;
/// MAJOR.MINOR.PATCH with optional -prerelease and +build parts (semver 2.0).
[[nodiscard]] bool is_semver(std::string_view text) noexcept;
/// "10." + registrant digits (dots allowed) + "/" + a non-empty suffix without spaces.
[[nodiscard]] bool is_doi(std::string_view text) noexcept;
/// 1 to 9 digits, not starting with 0.
[[nodiscard]] bool is_pmid(std::string_view text) noexcept;
/// "PMC" followed by digits.
[[nodiscard]] bool is_pmcid(std::string_view text) noexcept;

} // namespace massage_evidence::detail
