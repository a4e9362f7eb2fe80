// Counting for `stats`: one pass over the claims and one over the sources. Printing is in
// render/stats.cpp.

#include "massage_evidence/stats.hpp"

namespace massage_evidence {

dataset_stats count_dataset(const dataset& data, std::optional<claim_kind> kind) {
    dataset_stats counts;
    for (const auto* claims : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (const auto& c : *claims) {
            if (kind && c.kind != *kind) {
                continue;
            }
            ++counts.claims;
            ++counts.verdict_by_certainty[static_cast<std::size_t>(c.verdict)]
                                         [static_cast<std::size_t>(c.certainty)];
            ++counts.by_kind[static_cast<std::size_t>(c.kind)];
            if (c.kind == claim_kind::mechanism) {
                ++counts.by_category[static_cast<std::size_t>(c.category)];
            }
        }
    }
    for (const auto& s : data.sources) {
        ++counts.sources;
        ++counts.sources_by_type[static_cast<std::size_t>(s.type)];
    }
    return counts;
}

} // namespace massage_evidence
