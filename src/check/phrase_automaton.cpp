// See phrase_automaton.hpp. The trie is built with per-node edge lists, then flattened into one
// sorted array (most nodes have a single edge, so a short scan beats a hash), with the root's
// edges also in a dense array because nearly every phrase match starts there.

#include "check/phrase_automaton.hpp"

#include <algorithm>
#include <deque>

namespace massage_evidence::detail {

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
    const auto nodes = building_.size();
    first_edge_.assign(nodes + 1, 0);
    edges_.clear();
    std::uint32_t largest_symbol = 0;
    for (std::size_t n = 0; n < nodes; ++n) {
        first_edge_[n] = static_cast<std::uint32_t>(edges_.size());
        for (const auto& e : building_[n]) {
            edges_.push_back(e);
            largest_symbol = std::max(largest_symbol, e.symbol);
        }
    }
    first_edge_[nodes] = static_cast<std::uint32_t>(edges_.size());
    root_next_.assign(static_cast<std::size_t>(largest_symbol) + 1, root);
    for (const auto& e : building_[root]) {
        root_next_[e.symbol] = e.target;
    }
    building_.clear();
    building_.shrink_to_fit();

    // Breadth-first, so that a node's failure target is finished before the node.
    fail_.assign(nodes, root);
    dictionary_.assign(nodes, root);
    std::deque<std::uint32_t> queue;
    for (auto i = first_edge_[root]; i < first_edge_[root + 1]; ++i) {
        queue.push_back(edges_[i].target);
    }
    while (!queue.empty()) {
        const auto node = queue.front();
        queue.pop_front();
        for (auto i = first_edge_[node]; i < first_edge_[node + 1]; ++i) {
            const auto [symbol, child] = edges_[i];
            std::uint32_t f = fail_[node];
            std::uint32_t target = none;
            for (;;) {
                target = f == root ? (symbol < root_next_.size() ? root_next_[symbol] : root)
                                   : edge(f, symbol);
                if (target != none || f == root) {
                    break;
                }
                f = fail_[f];
            }
            fail_[child] = (target == none || target == child) ? root : target;
            const auto suffix = fail_[child];
            dictionary_[child] = pattern_of_[suffix] != no_pattern ? suffix : dictionary_[suffix];
            queue.push_back(child);
        }
    }
}

} // namespace massage_evidence::detail
