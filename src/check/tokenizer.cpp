// The tokenizer of `check`: bytes in, words and structure out, in one forward pass with no
// backtracking beyond a few bytes of look-ahead. It decides what counts as a word character,
// which punctuation ends a sentence (not "e.g." or "Dr."), what a hyphen means (inside a word it
// only separates, so "rest-and-digest" reads as "rest and digest"; standing free it is a dash),
// and what a line starts with. It does not know any phrase or rule of the checker.

#include "check/tokenizer.hpp"

#include "check/unread_text.hpp"
#include "printable.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace massage_evidence::detail {
namespace {

using namespace std::string_view_literals;

// What a code point is to the tokenizer.
enum class glyph : std::uint8_t {
    letter,      // part of a word, kept as it is
    folded,      // a Latin letter with an ASCII base (é -> e, ß -> ss)
    space,       // a space of any width
    ignorable,   // invisible inside words: soft hyphen, joiners, bidi controls, BOM
    apostrophe,  // ’ ‘ ʼ: an apostrophe between letters, else a quote
    hyphen,      // ‐ ‑ −: separates words like '-'
    en_dash,     // – ‒: a hyphen between letters, else a dash
    dash,        // — ―: a clause break
    ellipsis,    // …
    bullet,      // • ◦ ▪ ‣: a list marker at the start of a line
    punctuation, // anything else that is not a word
};

// ASCII renderings of U+00C0..U+00FF; empty for × and ÷, which are not letters.
constexpr std::array<std::string_view, 64> latin1_fold{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

glyph classify(unsigned long cp) noexcept {
    if (cp >= 0xC0 && cp <= 0xFF) {
        return latin1_fold[cp - 0xC0].empty() ? glyph::punctuation : glyph::folded;
    }
    if (cp == 0x152 || cp == 0x153) {
        return glyph::folded; // Œ œ
    }
    if (cp < 0xC0) {
        if (cp == 0xA0) {
            return glyph::space;
        }
        return cp == 0xAD ? glyph::ignorable : glyph::punctuation; // C1 controls, ¡ ... ¿
    }
    switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x02BC:
        return glyph::apostrophe;
    case 0x2010:
    case 0x2011:
    case 0x2212:
        return glyph::hyphen;
    case 0x2012:
    case 0x2013:
        return glyph::en_dash;
    case 0x2014:
    case 0x2015:
        return glyph::dash;
    case 0x2026:
        return glyph::ellipsis;
    case 0x2022:
    case 0x2023:
    case 0x25AA:
    case 0x25E6:
    case 0x2043:
        return glyph::bullet;
    case 0x1680:
    case 0x200B:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return glyph::space;
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:
    case 0x2060:
    case 0x061C:
    case 0xFEFF:
        return glyph::ignorable;
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) {
        return glyph::space;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        return glyph::ignorable;
    }
    // General punctuation, symbols, arrows, shapes, CJK punctuation, emoji and specials.
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
        (cp >= 0xFFF0 && cp <= 0xFFFF) || (cp >= 0x1F000 && cp <= 0x1FAFF)) {
        return glyph::punctuation;
    }
    return glyph::letter;
}

