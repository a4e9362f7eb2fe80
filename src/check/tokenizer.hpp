#pragma once

// One pass over a text, as a stream of events: words (lower-cased, accents folded, typographic
// apostrophes made plain), the punctuation that matters to the checker (commas, clause breaks,
// sentence ends), and the block structure of plain text and Markdown (blank lines, headings, list
// items). HTML comments and fenced code blocks are passed over (unread_text.hpp). Every word
// carries its byte range and its 1-based line and column, counted in code points of the original
// text. Invalid UTF-8 is reported as an event, also in what is passed over, and never stops the
// scan. Internal to the library.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace massage_evidence::detail {

/// A folded word of at most `word_key::max_size` bytes packed into two integers, byte i at bits
/// 8i.. of the pair, zero-padded. Folded words never contain NUL, so different words have
/// different keys. The tokenizer builds it while reading, so that the checker's per-word cache
/// compares two integers instead of reading the word again.
struct word_key {
    static constexpr std::size_t max_size = 16;
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    bool operator==(const word_key&) const = default;

    /// The key of `folded`, which must be at most `max_size` bytes.
    [[nodiscard]] static constexpr word_key of(std::string_view folded) noexcept {
        word_key key;
        for (std::size_t i = 0; i < folded.size() && i < max_size; ++i) {
            const auto byte = static_cast<std::uint64_t>(static_cast<unsigned char>(folded[i]));
            if (i < 8) {
                key.low |= byte << (8 * i);
            } else {
                key.high |= byte << (8 * (i - 8));
            }
        }
        return key;
    }
};

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
    word_key key;            ///< of `folded`, when it is at most `word_key::max_size` bytes
};

/// Splits a text into events. The text must outlive the tokenizer.
class text_tokenizer {
public:
    explicit text_tokenizer(std::string_view text) noexcept;

    /// Reads `text` from `line_begin`: 0 (as above), or the start of a line that follows a blank
    /// line, with lines counted from 1 there. From such a line on it gives the same events as a
    /// tokenizer that started at the top of the text (lines aside), since a blank line ends
    /// everything a tokenizer carries from line to line; so pieces of a text split there can be
    /// read apart. Look-ahead still sees the whole text.
    text_tokenizer(std::string_view text, std::size_t line_begin) noexcept;

    /// Reads the next event into `out`; `end_of_text` for ever after the last. The common case,
    /// spaces and then a short ASCII word, is inline and fills `out` in place (the scanner's
    /// loop keeps one event, so nothing is copied); everything else is in `next_event`.
    void next(text_event& out) {
        if (pending_next_ == pending_count_ && !at_line_start_ && pos_ >= unread_end_) {
            while (pos_ < text_.size() && text_[pos_] == ' ') {
                ++pos_;
                ++column_;
            }
            if (pos_ < text_.size() && ascii_word_char[static_cast<unsigned char>(text_[pos_])] &&
                (read_plain_word(out) || read_word(out))) {
                return;
            }
        }
        out = next_event();
    }

    /// The line being read, counted from 1 where reading started: the line of `position()`.
    [[nodiscard]] std::size_t line() const noexcept { return line_; }

    /// The byte reading has reached, which may be past the events given so far (a comment or
    /// code block, or events waiting to be given, lie between).
    [[nodiscard]] std::size_t position() const noexcept { return pos_; }

    /// The next event, by value (for callers outside the hot loop).
    text_event next() {
        text_event event;
        next(event);
        return event;
    }

private:
    // For each byte: its lower-case form if it is an ASCII letter or digit, else 0.
    static constexpr std::array<char, 256> ascii_word_char = [] {
        std::array<char, 256> table{};
        for (int c = '0'; c <= '9'; ++c) {
            table[static_cast<std::size_t>(c)] = static_cast<char>(c);
        }
        for (int c = 'a'; c <= 'z'; ++c) {
            table[static_cast<std::size_t>(c)] = static_cast<char>(c);
            table[static_cast<std::size_t>(c - 'a' + 'A')] = static_cast<char>(c);
        }
        return table;
    }();

