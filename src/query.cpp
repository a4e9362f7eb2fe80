// Filtering and ordering claims. Everything here is a pure function of the dataset and the
// filter, so every output format lists the same claims in the same order.

#include "massage_evidence/query.hpp"

#include "massage_evidence/vocabulary.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace massage_evidence {

bool claim_filter::empty() const noexcept {
    return !min_level && !level && !verdict && !category && !condition;
}

std::string claim_filter::describe() const {
    std::string out;
    const auto add = [&out](std::string_view flag, std::string_view value) {
        if (!out.empty()) {
            out += ' ';
        }
        out += flag;
        out += ' ';
        out += value;
    };
    if (min_level) {
        add("--min-level", to_string(*min_level));
    }
    if (level) {
        add("--level", to_string(*level));
    }
    if (verdict) {
        add("--verdict", to_string(*verdict));
    }
    if (category) {
        add("--category", to_string(*category));
    }
    if (condition) {
        add("--condition", to_string(*condition));
    }
    return out;
}

bool matches(const claim& c, const claim_filter& filter) noexcept {
    if (filter.min_level && c.certainty < *filter.min_level) {
        return false;
    }
    if (filter.level && c.certainty != *filter.level) {
        return false;
    }
    if (filter.verdict && c.verdict != *filter.verdict) {
        return false;
    }
    if (filter.category && (c.kind != claim_kind::mechanism || c.category != *filter.category)) {
        return false;
    }
    if (filter.condition && (c.kind != claim_kind::condition || c.condition != *filter.condition)) {
        return false;
    }
    return true;
}

std::vector<const claim*> select_claims(const dataset& data, claim_kind kind,
                                        const claim_filter& filter) {
    const auto& all = kind == claim_kind::mechanism   ? data.mechanisms
                      : kind == claim_kind::condition ? data.conditions
                                                      : data.practices;
    std::vector<const claim*> out;
    for (const auto& c : all) {
        if (matches(c, filter)) {
            out.push_back(&c);
        }
    }
    const auto group = [kind](const claim* c) {
        switch (kind) {
        case claim_kind::mechanism:
            return static_cast<int>(c->category);
        case claim_kind::condition:
            return static_cast<int>(c->condition);
        case claim_kind::practice:
            break;
        }
        return static_cast<int>(c->topic);
    };
    std::stable_sort(out.begin(), out.end(), [&](const claim* a, const claim* b) {
        if (group(a) != group(b)) {
            return group(a) < group(b);
        }
        return a->certainty > b->certainty;
    });
    return out;
}

std::vector<const source*> cited_sources(const dataset& data,
                                         const std::vector<const claim*>& claims) {
    std::unordered_map<std::string_view, const source*> by_id;
    for (const auto& s : data.sources) {
        by_id.emplace(s.id, &s);
    }
    std::vector<const source*> out;
    std::unordered_set<std::string_view> seen;
    for (const auto* c : claims) {
        for (const auto& r : c->sources) {
            const auto it = by_id.find(r.ref);
            if (it != by_id.end() && seen.insert(r.ref).second) {
                out.push_back(it->second);
            }
        }
    }
    return out;
}

} // namespace massage_evidence
