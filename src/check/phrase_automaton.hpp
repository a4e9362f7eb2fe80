#pragma once

// Aho–Corasick over words instead of bytes: the alphabet is the phrase symbols of the lexicon,
// so a phrase of three words is a path of three edges, and every word of text costs one
// transition (amortised, failure links included) whatever the number of phrases. Words that are
// in no phrase (symbol 0) send the automaton straight back to the root. Internal to the library.

#include <cstdint>
#include <limits>
#include <vector>

namespace massage_evidence::detail {

class phrase_automaton {
public:
    static constexpr std::uint32_t root = 0;
    static constexpr std::uint32_t no_pattern = std::numeric_limits<std::uint32_t>::max();

    phrase_automaton();

    /// Adds a pattern of one or more non-zero symbols, before `build`. Adding the same sequence
    /// twice returns the same id; ids are dense from 0.
    std::uint32_t add(const std::vector<std::uint32_t>& symbols);

    /// Computes failure and output links; call once after the last `add`.
    void build();

    /// The state after reading `symbol` in `state`.
    [[nodiscard]] std::uint32_t step(std::uint32_t state, std::uint32_t symbol) const noexcept {
        if (symbol == 0) {
            return root;
        }
        for (;;) {
            if (state == root) {
                return symbol < root_next_.size() ? root_next_[symbol] : root;
            }
            const auto target = edge(state, symbol);
            if (target != none) {
                return target;
            }
            state = fail_[state];
        }
    }

    /// Calls `visit(pattern)` for every pattern that ends in `state`, longest first.
    template <class Visit>
    void for_each_match(std::uint32_t state, Visit&& visit) const {
        std::uint32_t node = pattern_of_[state] != no_pattern ? state : dictionary_[state];
        while (node != root) {
            visit(pattern_of_[node]);
            node = dictionary_[node];
        }
    }

    /// Whether any pattern ends in `state` (cheap; most states have none).
    [[nodiscard]] bool has_match(std::uint32_t state) const noexcept {
        return pattern_of_[state] != no_pattern || dictionary_[state] != root;
    }

    /// Number of symbols of a pattern.
    [[nodiscard]] std::uint32_t length(std::uint32_t pattern) const noexcept {
        return lengths_[pattern];
    }
    [[nodiscard]] std::size_t pattern_count() const noexcept { return lengths_.size(); }
    [[nodiscard]] std::size_t state_count() const noexcept { return fail_.size(); }

private:
    static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

    struct labelled_edge {
        std::uint32_t symbol;
        std::uint32_t target;
    };

    // While adding: each node's edges, sorted by symbol. After build: the same, flattened.
    std::vector<std::vector<labelled_edge>> building_;
    std::vector<labelled_edge> edges_;
    std::vector<std::uint32_t> first_edge_; ///< per node, into edges_; one past the end last
    std::vector<std::uint32_t> root_next_;  ///< dense transitions of the root, by symbol
    std::vector<std::uint32_t> fail_;
    std::vector<std::uint32_t> dictionary_; ///< nearest proper suffix state ending a pattern
    std::vector<std::uint32_t> pattern_of_; ///< the pattern ending exactly here, if any
    std::vector<std::uint32_t> lengths_;

    [[nodiscard]] std::uint32_t edge(std::uint32_t state, std::uint32_t symbol) const noexcept {
        for (auto i = first_edge_[state]; i < first_edge_[state + 1]; ++i) {
            if (edges_[i].symbol == symbol) {
                return edges_[i].target;
            }
            if (edges_[i].symbol > symbol) {
                break;
            }
        }
        return none;
    }
};

} // namespace massage_evidence::detail
