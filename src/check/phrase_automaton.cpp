// See phrase_automaton.hpp. While phrases are added the trie is a list of states, each knowing
// its parent and the symbol that leads to it, plus a hash table from (state, symbol) to child.
// `build` then groups each state's children, sorted by symbol, works out failure links breadth
// first, folds them into each state's table, and flattens the tables into two arrays, with the
// root's edges in a dense array because nearly every phrase starts there.

#include "check/phrase_automaton.hpp"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace massage_evidence::detail {

namespace {

constexpr std::uint64_t edge_key(std::uint32_t state, std::uint32_t symbol) noexcept {
    return (std::uint64_t{state} << 32U) | symbol;
}

// Where a key starts its probe in a power-of-two table: the high bits of a multiplicative
// hash, as states and symbols are small consecutive numbers.
std::size_t first_slot(std::uint64_t key, std::size_t mask) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32U) & mask;
}

constexpr std::size_t initial_child_slots = 64;

} // namespace

phrase_automaton::phrase_automaton()
    : parent_(1, root), symbol_(1, 0), child_keys_(initial_child_slots, 0),
      child_states_(initial_child_slots, root), pattern_of_(1, no_pattern) {}

std::uint32_t phrase_automaton::child(std::uint32_t state, std::uint32_t symbol) const noexcept {
    const auto key = edge_key(state, symbol);
    const auto mask = child_keys_.size() - 1;
    for (auto at = first_slot(key, mask); child_keys_[at] != 0; at = (at + 1) & mask) {
        if (child_keys_[at] == key) {
            return child_states_[at];
        }
    }
    return root; // no edge leads back to the root
}

void phrase_automaton::add_child(std::uint32_t state, std::uint32_t symbol, std::uint32_t target) {
    if (2 * parent_.size() > child_keys_.size()) { // kept at most half full
        std::vector<std::uint64_t> keys(child_keys_.size() * 2, 0);
        std::vector<std::uint32_t> states(keys.size(), root);
        const auto mask = keys.size() - 1;
        for (std::size_t i = 0; i < child_keys_.size(); ++i) {
            if (child_keys_[i] != 0) {
                auto at = first_slot(child_keys_[i], mask);
                while (keys[at] != 0) {
                    at = (at + 1) & mask;
                }
                keys[at] = child_keys_[i];
                states[at] = child_states_[i];
            }
        }
        child_keys_.swap(keys);
        child_states_.swap(states);
    }
    const auto key = edge_key(state, symbol);
    const auto mask = child_keys_.size() - 1;
    auto at = first_slot(key, mask);
    while (child_keys_[at] != 0) {
        at = (at + 1) & mask;
    }
    child_keys_[at] = key;
    child_states_[at] = target;
}

void phrase_automaton::reserve(std::size_t symbols) {
    // Only the lists: a reserved block is not touched until it is written, so room the phrases
    // do not need costs nothing. The edge table is filled with empty slots as it is made, and
    // phrases share most of their first words, so it still grows with the edges actually made.
    const auto states = parent_.size() + symbols;
    parent_.reserve(states);
    symbol_.reserve(states);
    pattern_of_.reserve(states);
}

std::uint32_t phrase_automaton::add(const std::vector<std::uint32_t>& symbols) {
    std::uint32_t node = root;
    for (const auto symbol : symbols) {
        auto next = child(node, symbol);
        if (next == root) {
            next = static_cast<std::uint32_t>(parent_.size());
            parent_.push_back(node);
            symbol_.push_back(symbol);
            pattern_of_.push_back(no_pattern);
            add_child(node, symbol, next);
        }
        node = next;
    }
    if (pattern_of_[node] == no_pattern) {
        pattern_of_[node] = static_cast<std::uint32_t>(lengths_.size());
        lengths_.push_back(static_cast<std::uint32_t>(symbols.size()));
    }
    return pattern_of_[node];
}