bool is_ascii_alnum(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_ascii_letter(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The same blanks as unread_text.hpp's, so that both find the same fences.
bool is_blank(unsigned char c) noexcept {
    return is_line_blank(static_cast<char>(c));
}

// Words after which a full stop does not end a sentence.
bool is_abbreviation(const word_key& key, std::size_t size) noexcept {
    if (size == 1) {
        return true; // an initial, or the last letter of "e.g."
    }
    // Compared as keys: a full stop follows many words, and this runs for each of them.
    static constexpr std::array abbreviations{
        word_key::of("dr"),   word_key::of("mr"),   word_key::of("mrs"), word_key::of("ms"),
        word_key::of("st"),   word_key::of("vs"),   word_key::of("fig"), word_key::of("approx"),
        word_key::of("incl"), word_key::of("prof"), word_key::of("jr"),  word_key::of("sr"),
        word_key::of("cf"),   word_key::of("al"),   word_key::of("ca"),  word_key::of("mt"),
        word_key::of("dept"), word_key::of("esp")};
    if (size > 8) {
        return false;
    }
    return std::find(abbreviations.begin(), abbreviations.end(), key) != abbreviations.end();
}

} // namespace

text_tokenizer::text_tokenizer(std::string_view text) noexcept : text_tokenizer(text, 0) {}

text_tokenizer::text_tokenizer(std::string_view text, std::size_t line_begin) noexcept
    : text_(text), pos_(line_begin) {
    // A byte-order mark is not text: skip it without counting a column.
    if (line_begin == 0 && text_.starts_with("\xEF\xBB\xBF"sv)) {
        pos_ = 3;
    }
}

void text_tokenizer::push(const text_event& event) noexcept {
    pending_[pending_count_++] = event;
}

text_event text_tokenizer::simple(text_event_kind kind, std::size_t begin,
                                  std::size_t end) const noexcept {
    text_event event;
    event.kind = kind;
    event.begin = begin;
    event.end = end;
    event.line = line_;
    event.column = column_;
    return event;
}

bool text_tokenizer::word_char_at(std::size_t at) const noexcept {
    if (at >= text_.size()) {
        return false;
    }
    const auto c = static_cast<unsigned char>(text_[at]);
    if (c < 0x80) {
        return is_ascii_alnum(c);
    }
    std::size_t p = at;
    const long cp = decode_utf8(text_, p);
    if (cp < 0) {
        return false;
    }
    const auto kind = classify(static_cast<unsigned long>(cp));
    return kind == glyph::letter || kind == glyph::folded;
}

text_event text_tokenizer::next_event() {
    for (;;) {
        if (pending_next_ < pending_count_) {
            return pending_[pending_next_++];
        }
        pending_count_ = 0;
        pending_next_ = 0;
        if (ended_) {
            return simple(text_event_kind::end_of_text, text_.size(), text_.size());
        }
        if (pos_ < unread_end_) {
            skip_unread();
            continue;
        }
        if (pos_ >= text_.size()) {
            if (!at_line_start_) {
                last_content_end_ = text_.size();
                if (last_content_end_ > 0 && text_[last_content_end_ - 1] == '\r') {
                    --last_content_end_;
                }
            }
            if (heading_line_) {
                push(simple(text_event_kind::sentence_end, last_content_end_, last_content_end_));
                heading_line_ = false;
            }
            if (in_paragraph_) {
                push(simple(text_event_kind::paragraph_end, last_content_end_, last_content_end_));
                in_paragraph_ = false;
            }
            push(simple(text_event_kind::end_of_text, text_.size(), text_.size()));
            ended_ = true;
            continue;
        }
        if (at_line_start_) {
            start_line();
            continue;
        }
        // Spaces between words are most of what is not a word: skip them without dispatching.
        while (pos_ < text_.size() && text_[pos_] == ' ') {
            ++pos_;
            ++column_;
        }
        if (pos_ >= text_.size()) {
            continue;
        }
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c == '\n') {
            end_of_line();
            continue;
        }
        if (c < 0x80) {
            if (is_ascii_alnum(c)) {
                text_event word;
                if (read_word(word)) {
                    return word;
                }
                continue;
            }
            read_punctuation(static_cast<char>(c));
            continue;
        }
        if (word_char_at(pos_)) {
            text_event word;
            if (read_word(word)) {
                return word;
            }
            continue;
        }
        read_non_ascii();
    }
}

