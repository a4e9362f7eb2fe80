#pragma once

// The lexicon entry of each folded word a reader has seen, so that the canonical form (spelling
// rules and stemming, the costly part) is worked out once per distinct word rather than once per
// word of text. Short words only (those the tokenizer gives a key), and a bounded table: once it
// is half full, new words are simply not remembered. One per reading thread. Internal to the
// library.

#include "check/lexicon.hpp"
#include "check/tokenizer.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace massage_evidence::detail {

class word_cache {
public:
    /// The cached entry of the word with `key`, or nullptr when it has not been seen.
    [[nodiscard]] const word_entry* find(const word_key& key) const noexcept {
        for (auto at = slot_of(key);; at = (at + 1) & mask) {
            const auto& s = slots_[at];
            if (s.key == key) {
                return &s.entry;
            }
            if (s.key.low == 0) {
                return nullptr; // an empty slot: no word has an empty key
            }
        }
    }

    void remember(const word_key& key, const word_entry& entry) {
        if (2 * (used_ + 1) > slots_.size()) {
            return;
        }
        auto at = slot_of(key);
        while (slots_[at].key.low != 0) {
            at = (at + 1) & mask;
        }
        slots_[at] = {key, entry};
        ++used_;
    }

private:
    // 8192 slots (192 KiB), at most half used: a second probe is a mispredicted branch on the
    // path of every word, and at a quarter full (a long brochure's thousand distinct words) one
    // look-up in eight needed one; at an eighth full, one in twenty-five.
    static constexpr unsigned slot_bits = 13;
    static constexpr std::size_t slot_count = std::size_t{1} << slot_bits;
    static constexpr std::size_t mask = slot_count - 1;
    struct slot {
        word_key key; ///< all zero: empty
        word_entry entry;
    };
    std::vector<slot> slots_ = std::vector<slot>(slot_count);
    std::size_t used_ = 0;

    // One multiplication (Fibonacci hashing, top bits): the look-up is on the path of every
    // word, so its latency counts more than its spread.
    [[nodiscard]] static std::size_t slot_of(const word_key& key) noexcept {
        const auto mixed = (key.low ^ (key.high << 7U) ^ (key.high >> 5U)) * 0x9E3779B97F4A7C15ULL;
        return static_cast<std::size_t>(mixed >> (64U - slot_bits));
    }
};

} // namespace massage_evidence::detail
