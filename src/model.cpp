// Look-ups on the model. Linear scans: the curated dataset is small, and callers that look up
// many ids over large datasets build their own index (see query.cpp).

#include "massage_evidence/model.hpp"

#include <algorithm>

namespace massage_evidence {

const claim* dataset::find_claim(std::string_view id) const noexcept {
    for (const auto* list : {&mechanisms, &conditions, &practices}) {
        const auto it =
            std::find_if(list->begin(), list->end(), [&](const claim& c) { return c.id == id; });
        if (it != list->end()) {
            return &*it;
        }
    }
    return nullptr;
}

const source* dataset::find_source(std::string_view id) const noexcept {
    const auto it =
        std::find_if(sources.begin(), sources.end(), [&](const source& s) { return s.id == id; });
    return it == sources.end() ? nullptr : &*it;
}

} // namespace massage_evidence