void text_tokenizer::start_line() {
    if (!opening_.open) {
        opening_ = {true, false, pos_, line_, 0};
        // No full stop on this line follows the word before it, so that word is never an
        // abbreviation here; forgetting it also makes a tokenizer started at this line (see the
        // constructor) read exactly what one started at the top of the text does.
        last_word_size_ = 0;
        last_word_ = {};
        while (pos_ < text_.size() && is_blank(static_cast<unsigned char>(text_[pos_]))) {
            opening_.indent += text_[pos_] == '\t' ? 4 : 1;
            ++pos_;
            ++column_;
        }
        // A code block is not prose, and like a blank line it ends the paragraph before it.
        if (const auto fence = code_fence_at(text_, pos_); fence.opens()) {
            if (in_paragraph_) {
                push(simple(text_event_kind::paragraph_end, last_content_end_, last_content_end_));
                in_paragraph_ = false;
            }
            unread_end_ = code_block_end(text_, pos_, fence);
            opening_.open = false; // the block ends at the start of a line, or of nothing
            return;
        }
    } else {
        while (pos_ < text_.size() && is_blank(static_cast<unsigned char>(text_[pos_]))) {
            ++pos_;
            ++column_;
        }
    }
    // A comment where the line opens is passed over (next_event), and the line goes on after it.
    if (at_comment()) {
        opening_.past_comment = true;
        unread_end_ = comment_end(text_, pos_);
        return;
    }
    // A line that holds only comments is not there at all: it neither continues a paragraph nor
    // ends one, as a Markdown page shows nothing of it.
    if (opening_.past_comment && (pos_ >= text_.size() || text_[pos_] == '\n')) {
        if (pos_ < text_.size()) {
            ++pos_;
            ++line_;
            column_ = 1;
        }
        opening_.open = false;
        return;
    }
    // A line of only "-", "*", "_" or "=" (three or more) and blanks.
    const auto is_rule = [this](std::size_t from) {
        std::size_t count = 0;
        for (std::size_t i = from; i < text_.size() && text_[i] != '\n'; ++i) {
            const char c = text_[i];
            if (c == '-' || c == '*' || c == '_' || c == '=') {
                ++count;
            } else if (!is_blank(static_cast<unsigned char>(text_[i]))) {
                return false;
            }
        }
        return count >= 3;
    };
    opening_.open = false;
    // A blank line, or a rule ("---", "***", "===") that only separates blocks.
    if (pos_ >= text_.size() || text_[pos_] == '\n' || is_rule(pos_)) {
        if (in_paragraph_) {
            push(simple(text_event_kind::paragraph_end, last_content_end_, last_content_end_));
            in_paragraph_ = false;
        }
        while (pos_ < text_.size() && text_[pos_] != '\n') {
            ++pos_;
        }
        if (pos_ < text_.size()) {
            ++pos_;
            ++line_;
            column_ = 1;
        }
        return;
    }
    at_line_start_ = false;
    in_paragraph_ = true;

    const auto skip = [this](std::size_t count) {
        pos_ += count;
        column_ += count;
    };
    const auto skip_blanks = [this] {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) {
            ++pos_;
            ++column_;
        }
    };
    const auto blank_after = [this](std::size_t at) {
        return at >= text_.size() || text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' ||
               text_[at] == '\r';
    };
    // Block quotes are read as the text they quote.
    while (pos_ < text_.size() && text_[pos_] == '>') {
        skip(1);
        skip_blanks();
    }

    // A comment may have carried reading onto a later line: the line starts where it began.
    text_event event = simple(text_event_kind::line_start, opening_.begin, opening_.begin);
    event.line = opening_.line;
    event.block = opening_.indent >= 2 ? line_block::indented : line_block::plain;
    std::size_t hashes = 0;
    while (pos_ + hashes < text_.size() && text_[pos_ + hashes] == '#') {
        ++hashes;
    }
    std::size_t digits = 0;
    while (pos_ + digits < text_.size() && digits < 9 && text_[pos_ + digits] >= '0' &&
           text_[pos_ + digits] <= '9') {
        ++digits;
    }
    std::size_t bullet_end = pos_;
    if (pos_ < text_.size() && static_cast<unsigned char>(text_[pos_]) >= 0x80) {
        std::size_t p = pos_;
        const long cp = decode_utf8(text_, p);
        if (cp >= 0) {
            const auto kind = classify(static_cast<unsigned long>(cp));
            if (kind == glyph::bullet || kind == glyph::en_dash || kind == glyph::dash) {
                bullet_end = p;
            }
        }
    }
    if (hashes >= 1 && hashes <= 6 && blank_after(pos_ + hashes)) {
        event.block = line_block::heading;
        event.level = static_cast<int>(hashes);
        heading_line_ = true;
        skip(hashes);
    } else if (pos_ < text_.size() &&
               (text_[pos_] == '-' || text_[pos_] == '*' || text_[pos_] == '+') &&
               blank_after(pos_ + 1)) {
        event.block = line_block::list_item;
        skip(1);
    } else if (digits > 0 && pos_ + digits < text_.size() &&
               (text_[pos_ + digits] == '.' || text_[pos_ + digits] == ')') &&
               blank_after(pos_ + digits + 1)) {
        event.block = line_block::list_item;
        skip(digits + 1);
    } else if (bullet_end > pos_ && blank_after(bullet_end)) {
        event.block = line_block::list_item;
        pos_ = bullet_end;
        ++column_;
    }
    skip_blanks();
    push(event);
}

