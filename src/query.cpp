// Filtering and ordering claims. Everything here is a pure function of the dataset and the
// filter, so every output format lists the same claims in the same order.

#include "massage_evidence/query.hpp"

#include "massage_evidence/search.hpp"
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

bool related_to_mechanism(const claim& c, const claim& mechanism) {
    if (c.id == mechanism.id) {
        return true;
    }
    if (std::any_of(c.steps.begin(), c.steps.end(),
                    [&](const chain_step& step) { return step.claim_id == mechanism.id; })) {
        return true;
    }
    if (c.kind != claim_kind::condition) {
        return false;
    }
    const auto token = to_string(c.condition);
    return std::find(mechanism.explains.begin(), mechanism.explains.end(), token) !=
           mechanism.explains.end();
}

bool related_to_condition(const claim& c, massage_evidence::condition which) {
    switch (c.kind) {
    case claim_kind::condition:
        return c.condition == which;
    case claim_kind::mechanism:
        return std::find(c.explains.begin(), c.explains.end(), to_string(which)) !=
               c.explains.end();
    case claim_kind::practice:
        break;
    }
    return false;
}

std::vector<const claim*> select_any_claims(const dataset& data, const claim_selection& selection) {
    // The filter's own condition means "clinical effects only"; here conditions are matched
    // through related_to_condition instead, so it is cleared.
    claim_filter filter = selection.filter;
    filter.condition.reset();
    const claim* mechanism =
        selection.mechanism.empty() ? nullptr : data.find_claim(selection.mechanism);
    if (!selection.mechanism.empty() &&
        (mechanism == nullptr || mechanism->kind != claim_kind::mechanism)) {
        return {};
    }
    std::vector<const claim*> out;
    for (const auto kind : {claim_kind::mechanism, claim_kind::condition, claim_kind::practice}) {
        if (selection.kind && *selection.kind != kind) {
            continue;
        }
        // A category only makes sense for mechanisms; it leaves the other kinds out.
        if (filter.category && kind != claim_kind::mechanism) {
            continue;
        }
        for (const auto* c : select_claims(data, kind, filter)) {
            if (mechanism != nullptr && !related_to_mechanism(*c, *mechanism)) {
                continue;
            }
            if (selection.condition && !related_to_condition(*c, *selection.condition)) {
                continue;
            }
            if (!selection.text.empty() && !claim_matches_text(*c, selection.text)) {
                continue;
            }
            out.push_back(c);
        }
    }
    return out;
}

std::vector<const source*> select_sources(const dataset& data, const source_filter& filter) {
    std::vector<const source*> candidates;
    if (filter.cited_by.empty()) {
        for (const auto& s : data.sources) {
            candidates.push_back(&s);
        }
    } else if (const auto* c = data.find_claim(filter.cited_by)) {
        candidates = cited_sources(data, {c});
    }
    std::vector<const source*> out;
    for (const auto* s : candidates) {
        if (filter.type && s->type != *filter.type) {
            continue;
        }
        if (filter.since && (!s->year || *s->year < *filter.since)) {
            continue;
        }
        out.push_back(s);
    }
    return out;
}

std::vector<citing_claim> claims_citing(const dataset& data, std::string_view source_id) {
    std::vector<citing_claim> out;
    for (const auto* claims : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (const auto& c : *claims) {
            for (const auto& r : c.sources) {
                if (r.ref == source_id) {
                    out.push_back({&c, &r});
                }
            }
        }
    }
    return out;
}

std::vector<std::string> claim_ids(const dataset& data, std::optional<claim_kind> kind) {
    std::vector<std::string> out;
    for (const auto* claims : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (const auto& c : *claims) {
            if (!kind || c.kind == *kind) {
                out.push_back(c.id);
            }
        }
    }
    return out;
}

std::vector<std::string> source_ids(const dataset& data) {
    std::vector<std::string> out;
    out.reserve(data.sources.size());
    for (const auto& s : data.sources) {
        out.push_back(s.id);
    }
    return out;
}

} // namespace massage_evidence