    // The fast path of `read_word`: a word of fewer than `word_key::max_size` ASCII letters and
    // digits that ends in plain ASCII, with sixteen bytes of text left. Sixteen bytes are loaded
    // at once, and which of them are letters or digits is worked out eight bytes at a time with
    // no branch per byte (so no misprediction at the end of every word). The same bytes,
    // lower-cased by setting bit 5 (set already in every digit) and cut to the word, are its key
    // and its folded form. Anything else (an apostrophe, an accent, a long word) returns false
    // and goes the general way.
    bool read_plain_word(text_event& out) noexcept {
        if constexpr (std::endian::native != std::endian::little) {
            return false;
        }
        const char* const data = text_.data();
        if (text_.size() - pos_ < word_key::max_size) {
            return false;
        }
        word_key key;
        std::memcpy(&key.low, data + pos_, sizeof key.low);
        std::memcpy(&key.high, data + pos_ + sizeof key.low, sizeof key.high);
        std::size_t length = 0;
        if (const auto ends = not_word_bytes(key.low); ends != 0) {
            length = static_cast<std::size_t>(std::countr_zero(ends)) / 8;
        } else if (const auto ends_high = not_word_bytes(key.high); ends_high != 0) {
            length = 8 + static_cast<std::size_t>(std::countr_zero(ends_high)) / 8;
        } else {
            return false;
        }
        const auto after = static_cast<unsigned char>(data[pos_ + length]);
        if (after == '\'' || after >= 0x80) {
            return false;
        }
        key = plain_key(key, length);
        std::memcpy(word_.data(), &key.low, sizeof key.low);
        std::memcpy(word_.data() + sizeof key.low, &key.high, sizeof key.high);
        out.kind = text_event_kind::word;
        out.begin = pos_;
        out.end = pos_ + length;
        out.line = line_;
        out.column = column_;
        out.folded = std::string_view(word_.data(), length);
        out.key = key;
        word_size_ = length;
        last_word_ = key;
        last_word_size_ = length;
        column_ += length;
        pos_ += length;
        return true;
    }

    // `bytes`, the sixteen bytes at a word of `size` ASCII letters and digits, as the word's key:
    // lower-cased by setting bit 5 (set already in every digit) and cut to `size` bytes.
    static constexpr word_key plain_key(word_key bytes, std::size_t size) noexcept {
        constexpr std::uint64_t lower = 0x2020202020202020ULL;
        const auto first = [](std::size_t count) {
            return count >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * count)) - 1;
        };
        bytes.low = (bytes.low | lower) & first(size);
        bytes.high = size > 8 ? (bytes.high | lower) & first(size - 8) : 0;
        return bytes;
    }

    // The high bit of each byte of `bytes` that is not an ASCII letter or digit. Each range test
    // adds a constant to the low seven bits of every byte: no byte carries into the next, and
    // the high bit of the sum says whether the byte passed the bound.
    static constexpr std::uint64_t not_word_bytes(std::uint64_t bytes) noexcept {
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t high = 0x80 * ones;
        const std::uint64_t low7 = bytes & ~high;
        const auto at_least = [](std::uint64_t v, std::uint64_t bound) {
            return (v + (0x80 - bound) * ones) & high;
        };
        const auto above = [](std::uint64_t v, std::uint64_t bound) {
            return (v + (0x7F - bound) * ones) & high;
        };
        const std::uint64_t digit = at_least(low7, '0') & ~above(low7, '9');
        const std::uint64_t folded = low7 | (0x20 * ones);
        const std::uint64_t letter = at_least(folded, 'a') & ~above(folded, 'z');
        const std::uint64_t ascii = ~bytes & high;
        return ~((digit | letter) & ascii) & high;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1; ///< column of the code point at pos_
    bool at_line_start_ = true;
    bool line_has_content_ = false;
    bool in_paragraph_ = false;
    bool heading_line_ = false; ///< the current line is a heading: its end ends a sentence
    bool ended_ = false;
    std::size_t unread_end_ = 0; ///< reading passes over a comment or code block up to here
    // What `start_line` has found where the current line opens, kept while a comment there is
    // passed over: where the line began, on which line, its indent, and whether it opened with
    // a comment.
    struct line_opening {
        bool open = false;
        bool past_comment = false;
        std::size_t begin = 0;
        std::size_t line = 0;
        std::size_t indent = 0;
    };
    line_opening opening_;
    std::size_t last_content_end_ = 0; ///< end of the last non-blank line
    // The word being read, folded, in a fixed buffer (a longer word keeps only its start and is
    // marked too long by a length past the buffer), and the key and size of the word before it,
    // for abbreviations.
    static constexpr std::size_t word_capacity = 64;
    std::array<char, word_capacity> word_{};
    std::size_t word_size_ = 0;
    word_key last_word_;
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
    [[nodiscard]] bool at_comment() const noexcept;
    void skip_unread();
    [[nodiscard]] word_key key_from_text(std::size_t begin, std::size_t size) const noexcept;
    [[nodiscard]] bool sentence_can_end(std::size_t after) const noexcept;
    [[nodiscard]] bool word_char_at(std::size_t at) const noexcept;
    [[nodiscard]] text_event simple(text_event_kind kind, std::size_t begin,
                                    std::size_t end) const noexcept;
};

} // namespace massage_evidence::detail
