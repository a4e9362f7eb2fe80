#pragma once

// Aho–Corasick over words instead of bytes: the alphabet is the phrase symbols of the lexicon,
// so a phrase of three words is a path of three edges, and every word of text costs one
// transition whatever the number of phrases. Words that are in no phrase (symbol 0) send the
// automaton straight back to the root. Internal to the library.
//
// Each state's failure links are followed once, when the automaton is built, not per word: a
// state's table holds its own edges and those of the states its failure links lead to (nearest
// first), and a symbol in none of them goes where it goes from the root, which is a dense array.
// A step is then one look-up in one short table, without the branches of walking failure links,
// which mispredict on almost every word when thousands of phrases share their words. Tables are
// searched sixteen entries at a time without a branch per entry. So that no table grows without
// bound (a state with thousands of edges reached by the failure links of thousands of states),
// a state whose failure target's table is large keeps its own edges only and falls back to that
// state, as in the textbook automaton. A state with no edges of its own (the end of most
// phrases) shares its failure target's table instead of copying it.
//
// Every `check` compiles its phrases first, so building is meant to be cheap too: the trie's
// edges are found through one hash table while adding, and `build` lays them out by state.

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

    /// Makes room for `symbols` more states, so that adding as many copies no list. Optional.
    void reserve(std::size_t symbols);

    /// Computes the transition tables and output links; call once after the last `add`.
    void build();

    /// The state after reading `symbol` in `state`.
    [[nodiscard]] std::uint32_t step(std::uint32_t state, std::uint32_t symbol) const noexcept {
        if (symbol == 0) {
            return root;
        }
        const state_row* row = &rows_[state];
        std::uint32_t next = find(*row, symbol);
        // Only states whose failure target's table was too large to copy fall back; for the
        // rest `fallback` is the root, whose table is `root_next_`.
        while ((next == not_found) & (row->fallback != root)) {
            row = &rows_[row->fallback];
            next = find(*row, symbol);
        }
        const auto from_root = symbol < root_next_.size() ? root_next_[symbol] : root;
        return next != not_found ? next : from_root;
    }

    /// Calls `visit(pattern)` for every pattern that ends in `state`, longest first.
    template <class Visit>
    void for_each_match(std::uint32_t state, Visit&& visit) const {
        for (auto node = rows_[state].output; node != root; node = dictionary_[node]) {
            visit(pattern_of_[node]);
        }
    }

    /// Whether any pattern ends in `state` (cheap; most states have none).
    [[nodiscard]] bool has_match(std::uint32_t state) const noexcept {
        return rows_[state].output != root;
    }

    /// Number of symbols of a pattern.
    [[nodiscard]] std::uint32_t length(std::uint32_t pattern) const noexcept {
        return lengths_[pattern];
    }
    [[nodiscard]] std::size_t pattern_count() const noexcept { return lengths_.size(); }
    [[nodiscard]] std::size_t state_count() const noexcept { return rows_.size(); }

private:
    static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    /// What `find` returns for a symbol without a transition: an edge never leads to the root.
    static constexpr std::uint32_t not_found = root;
    static constexpr std::uint32_t group = 16; ///< table entries compared at once
    /// A table longer than this is searched by bisection rather than group by group.
    static constexpr std::uint32_t scanned_entries = 4 * group;
    /// A failure target's table longer than this is not copied into the tables that fail to it.
    static constexpr std::size_t copied_entries = 2 * group;

    struct labelled_edge {
        std::uint32_t symbol;
        std::uint32_t target;
    };

    // While adding: the trie. States are numbered in the order they are made, so state s > 0 is
    // reached by the edge `parent_[s]` --`symbol_[s]`-->; `children_` finds a state's child by
    // symbol (open addressing; a key is parent << 32 | symbol, never 0 as symbols are not 0).
    std::vector<std::uint32_t> parent_;
    std::vector<std::uint32_t> symbol_;
    std::vector<std::uint64_t> child_keys_;
    std::vector<std::uint32_t> child_states_;

    [[nodiscard]] std::uint32_t child(std::uint32_t state, std::uint32_t symbol) const noexcept;
    void add_child(std::uint32_t state, std::uint32_t symbol, std::uint32_t target);

    // After build: what a step needs of a state, together, so that it is one cache line.
    struct state_row {
        std::uint32_t table_begin; ///< its table in `table_symbols_` and `table_targets_`
        std::uint32_t table_end;
        std::uint32_t fallback; ///< where a symbol missing from the table is looked up
        std::uint32_t output;   ///< the longest state ending a pattern on its chain of failure
                                ///< links, itself included; or root
    };
    std::vector<state_row> rows_;
    // Tables are sorted by symbol and padded with `none` symbols, which no word has, to whole
    // groups: at least one, so that the first group is compared without a test.
    std::vector<std::uint32_t> table_symbols_;
    std::vector<std::uint32_t> table_targets_;
    std::vector<std::uint32_t> root_next_;  ///< the root's transitions, by symbol
    std::vector<std::uint32_t> dictionary_; ///< the next state ending a pattern after one that does
    std::vector<std::uint32_t> pattern_of_; ///< the pattern ending exactly here, if any
    std::vector<std::uint32_t> lengths_;

    // The target of `symbol` in the table of a state, or `not_found`.
    [[nodiscard]] std::uint32_t find(const state_row& row, std::uint32_t symbol) const noexcept {
        if (row.table_end - row.table_begin > scanned_entries) {
            return bisect(row.table_begin, row.table_end, symbol);
        }
        std::uint32_t found = not_found;
        auto at = row.table_begin;
        do {
            // Every entry compared, with no branch: at most one matches, and the others add
            // nothing to `found`. The compiler does this with vector instructions.
            const auto* symbols = &table_symbols_[at];
            const auto* targets = &table_targets_[at];
            for (std::uint32_t i = 0; i < group; ++i) {
                const std::uint32_t same = 0U - static_cast<std::uint32_t>(symbols[i] == symbol);
                found |= same & targets[i];
            }
            at += group;
        } while (at < row.table_end);
        return found;
    }

    [[nodiscard]] std::uint32_t bisect(std::uint32_t begin, std::uint32_t end,
                                       std::uint32_t symbol) const noexcept;
};

} // namespace massage_evidence::detail
