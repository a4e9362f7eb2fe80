#pragma once

/// Pure selections over a dataset: which claims pass the user's filters, in a stable order.
///
///     claim_filter filter;
///     filter.min_level = certainty::moderate;
///     for (const claim* c : select_claims(data, claim_kind::mechanism, filter)) ...

#include "massage_evidence/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace massage_evidence {

/// Filters shared by the listing commands; an empty optional does not filter.
struct claim_filter {
    std::optional<certainty> min_level; ///< at or above this certainty
    std::optional<certainty> level;     ///< exactly this certainty
    std::optional<massage_evidence::verdict> verdict;
    std::optional<massage_evidence::category> category;   ///< mechanisms only
    std::optional<massage_evidence::condition> condition; ///< clinical effects only

    /// True when no filter is set.
    [[nodiscard]] bool empty() const noexcept;
    /// "--min-level moderate --category neurological", as a user would type it.
    [[nodiscard]] std::string describe() const;
};

/// True when `c` passes every filter set in `filter`.
[[nodiscard]] bool matches(const claim& c, const claim_filter& filter) noexcept;

/// The claims of `kind` passing `filter`. Mechanisms are ordered by category, then certainty
/// (most certain first); clinical effects by condition, then certainty; practices by topic, then
/// certainty. Ties keep dataset order.
[[nodiscard]] std::vector<const claim*> select_claims(const dataset& data, claim_kind kind,
                                                      const claim_filter& filter);

/// The sources of `claims`, each once, in order of first citation.
[[nodiscard]] std::vector<const source*> cited_sources(const dataset& data,
                                                       const std::vector<const claim*>& claims);

} // namespace massage_evidence
