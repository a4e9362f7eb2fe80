// Suggestions for mistyped ids and terms. Distances use the optimal-string-alignment variant of
// Damerau-Levenshtein, because swapped neighbours ("cirulcation") are the commonest typing slip.
// The candidate lists are small (a dataset's ids), so the quadratic algorithm is plenty.

#include "massage_evidence/suggest.hpp"

#include "ascii_case.hpp"

#include <algorithm>
#include <numeric>

namespace massage_evidence {
namespace {

using detail::ascii_lowered;

// Edits allowed for a word of this length: typos grow with length, short words allow one.
std::size_t tolerance(std::size_t length) noexcept {
    return std::max<std::size_t>(1, std::min<std::size_t>(3, length / 4));
}

} // namespace

std::size_t edit_distance(std::string_view a_raw, std::string_view b_raw) {
    const auto a = ascii_lowered(a_raw);
    const auto b = ascii_lowered(b_raw);
    const auto n = a.size();
    const auto m = b.size();
    // Three rows suffice: the swap rule looks two rows back.
    std::vector<std::size_t> two_back(m + 1);
    std::vector<std::size_t> previous(m + 1);
    std::vector<std::size_t> current(m + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], two_back[j - 2] + 1);
            }
        }
        two_back.swap(previous);
        previous.swap(current);
    }
    return previous[m];
}

std::vector<std::string> closest_matches(std::string_view typed,
                                         const std::vector<std::string>& candidates,
                                         std::size_t limit) {
    struct scored {
        std::size_t distance;
        std::size_t order;
    };
    const auto wanted = ascii_lowered(typed);
    std::vector<scored> found;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& candidate = candidates[i];
        const auto distance = edit_distance(wanted, candidate);
        const bool near = distance <= tolerance(std::max(wanted.size(), candidate.size()));
        // A fragment of an id finds it: "opioid" suggests "postop-opioid-use".
        const bool contains =
            wanted.size() >= 3 && ascii_lowered(candidate).find(wanted) != std::string::npos;
        if (near || contains) {
            // Containment ranks after real near-misses of similar length.
            found.push_back({near ? distance : distance + 100, i});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const scored& x, const scored& y) { return x.distance < y.distance; });
    std::vector<std::string> out;
    for (const auto& f : found) {
        if (out.size() == limit) {
            break;
        }
        if (std::find(out.begin(), out.end(), candidates[f.order]) == out.end()) {
            out.push_back(candidates[f.order]);
        }
    }
    return out;
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
    if (suggestions.empty()) {
        return {};
    }
    std::string out = "did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
        if (i > 0) {
            out += (i + 1 == suggestions.size()) ? " or " : ", ";
        }
        out += suggestions[i];
    }
    out += '?';
    return out;
}

} // namespace massage_evidence
