#pragma once

// The word table of `check`: every canonical word form that matters (a word of some phrase, or a
// cue such as "massage", "pain" or "not") with its phrase symbol and cue flags. One look-up per
// word of text answers both "can this word continue a phrase?" and "what does it tell about the
// context?". An open-addressing hash table over a string pool: no allocation per look-up.
// Internal to the library.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// Cue flags: what a word (or a multi-word cue) says about the sentence around a phrase.
namespace cue {
inline constexpr std::uint16_t massage = 1U << 0U;      ///< massage or hands-on therapy
inline constexpr std::uint16_t body = 1U << 1U;         ///< pain, muscles, the sore body
inline constexpr std::uint16_t anchor = 1U << 2U;       ///< a health term: makes a phrase specific
inline constexpr std::uint16_t negation = 1U << 3U;     ///< not, never, doesn't, no
inline constexpr std::uint16_t not_negating = 1U << 4U; ///< "only", "more": "not only", "no more"
inline constexpr std::uint16_t sceptic = 1U << 5U;      ///< myth, misconception, debunked
inline constexpr std::uint16_t affirming = 1U << 6U;    ///< true, proven: "is not true"
inline constexpr std::uint16_t contrast = 1U << 7U;     ///< but, however: starts a new clause
inline constexpr std::uint16_t subordinator = 1U << 8U; ///< if, when: clause ends at a comma
inline constexpr std::uint16_t figurative = 1U << 9U;   ///< kale, figures: "massage the kale"
inline constexpr std::uint16_t transparent = 1U << 10U; ///< the, your: phrases read through them
inline constexpr std::uint16_t idiom = 1U << 11U; ///< "tied up in knots": blocks the phrases inside
inline constexpr std::uint16_t anaphor = 1U << 12U; ///< this, that, it: "That idea is unproven."
inline constexpr std::uint16_t conjunction = 1U << 13U; ///< and, or: "reduces stress and anxiety"
inline constexpr std::uint16_t auxiliary = 1U << 14U;   ///< does, can, is: opens a yes/no question
} // namespace cue

/// What the table knows of a word: its phrase symbol (0: in no phrase) and its cue flags.
struct word_entry {
    std::uint32_t symbol = 0;
    std::uint16_t cues = 0;
};

class lexicon {
public:
    lexicon();

    /// The entry of a canonical form, created empty if absent.
    word_entry& insert(std::string_view form);
    /// The entry of a canonical form, or nullptr.
    [[nodiscard]] const word_entry* find(std::string_view form) const noexcept;
    /// Number of forms held.
    [[nodiscard]] std::size_t size() const noexcept { return used_; }

private:
    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t key_offset = 0;
        std::uint32_t key_size = 0;
        bool used = false;
        word_entry entry;
    };
    std::vector<slot> slots_;
    std::string pool_;
    std::size_t used_ = 0;

    [[nodiscard]] std::size_t position(std::string_view form, std::uint64_t hash) const noexcept;
    void grow();
};

} // namespace massage_evidence::detail
