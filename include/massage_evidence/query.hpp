#pragma once

/// Pure selections over a dataset: which claims pass the user's filters, in a stable order.
///
///     claim_filter filter;
///     filter.min_level = certainty::moderate;
///     for (const claim* c : select_claims(data, claim_kind::mechanism, filter)) ...

#include "massage_evidence/model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

/// What `claims` selects, across the three kinds of claim. Every part left empty selects all.
struct claim_selection {
    std::optional<claim_kind> kind;
    /// A mechanism id: that mechanism, the claims whose causal chains cite it, and the clinical
    /// effects for the conditions it is said to explain.
    std::string mechanism;
    /// A condition: its clinical effects and the mechanisms said to explain it.
    std::optional<massage_evidence::condition> condition;
    /// Certainty, verdict and category filters (its `condition` is not used here).
    claim_filter filter;
    /// Words that must all occur in the claim's own text (see claim_matches_text in search.hpp).
    std::string text;
};

/// The claims passing `selection`: mechanisms, then clinical effects, then practices, each in
/// the order of select_claims.
[[nodiscard]] std::vector<const claim*> select_any_claims(const dataset& data,
                                                          const claim_selection& selection);

/// True when `c` is the mechanism `mechanism`, cites it in its causal chain, or is a clinical
/// effect for a condition the mechanism is said to explain.
[[nodiscard]] bool related_to_mechanism(const claim& c, const claim& mechanism);

/// True when `c` is a clinical effect for `which`, or a mechanism said to explain it.
[[nodiscard]] bool related_to_condition(const claim& c, massage_evidence::condition which);

/// Which sources `sources` lists. Every part left empty selects all.
struct source_filter {
    std::optional<source_type> type;
    /// Published in this year or later; sources without a year are left out.
    std::optional<std::int64_t> since;
    /// A claim id: only its sources, in its citation order.
    std::string cited_by;
};

/// The sources passing `filter`, in dataset order (citation order with `cited_by`). An unknown
/// `cited_by` id selects nothing; callers check ids first to say so.
[[nodiscard]] std::vector<const source*> select_sources(const dataset& data,
                                                        const source_filter& filter);

/// A claim citing a source, and how it cites it.
struct citing_claim {
    const claim* by = nullptr;
    const source_ref* reference = nullptr;
};

/// The claims citing the source `source_id`, mechanisms first, then clinical effects, then
/// practices, in dataset order.
[[nodiscard]] std::vector<citing_claim> claims_citing(const dataset& data,
                                                      std::string_view source_id);

/// Every claim id (mechanisms, clinical effects, practices, in dataset order), or those of one
/// kind: the candidates for "did you mean".
[[nodiscard]] std::vector<std::string> claim_ids(const dataset& data,
                                                 std::optional<claim_kind> kind = std::nullopt);
/// Every source id, in dataset order.
[[nodiscard]] std::vector<std::string> source_ids(const dataset& data);

} // namespace massage_evidence
