#pragma once

// The canonical form of one word, shared by the phrases of the dataset and the text being
// checked, so that both sides meet in the middle: "flushes", "flushing" and "flushed" all become
// "flush"; "fibre" and "fiber" both become "fiber"; "body's" becomes "body". Internal to the
// library (see check.hpp for the design as a whole).

#include <array>
#include <cstddef>
#include <string_view>

namespace massage_evidence::detail {

/// Longest word the checker looks up; longer words are never part of a phrase.
inline constexpr std::size_t max_word_bytes = 48;

/// A word's canonical form, held inline (no allocation per word of text).
class word_form {
public:
    /// Builds the form of `folded`, a word already lower-cased and stripped of accents by the
    /// tokenizer. A word longer than `max_word_bytes` gets an empty form.
    explicit word_form(std::string_view folded) noexcept;

    [[nodiscard]] std::string_view view() const noexcept { return {bytes_.data(), size_}; }

private:
    std::array<char, max_word_bytes> bytes_{};
    std::size_t size_ = 0;

    [[nodiscard]] bool ends_with(std::string_view suffix) const noexcept;
    void replace_once(std::string_view from, std::string_view to) noexcept;
    void american_spelling() noexcept;
    void strip_inflection() noexcept;
};

} // namespace massage_evidence::detail