void text_tokenizer::end_of_line() {
    last_content_end_ = pos_;
    if (last_content_end_ > 0 && text_[last_content_end_ - 1] == '\r') {
        --last_content_end_;
    }
    if (heading_line_) {
        push(simple(text_event_kind::sentence_end, last_content_end_, last_content_end_));
        heading_line_ = false;
    }
    ++pos_;
    ++line_;
    column_ = 1;
    at_line_start_ = true;
}

void text_tokenizer::append_to_word(std::string_view bytes) noexcept {
    for (const char c : bytes) {
        if (word_size_ < word_.size()) {
            word_[word_size_] = c;
        }
        ++word_size_;
    }
}

bool text_tokenizer::read_word(text_event& out) {
    out = simple(text_event_kind::word, pos_, pos_);
    word_size_ = 0;
    std::size_t end = pos_;
    bool plain = true; // ASCII letters and digits only, so the text itself is the word
    const auto letter_follows = [this](std::size_t at) {
        return at < text_.size() &&
               (is_ascii_letter(static_cast<unsigned char>(text_[at])) ||
                (static_cast<unsigned char>(text_[at]) >= 0x80 && word_char_at(at)));
    };
    while (pos_ < text_.size()) {
        // The common case, a run of ASCII letters and digits, in locals: stores into the word
        // buffer (chars) would otherwise force the members to be reloaded after each one.
        {
            const char* const data = text_.data();
            const std::size_t size = text_.size();
            std::size_t at = pos_;
            std::size_t length = word_size_;
            while (at < size) {
                const auto byte = static_cast<unsigned char>(data[at]);
                const char lower = ascii_word_char[byte];
                if (lower == 0) {
                    break;
                }
                if (length < word_capacity) {
                    word_[length] = lower;
                }
                ++length;
                ++at;
            }
            if (at != pos_) {
                column_ += at - pos_;
                pos_ = at;
                end = at;
                word_size_ = length;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c < 0x80) {
            if (c == '\'' && word_size_ > 0 && letter_follows(pos_ + 1)) {
                plain = false;
                append_to_word("'");
            } else {
                break;
            }
            ++pos_;
            ++column_;
            end = pos_;
            continue;
        }
        std::size_t p = pos_;
        const long cp = decode_utf8(text_, p);
        if (cp < 0) {
            break;
        }
        plain = false;
        const auto kind = classify(static_cast<unsigned long>(cp));
        if (kind == glyph::letter) {
            append_to_word(text_.substr(pos_, p - pos_));
            end = p;
        } else if (kind == glyph::folded) {
            append_to_word(cp >= 0xC0 && cp <= 0xFF
                               ? latin1_fold[static_cast<std::size_t>(cp) - 0xC0]
                               : std::string_view("oe"));
            end = p;
        } else if (kind == glyph::apostrophe && letter_follows(p)) {
            append_to_word("'");
            end = p;
        } else if (kind != glyph::ignorable) {
            break;
        }
        pos_ = p;
        ++column_;
    }
    out.end = end;
    // A word longer than the buffer is passed on as too long for any phrase (and is).
    out.folded = std::string_view(word_.data(), std::min(word_size_, word_.size()));
    if (word_size_ > word_.size()) {
        out.folded = std::string_view(word_.data(), word_.size());
    }
    if (out.end == out.begin) {
        return false; // only invisible characters
    }
    if (word_size_ <= word_key::max_size) {
        out.key = plain ? key_from_text(out.begin, word_size_) : word_key::of(out.folded);
    }
    last_word_ = out.key;
    last_word_size_ = word_size_;
    return true;
}

word_key text_tokenizer::key_from_text(std::size_t begin, std::size_t size) const noexcept {
    // Sixteen bytes straight from the text: loading the text, which is not being written, avoids
    // the store-to-load stall of reading back the word buffer.
    if constexpr (std::endian::native == std::endian::little) {
        if (begin + word_key::max_size <= text_.size()) {
            word_key bytes;
            std::memcpy(&bytes.low, text_.data() + begin, sizeof bytes.low);
            std::memcpy(&bytes.high, text_.data() + begin + sizeof bytes.low, sizeof bytes.high);
            return plain_key(bytes, size);
        }
    }
    return word_key::of(std::string_view(word_.data(), size));
}

bool text_tokenizer::sentence_can_end(std::size_t after) const noexcept {
    if (after >= text_.size()) {
        return true;
    }
    const auto c = static_cast<unsigned char>(text_[after]);
    return is_blank(c) || c == '\n' || text_.substr(after).starts_with("\xC2\xA0"sv);
}

bool text_tokenizer::at_comment() const noexcept {
    return text_.substr(pos_).starts_with(comment_open);
}

// Nothing in a comment or code block is read, but its lines and columns are counted, and a byte
// that is not UTF-8 is reported as anywhere else: the file holds it all the same. Such a byte
// stops the skip, so that each is an event of its own; the next call goes on after it.
void text_tokenizer::skip_unread() {
    while (pos_ < unread_end_) {
        const auto byte = static_cast<unsigned char>(text_[pos_]);
        if (byte < 0x80) {
            ++pos_;
            if (byte == '\n') {
                ++line_;
                column_ = 1;
            } else {
                ++column_;
            }
            continue;
        }
        std::size_t next = pos_;
        if (decode_utf8(text_, next) < 0) {
            push(simple(text_event_kind::invalid_utf8, pos_, pos_ + 1));
            ++pos_;
            ++column_;
            return;
        }
        pos_ = next;
        ++column_;
    }
}

void text_tokenizer::read_punctuation(char c) {
    const std::size_t begin = pos_;
    const auto advance = [this] {
        ++pos_;
        ++column_;
    };
    switch (c) {
    case ' ':
    case '\t':
    case '\r':
    case '\f':
    case '\v':
    case '*': // Markdown emphasis marks carry no meaning here
    case '_':
    case '~':
        advance();
        return;
    case '`': {
        // Inline code is passed over, and no phrase runs across it: the page shows something
        // there, but not prose. Backticks that open none are read as nothing, the run whole.
        if (const auto end = code_span_end(text_, pos_); end != std::string_view::npos) {
            push(simple(text_event_kind::phrase_break, begin, end));
            unread_end_ = end;
            return;
        }
        const auto after = run_end(text_, pos_, '`');
        column_ += after - pos_;
        pos_ = after;
        return;
    }
    case ',':
        advance();
        push(simple(text_event_kind::comma, begin, pos_));
        return;
    case ';':
    case '(':
    case ')':
        advance();
        push(simple(text_event_kind::clause_break, begin, pos_));
        return;
    case '|':
        advance();
        push(simple(text_event_kind::sentence_end, begin, pos_));
        return;
    case '<':
        // A comment reads as a space: the words on either side stay neighbours, as on the page.
        if (at_comment()) {
            unread_end_ = comment_end(text_, pos_);
            return;
        }
        advance();
        push(simple(text_event_kind::phrase_break, begin, pos_));
        return;
    case '\'':
        // The apostrophe of a plural possessive ("muscles' recovery") joins, not breaks.
        advance();
        if (!(begin > 0 && text_[begin - 1] == 's')) {
            push(simple(text_event_kind::phrase_break, begin, pos_));
        }
        return;
    case '&':
        // "rest & digest" reads as "rest and digest".
        if (begin > 0 && text_[begin - 1] == ' ' && begin + 1 < text_.size() &&
            text_[begin + 1] == ' ') {
            text_event word = simple(text_event_kind::word, begin, begin + 1);
            word.folded = "and";
            word.key = word_key::of(word.folded);
            advance();
            push(word);
            return;
        }
        advance();
        push(simple(text_event_kind::phrase_break, begin, pos_));
        return;
    case '-': {
        const bool joins = begin > 0 && word_char_at(begin - 1) && word_char_at(begin + 1);
        const bool free_standing =
            (begin == 0 || is_blank(static_cast<unsigned char>(text_[begin - 1]))) &&
            (begin + 1 >= text_.size() || is_blank(static_cast<unsigned char>(text_[begin + 1])) ||
             text_[begin + 1] == '\n');
        const bool doubled = begin + 1 < text_.size() && text_[begin + 1] == '-';
        while (pos_ < text_.size() && text_[pos_] == '-') {
            advance();
        }
        if (!joins && (free_standing || doubled)) {
            push(simple(text_event_kind::clause_break, begin, pos_));
        }
        return;
    }
    case ':':
        advance();
        if (text_.substr(pos_).starts_with("//"sv)) {
            // A URL: its path is not prose. No URL holds a '<' or '`', where a comment or code
            // may follow it.
            while (pos_ < text_.size() && !is_blank(static_cast<unsigned char>(text_[pos_])) &&
                   text_[pos_] != '\n' && text_[pos_] != ')' && text_[pos_] != '>' &&
                   text_[pos_] != '<' && text_[pos_] != '`') {
                const auto byte = static_cast<unsigned char>(text_[pos_]);
                ++pos_;
                if ((byte & 0xC0) != 0x80) {
                    ++column_;
                }
            }
        }
        push(simple(text_event_kind::phrase_break, begin, pos_));
        return;
    case '.':
    case '!':
    case '?': {
        const bool after_word = begin > 0 && word_char_at(begin - 1);
        std::size_t stops = 0;
        while (pos_ < text_.size()) {
            if (text_[pos_] == '.' || text_[pos_] == '!' || text_[pos_] == '?') {
                advance();
                ++stops;
            } else if (text_.substr(pos_).starts_with("\xE2\x80\xA6"sv)) {
                pos_ += 3;
                ++column_;
                ++stops;
            } else {
                break;
            }
        }
        // Closing quotes, brackets and emphasis belong to the sentence they close; so do
        // backticks, unless they open inline code, which is read (passed over) on its own.
        for (;;) {
            if (pos_ < text_.size() && ")]\"'*_"sv.find(text_[pos_]) != std::string_view::npos) {
                advance();
            } else if (pos_ < text_.size() && text_[pos_] == '`') {
                if (code_span_end(text_, pos_) != std::string_view::npos) {
                    break;
                }
                const auto after = run_end(text_, pos_, '`');
                column_ += after - pos_;
                pos_ = after;
            } else if (text_.substr(pos_).starts_with("\xE2\x80\x99"sv) ||
                       text_.substr(pos_).starts_with("\xE2\x80\x9D"sv)) {
                pos_ += 3;
                ++column_;
            } else if (text_.substr(pos_).starts_with("\xC2\xBB"sv)) {
                pos_ += 2;
                ++column_;
            } else {
                break;
            }
        }
        const bool abbreviation =
            c == '.' && stops == 1 && after_word && is_abbreviation(last_word_, last_word_size_);
        if (!abbreviation && sentence_can_end(pos_)) {
            push(simple(text_event_kind::sentence_end, begin, pos_));
        } else {
            push(simple(text_event_kind::phrase_break, begin, pos_));
        }
        return;
    }
    default:
        advance();
        push(simple(text_event_kind::phrase_break, begin, pos_));
        return;
    }
}

void text_tokenizer::read_non_ascii() {
    const std::size_t begin = pos_;
    std::size_t p = pos_;
    const long cp = decode_utf8(text_, p);
    if (cp < 0) {
        push(simple(text_event_kind::invalid_utf8, begin, begin + 1));
        ++pos_;
        ++column_;
        return;
    }
    switch (classify(static_cast<unsigned long>(cp))) {
    case glyph::space:
    case glyph::ignorable:
    case glyph::hyphen:
        break;
    case glyph::en_dash:
        if (!(begin > 0 && word_char_at(begin - 1) && word_char_at(p))) {
            push(simple(text_event_kind::clause_break, begin, p));
        }
        break;
    case glyph::dash:
        push(simple(text_event_kind::clause_break, begin, p));
        break;
    case glyph::ellipsis:
        // Read like "...": back up so the full-stop logic sees it.
        {
            const auto event = simple(text_event_kind::sentence_end, begin, p);
            pos_ = p;
            ++column_;
            if (sentence_can_end(pos_)) {
                push(event);
            } else {
                push(simple(text_event_kind::phrase_break, begin, p));
            }
            return;
        }
    default:
        push(simple(text_event_kind::phrase_break, begin, p));
        break;
    }
    pos_ = p;
    ++column_;
}

} // namespace massage_evidence::detail
