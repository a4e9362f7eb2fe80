#pragma once

// One pass over a text, as a stream of events: words (lower-cased, accents folded, typographic
// apostrophes made plain), the punctuation that matters to the checker (commas, clause breaks,
// sentence ends), and the block structure of plain text and Markdown (blank lines, headings, list
// items). Every word carries its byte range and its 1-based line and column, counted in code
// points of the original text. Invalid UTF-8 is reported as an event and never stops the scan.
// Internal to the library.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace massage_evidence::detail {

enum class text_event_kind : std::uint8_t {
    word,          ///< `begin`..`end`, `line`, `column`, `folded`
    phrase_break,  ///< punctuation no phrase crosses: quotes, brackets, slashes, colons
    comma,         ///< a comma (also a phrase break)
    clause_break,  ///< ";", parentheses, a free-standing dash (also a phrase break)
    sentence_end,  ///< ". ! ? …" before a space, a table cell bar; `end` is after the punctuation
    line_start,    ///< a non-blank line begins at `begin`; `block` says what kind of line
    paragraph_end, ///< a blank line or the end of the text; `begin` is the end of the last line
    invalid_utf8,  ///< the byte at `begin` is not UTF-8 (at `line`, `column`)
    end_of_text,
};

/// What a non-blank line starts with.
enum class line_block : std::uint8_t {
    plain,     ///< ordinary text at the left margin
    indented,  ///< ordinary text indented by two or more columns (continues a list item)
    heading,   ///< "# ..." to "###### ..."; `level` says which
    list_item, ///< "- ", "* ", "+ ", "1. ", "1) ", "• "
};

struct text_event {
    text_event_kind kind = text_event_kind::end_of_text;
    line_block block = line_block::plain;
    int level = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string_view folded; ///< valid until the next call to `next`
};

/// Splits a text into events. The text must outlive the tokenizer.
class text_tokenizer {
public:
    explicit text_tokenizer(std::string_view text) noexcept;

    /// The next event; `end_of_text` for ever after the last. The common case, spaces and then
    /// an ASCII word, is inline; everything else is in `next_event`.
    text_event next() {
        if (pending_next_ == pending_count_ && !at_line_start_) {
            while (pos_ < text_.size() && text_[pos_] == ' ') {
                ++pos_;
                ++column_;
            }
            if (pos_ < text_.size()) {
                const auto c = static_cast<unsigned char>(text_[pos_]);
                text_event word;
                if (c < 0x80 && ascii_word_char[c] != 0 && read_word(word)) {
                    return word;
                }
            }
        }
        return next_event();
    }

private:
    // For each ASCII byte: its lower-case form if it is a letter or digit, else 0.
    static constexpr std::array<char, 128> ascii_word_char = [] {
        std::array<char, 128> table{};
        for (int c = '0'; c <= '9'; ++c) {
            table[static_cast<std::size_t>(c)] = static_cast<char>(c);
        }
        for (int c = 'a'; c <= 'z'; ++c) {
            table[static_cast<std::size_t>(c)] = static_cast<char>(c);
            table[static_cast<std::size_t>(c - 'a' + 'A')] = static_cast<char>(c);
        }
        return table;
    }();

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1; ///< column of the code point at pos_
    bool at_line_start_ = true;
    bool line_has_content_ = false;
    bool in_paragraph_ = false;
    bool heading_line_ = false; ///< the current line is a heading: its end ends a sentence
    bool ended_ = false;
    std::size_t last_content_end_ = 0; ///< end of the last non-blank line
    // The word being read, folded, in a fixed buffer (a longer word keeps only its start and is
    // marked too long by a length past the buffer), and the word before it, for abbreviations.
    static constexpr std::size_t word_capacity = 64;
    std::array<char, word_capacity> word_{};
    std::size_t word_size_ = 0;
    std::array<char, 8> last_word_{};
    std::size_t last_word_size_ = 0;

    // Events found together (a blank line then a heading) wait here, in order.
    std::array<text_event, 4> pending_{};
    std::size_t pending_count_ = 0;
    std::size_t pending_next_ = 0;

    text_event next_event();
    void push(const text_event& event) noexcept;
    void start_line();
    void end_of_line();
    bool read_word(text_event& out);
    void append_to_word(std::string_view bytes) noexcept;
    void read_punctuation(char c);
    void read_non_ascii();
    [[nodiscard]] bool sentence_can_end(std::size_t after) const noexcept;
    [[nodiscard]] bool word_char_at(std::size_t at) const noexcept;
    [[nodiscard]] text_event simple(text_event_kind kind, std::size_t begin,
                                    std::size_t end) const noexcept;
};

} // namespace massage_evidence::detail
