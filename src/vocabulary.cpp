// The parts of the vocabularies that are not tables: loose token folding, GRADE symbols and
// certainty arithmetic.

#include "massage_evidence/vocabulary.hpp"

#include <algorithm>

namespace massage_evidence {

namespace detail {
std::string fold_token(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '-' || c == '_' || c == ' ') {
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}
} // namespace detail

std::string_view grade_symbols(certainty level) noexcept {
    switch (level) {
    case certainty::high:
        return "⊕⊕⊕⊕";
    case certainty::moderate:
        return "⊕⊕⊕◯";
    case certainty::low:
        return "⊕⊕◯◯";
    case certainty::very_low:
        return "⊕◯◯◯";
    }
    return "";
}

certainty shift(certainty level, int steps) noexcept {
    const int moved = std::clamp(static_cast<int>(level) + steps, 0, 3);
    return static_cast<certainty>(moved);
}

bool rates_down(grade_domain domain) noexcept {
    return domain == grade_domain::risk_of_bias || domain == grade_domain::inconsistency ||
           domain == grade_domain::indirectness || domain == grade_domain::imprecision ||
           domain == grade_domain::publication_bias;
}

} // namespace massage_evidence
