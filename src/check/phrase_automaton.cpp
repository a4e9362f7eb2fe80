// See phrase_automaton.hpp. The trie is built with per-state edge lists; `build` then works out
// failure links breadth first, folds them into each state's table, and flattens the tables into
// two arrays, with the root's edges in a dense array because nearly every phrase starts there.

#include "check/phrase_automaton.hpp"

#include <algorithm>
#include <iterator>

namespace massage_evidence::detail {

namespace {

// Where `symbol` leads from a state of the trie being built, if it has that edge.
template <class Edges>
std::uint32_t trie_edge(const Edges& edges, std::uint32_t symbol, std::uint32_t missing) {
    const auto at = std::lower_bound(edges.begin(), edges.end(), symbol,
                                     [](const auto& e, std::uint32_t s) { return e.symbol < s; });
    return at != edges.end() && at->symbol == symbol ? at->target : missing;
}

} // namespace

phrase_automaton::phrase_automaton() : building_(1), pattern_of_(1, no_pattern) {}

std::uint32_t phrase_automaton::add(const std::vector<std::uint32_t>& symbols) {
    std::uint32_t node = root;
    for (const auto symbol : symbols) {
        auto& list = building_[node];
        const auto at =
            std::lower_bound(list.begin(), list.end(), symbol,
                             [](const labelled_edge& e, std::uint32_t s) { return e.symbol < s; });
        if (at != list.end() && at->symbol == symbol) {
            node = at->target;
            continue;
        }
        const auto created = static_cast<std::uint32_t>(building_.size());
        list.insert(at, labelled_edge{symbol, created});
        building_.emplace_back();
        pattern_of_.push_back(no_pattern);
        node = created;
    }
    if (pattern_of_[node] == no_pattern) {
        pattern_of_[node] = static_cast<std::uint32_t>(lengths_.size());
        lengths_.push_back(static_cast<std::uint32_t>(symbols.size()));
    }
    return pattern_of_[node];
}

void phrase_automaton::build() {
    const auto states = building_.size();
    std::uint32_t largest_symbol = 0;
    for (const auto& edges : building_) {
        for (const auto& e : edges) {
            largest_symbol = std::max(largest_symbol, e.symbol);
        }
    }
    root_next_.assign(static_cast<std::size_t>(largest_symbol) + 1, root);
    for (const auto& e : building_[root]) {
        root_next_[e.symbol] = e.target;
    }

    // Failure links, breadth first, so that a state's failure target is finished before it.
    // `order` is the queue and, once read through, the order.
    std::vector<std::uint32_t> fail(states, root);
    std::vector<std::uint32_t> order;
    order.reserve(states);
    for (const auto& e : building_[root]) {
        order.push_back(e.target);
    }
    for (std::size_t next = 0; next < order.size(); ++next) {
        const auto node = order[next];
        for (const auto& [symbol, child] : building_[node]) {
            std::uint32_t f = fail[node];
            std::uint32_t target = none;
            while (f != root && (target = trie_edge(building_[f], symbol, none)) == none) {
                f = fail[f];
            }
            if (f == root) {
                target = root_next_[symbol];
            }
            fail[child] = target == child ? root : target;
            order.push_back(child);
        }
    }

    // Outputs, and each state's table: its own edges, then those of its failure target's table
    // that it does not have (so the nearest state wins), unless that table is too long to copy.
    // Tables are laid out in breadth-first order, so a failure target's is always there to copy.
    rows_.assign(states, state_row{0, 0, root, root});
    dictionary_.assign(states, root);
    table_symbols_.reserve(states * group);
    table_targets_.reserve(states * group);
    table_symbols_.assign(group, none); // the root's table: empty
    table_targets_.assign(group, not_found);
    rows_[root] = {0, group, root, root};
    std::vector<labelled_edge> inherited; // reused: the failure target's table, unpadded
    std::vector<labelled_edge> merged;
    for (const auto node : order) {
        const auto f = fail[node];
        auto& row = rows_[node];
        dictionary_[node] = rows_[f].output;
        row.output = pattern_of_[node] != no_pattern ? node : rows_[f].output;
        inherited.clear();
        if (f != root) {
            const auto& from = rows_[f];
            for (auto at = from.table_begin; at < from.table_end && table_symbols_[at] != none;
                 ++at) {
                inherited.push_back({table_symbols_[at], table_targets_[at]});
            }
        }
        const auto& own = building_[node];
        merged.clear();
        if (inherited.size() <= copied_entries) {
            std::set_union(
                own.begin(), own.end(), inherited.begin(), inherited.end(),
                std::back_inserter(merged),
                [](const labelled_edge& a, const labelled_edge& b) { return a.symbol < b.symbol; });
            row.fallback = rows_[f].fallback;
        } else {
            merged = own;
            row.fallback = f;
        }
        const auto begin = table_symbols_.size();
        const auto padded = std::max<std::size_t>(1, (merged.size() + group - 1) / group) * group;
        table_symbols_.resize(begin + padded, none);
        table_targets_.resize(begin + padded, not_found);
        for (std::size_t i = 0; i < merged.size(); ++i) {
            table_symbols_[begin + i] = merged[i].symbol;
            table_targets_[begin + i] = merged[i].target;
        }
        row.table_begin = static_cast<std::uint32_t>(begin);
        row.table_end = static_cast<std::uint32_t>(begin + padded);
    }
    building_.clear();
    building_.shrink_to_fit();
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