void phrase_automaton::build() {
    const auto states = parent_.size();

    // Each state's children, sorted by symbol: those of state s are
    // children[first_child[s]..first_child[s + 1]].
    std::vector<std::uint32_t> first_child(states + 1, 0);
    for (std::size_t s = 1; s < states; ++s) {
        ++first_child[parent_[s] + 1];
    }
    std::partial_sum(first_child.begin(), first_child.end(), first_child.begin());
    std::vector<std::uint32_t> children(states - 1);
    {
        auto next_free = first_child;
        for (std::size_t s = 1; s < states; ++s) {
            children[next_free[parent_[s]]++] = static_cast<std::uint32_t>(s);
        }
    }
    const auto by_symbol = [this](std::uint32_t a, std::uint32_t b) {
        return symbol_[a] < symbol_[b];
    };
    std::size_t parents = 0; // states with children: the ones with tables of their own
    for (std::size_t s = 0; s < states; ++s) {
        const auto begin = children.begin() + first_child[s];
        const auto end = children.begin() + first_child[s + 1];
        if (end - begin > 1) {
            std::sort(begin, end, by_symbol);
        }
        parents += begin != end ? 1 : 0;
    }

    const auto largest_symbol = *std::max_element(symbol_.begin(), symbol_.end());
    root_next_.assign(static_cast<std::size_t>(largest_symbol) + 1, root);
    for (auto at = first_child[root]; at < first_child[root + 1]; ++at) {
        root_next_[symbol_[children[at]]] = children[at];
    }

    // Failure links, breadth first, so that a state's failure target is finished before it.
    // `order` is the queue and, once read through, the order.
    std::vector<std::uint32_t> fail(states, root);
    std::vector<std::uint32_t> order(children.begin() + first_child[root],
                                     children.begin() + first_child[root + 1]);
    order.reserve(states);
    for (std::size_t next = 0; next < order.size(); ++next) {
        const auto node = order[next];
        for (auto at = first_child[node]; at < first_child[node + 1]; ++at) {
            const auto kid = children[at];
            const auto symbol = symbol_[kid];
            std::uint32_t f = fail[node];
            std::uint32_t target = root;
            while (f != root && (target = child(f, symbol)) == root) {
                f = fail[f];
            }
            fail[kid] = f == root ? root_next_[symbol] : target;
            order.push_back(kid);
        }
    }

    // Outputs, and each state's table: its own edges, then those of its failure target's table
    // that it does not have (so the nearest state wins), unless that table is too long to copy.
    // A state without edges of its own uses its failure target's table as it is. Tables are laid
    // out in breadth-first order, so a failure target's is always there to copy.
    rows_.assign(states, state_row{0, group, root, root}); // the root's table: empty
    dictionary_.assign(states, root);
    // Room for the largest the tables can be: a state's table holds its own edges and at most
    // `copied_entries` inherited ones, padded by less than a group. Most of it is never
    // written, and memory never written is never handed to the process, whereas a table that
    // outgrew its room would be copied whole into fresh memory.
    const auto most_entries = group + (states - 1) + parents * (copied_entries + group);
    table_symbols_.reserve(most_entries);
    table_targets_.reserve(most_entries);
    table_symbols_.assign(group, none);
    table_targets_.assign(group, not_found);
    std::vector<labelled_edge> inherited; // reused: the failure target's table, unpadded
    std::vector<labelled_edge> own;
    std::vector<labelled_edge> merged;
    for (const auto node : order) {
        const auto f = fail[node];
        auto& row = rows_[node];
        const auto& failed = rows_[f];
        dictionary_[node] = failed.output;
        row.output = pattern_of_[node] != no_pattern ? node : failed.output;
        if (first_child[node] == first_child[node + 1]) {
            row.table_begin = failed.table_begin;
            row.table_end = failed.table_end;
            row.fallback = failed.fallback;
            continue;
        }
        inherited.clear();
        if (f != root) {
            for (auto at = failed.table_begin; at < failed.table_end && table_symbols_[at] != none;
                 ++at) {
                inherited.push_back({table_symbols_[at], table_targets_[at]});
            }
        }
        own.clear();
        for (auto at = first_child[node]; at < first_child[node + 1]; ++at) {
            own.push_back({symbol_[children[at]], children[at]});
        }
        merged.clear();
        if (inherited.size() <= copied_entries) {
            std::set_union(
                own.begin(), own.end(), inherited.begin(), inherited.end(),
                std::back_inserter(merged),
                [](const labelled_edge& a, const labelled_edge& b) { return a.symbol < b.symbol; });
            row.fallback = failed.fallback;
        } else {
            merged.swap(own);
            row.fallback = f;
        }
        const auto begin = table_symbols_.size();
        const auto padded = (merged.size() + group - 1) / group * group;
        table_symbols_.resize(begin + padded, none);
        table_targets_.resize(begin + padded, not_found);
        for (std::size_t i = 0; i < merged.size(); ++i) {
            table_symbols_[begin + i] = merged[i].symbol;
            table_targets_[begin + i] = merged[i].target;
        }
        row.table_begin = static_cast<std::uint32_t>(begin);
        row.table_end = static_cast<std::uint32_t>(begin + padded);
    }
    // The trie is no longer needed: steps use the tables.
    parent_ = {};
    symbol_ = {};
    child_keys_ = {};
    child_states_ = {};
}

std::uint32_t phrase_automaton::bisect(std::uint32_t begin, std::uint32_t end,
                                       std::uint32_t symbol) const noexcept {
    const auto first = table_symbols_.begin() + begin;
    const auto last = table_symbols_.begin() + end;
    const auto at = std::lower_bound(first, last, symbol);
    return at != last && *at == symbol
               ? table_targets_[static_cast<std::size_t>(at - first) + begin]
               : not_found;
}

} // namespace massage_evidence::detail
