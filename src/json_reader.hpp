#pragma once

// A fast, strict JSON reader that turns a document into SAX events: the loader's fast path.
//
// nlohmann's SAX parser costs about 60 instructions per byte (it copies every character twice and
// counts lines as it goes), which alone is most of the time to load a large dataset. This reader
// scans strings a run of plain bytes at a time and hands them over as views, without copying when
// a string has no escape and lies within one chunk of input.
//
// It reads the language nlohmann reads (RFC 8259 with nlohmann's UTF-8 rules, a leading
// byte-order mark, and a NUL byte ending the text after the value) and emits the same events,
// but declines two kinds of document: those with a syntax error, and those with a number that is
// not a 64-bit integer (which no dataset field accepts). It does not explain either: it returns
// false, and the caller parses the text again with nlohmann, whose diagnostics are the
// contract. Nesting is tracked with one bit per level, not recursion. Internal to the library;
// tests/unit/json_reader_test.cpp checks it against nlohmann event by event.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace massage_evidence::detail {

/// A whole text in memory, as a source for `read_json`.
class memory_source {
public:
    explicit memory_source(std::string_view text) noexcept : text_(text) {}
    /// Sets [next, end) to the next bytes; false when there are none.
    bool refill(const char*& next, const char*& end) noexcept {
        if (given_) {
            return false;
        }
        given_ = true;
        next = text_.data();
        end = text_.data() + text_.size();
        return !text_.empty();
    }

private:
    std::string_view text_;
    bool given_ = false;
};

namespace json_reader_detail {

// Bytes a string may hold as they are: printable ASCII other than the quote and the backslash.
constexpr std::array<bool, 256> plain_string_bytes = [] {
    std::array<bool, 256> plain{};
    for (std::size_t c = 0x20; c < 0x80; ++c) {
        plain[c] = c != '"' && c != '\\';
    }
    return plain;
}();

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The first byte in [p, end) that is not plain string text (or end). Strings are most of a
// dataset's bytes, so with SSE2 (every x86-64) this looks at 16 bytes per step: a byte is
// special when it is a quote, a backslash, or below 0x20 as a signed byte, which catches control
// characters and every non-ASCII byte at once.
inline const char* skip_plain_text(const char* p, const char* end) noexcept {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(' ');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
            _mm_cmplt_epi8(bytes, space));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
        if (mask != 0) {
            return p + std::countr_zero(mask);
        }
        p += 16;
    }
#endif
    while (p != end && plain_string_bytes[static_cast<unsigned char>(*p)]) {
        ++p;
    }
    return p;
}

// The first byte in [p, end) that is not white space (or end). Indentation comes in runs, so
// runs longer than one byte are skipped 16 bytes at a time.
inline const char* skip_white_space(const char* p, const char* end) noexcept {
    if (p == end || !is_space(*p)) {
        return p;
    }
    ++p;
#if defined(__SSE2__)
    const __m128i blank = _mm_set1_epi8(' ');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i carriage_return = _mm_set1_epi8('\r');
    const __m128i tab = _mm_set1_epi8('\t');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i space = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, blank), _mm_cmpeq_epi8(bytes, newline)),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, carriage_return), _mm_cmpeq_epi8(bytes, tab)));
        const auto mask = ~static_cast<unsigned>(_mm_movemask_epi8(space)) & 0xFFFFU;
        if (mask != 0) {
            return p + std::countr_zero(mask);
        }
        p += 16;
    }
#endif
    while (p != end && is_space(*p)) {
        ++p;
    }
    return p;
}

// The continuation byte ranges after a UTF-8 lead byte, as nlohmann checks them (RFC 3629): the
// number of continuation bytes, and the range of the first one (the rest are 0x80-0xBF).
struct utf8_lead {
    std::uint8_t continuation = 0; // 0: not a valid lead byte
    std::uint8_t first_low = 0x80;
    std::uint8_t first_high = 0xBF;
};

constexpr utf8_lead utf8_lead_of(unsigned char c) noexcept {
    if (c >= 0xC2 && c <= 0xDF) {
        return {1, 0x80, 0xBF};
    }
    if (c == 0xE0) {
        return {2, 0xA0, 0xBF};
    }
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
        return {2, 0x80, 0xBF};
    }
    if (c == 0xED) {
        return {2, 0x80, 0x9F};
    }
    if (c == 0xF0) {
        return {3, 0x90, 0xBF};
    }
    if (c >= 0xF1 && c <= 0xF3) {
        return {3, 0x80, 0xBF};
    }
    if (c == 0xF4) {
        return {3, 0x80, 0x8F};
    }
    return {};
}

constexpr int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// The containers open around the reader, innermost last: one bit per level (set for an object),
// so hostile nesting costs a bit per byte of input and no recursion.
class open_containers {
public:
    [[nodiscard]] bool empty() const noexcept { return depth_ == 0; }
    [[nodiscard]] bool innermost_is_object() const noexcept {
        const auto level = depth_ - 1;
        return ((words_[level / 64] >> (level % 64)) & 1U) != 0;
    }
    void push(bool object) {
        if (depth_ / 64 == words_.size()) {
            words_.push_back(0);
        }
        const auto bit = std::uint64_t{1} << (depth_ % 64);
        auto& word = words_[depth_ / 64];
        word = object ? (word | bit) : (word & ~bit);
        ++depth_;
    }
    void pop() noexcept { --depth_; }

private:
    std::vector<std::uint64_t> words_;
    std::size_t depth_ = 0;
};

} // namespace json_reader_detail

/// Reads one JSON document from `source` and calls, in document order, the `handler`'s
/// `start_object()`, `end_object()`, `start_array()`, `end_array()`, `key(std::string_view)`,
/// `string(std::string_view)`, `number_integer(std::int64_t)` (negative numbers),
/// `number_unsigned(std::uint64_t)`, `boolean(bool)` and `null()`, each returning false to stop.
/// Views are valid only during the call. Returns true when the whole document was read; false
/// on a syntax error, a number with a fraction, an exponent or beyond 64 bits, or when the
/// handler stopped: then events already sent describe a prefix of the document only.
///
/// `Source` has `bool refill(const char*& next, const char*& end)`, giving the next bytes.
template <class Source, class Handler>
class json_reader {
public:
    json_reader(Source& source, Handler& handler) : source_(source), handler_(handler) {}

    [[nodiscard]] bool read() {
        if (!skip_byte_order_mark() || !skip_space() || !value()) {
            return false;
        }
        while (!open_.empty()) {
            if (!skip_space()) {
                return false;
            }
            const bool object = open_.innermost_is_object();
            const char close = object ? '}' : ']';
            char c = *next_;
            if (fresh_) {
                fresh_ = false;
                if (c == close) {
                    ++next_;
                    if (!end_container(object)) {
                        return false;
                    }
                    continue;
                }
            } else if (c == close) {
                ++next_;
                if (!end_container(object)) {
                    return false;
                }
                continue;
            } else if (c == ',') {
                ++next_;
                if (!skip_space()) {
                    return false;
                }
                c = *next_;
            } else {
                return false;
            }
            if (object) {
                if (c != '"') {
                    return false;
                }
                ++next_;
                if (!string_body() || !handler_.key(text_)) {
                    return false;
                }
                if (!skip_space() || *next_ != ':') {
                    return false;
                }
                ++next_;
                if (!skip_space()) {
                    return false;
                }
            }
            if (!value()) {
                return false;
            }
        }
        // After the value only white space may follow. A NUL byte ends nlohmann's input but is
        // not JSON, so the document is declined and the loader's fallback reports the NUL.
        return !skip_space();
    }

private:
    Source& source_;
    Handler& handler_;
    const char* next_ = nullptr;
    const char* end_ = nullptr;
    json_reader_detail::open_containers open_;
    bool fresh_ = false;    // the innermost container was just opened
    std::string scratch_;   // a string's text when it cannot be a view of the input
    std::string_view text_; // the last string or key read

    // True when there is a byte at next_, reading more input if needed.
    bool more() {
        while (next_ == end_) {
            if (!source_.refill(next_, end_)) {
                return false;
            }
        }
        return true;
    }

    // Skips white space; true when a byte follows.
    bool skip_space() {
        for (;;) {
            next_ = json_reader_detail::skip_white_space(next_, end_);
            if (next_ != end_) {
                return true;
            }
            if (!more()) {
                return false;
            }
        }
    }

    // The next byte, consumed; false at the end of input.
    bool take(unsigned char& c) {
        if (!more()) {
            return false;
        }
        c = static_cast<unsigned char>(*next_++);
        return true;
    }

    bool skip_byte_order_mark() {
        if (!more() || static_cast<unsigned char>(*next_) != 0xEF) {
            return true;
        }
        ++next_;
        unsigned char c = 0;
        return take(c) && c == 0xBB && take(c) && c == 0xBF;
    }

    bool end_container(bool object) {
        open_.pop();
        return object ? handler_.end_object() : handler_.end_array();
    }

    // A value starting at next_ (which is not white space). Containers are opened here and
    // closed by the loop in read().
    bool value() {
        switch (*next_) {
        case '{':
            ++next_;
            open_.push(true);
            fresh_ = true;
            return handler_.start_object();
        case '[':
            ++next_;
            open_.push(false);
            fresh_ = true;
            return handler_.start_array();
        case '"':
            ++next_;
            return string_body() && handler_.string(text_);
        case 't':
            return literal("true") && handler_.boolean(true);
        case 'f':
            return literal("false") && handler_.boolean(false);
        case 'n':
            return literal("null") && handler_.null();
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            return number();
        default:
            return false;
        }
    }

    bool literal(std::string_view word) {
        for (const char expected : word) {
            if (!more() || *next_ != expected) {
                return false;
            }
            ++next_;
        }
        return true;
    }

    // Integers only: anything with a fraction or an exponent, or beyond 64 bits, is left to the
    // reference parser (the loader has no use for it but to report it).
    bool number() {
        const bool negative = *next_ == '-';
        if (negative) {
            ++next_;
        }
        unsigned char c = 0;
        if (!take(c) || c < '0' || c > '9') {
            return false;
        }
        std::uint64_t magnitude = c - '0';
        if (c != '0') {
            while (more() && *next_ >= '0' && *next_ <= '9') {
                const auto digit = static_cast<std::uint64_t>(*next_ - '0');
                if (magnitude > (UINT64_MAX - digit) / 10) {
                    return false;
                }
                magnitude = magnitude * 10 + digit;
                ++next_;
            }
        }
        if (more() && (*next_ == '.' || *next_ == 'e' || *next_ == 'E')) {
            return false;
        }
        if (!negative) {
            return handler_.number_unsigned(magnitude);
        }
        constexpr auto most_negative = static_cast<std::uint64_t>(INT64_MAX) + 1;
        if (magnitude > most_negative) {
            return false;
        }
        const auto value =
            magnitude == most_negative ? INT64_MIN : -static_cast<std::int64_t>(magnitude);
        return handler_.number_integer(value);
    }

    // The rest of a string after its opening quote; sets text_. A string without escapes that
    // lies within one chunk of input is a view of the input; any other is built in scratch_.
    bool string_body() {
        scratch_.clear();
        bool built = false;
        const char* run = next_;
        for (;;) {
            next_ = json_reader_detail::skip_plain_text(next_, end_);
            if (next_ == end_) {
                scratch_.append(run, next_);
                built = true;
                if (!more()) {
                    return false;
                }
                run = next_;
                continue;
            }
            const auto c = static_cast<unsigned char>(*next_);
            if (c == '"') {
                if (built) {
                    scratch_.append(run, next_);
                    text_ = scratch_;
                } else {
                    text_ = std::string_view(run, static_cast<std::size_t>(next_ - run));
                }
                ++next_;
                return true;
            }
            if (c == '\\') {
                scratch_.append(run, next_);
                built = true;
                ++next_;
                if (!escape()) {
                    return false;
                }
                run = next_;
                continue;
            }
            const auto lead = json_reader_detail::utf8_lead_of(c);
            if (lead.continuation == 0) {
                return false; // a control character, or not UTF-8
            }
            if (end_ - next_ > lead.continuation) {
                // The whole sequence is in this chunk: check it in place.
                if (!utf8_tail(lead, next_ + 1)) {
                    return false;
                }
                next_ += 1 + lead.continuation;
                continue;
            }
            // The sequence crosses into the next chunk.
            scratch_.append(run, next_);
            built = true;
            if (!split_utf8(lead)) {
                return false;
            }
            run = next_;
        }
    }

    static bool utf8_tail(json_reader_detail::utf8_lead lead, const char* tail) noexcept {
        const auto first = static_cast<unsigned char>(tail[0]);
        if (first < lead.first_low || first > lead.first_high) {
            return false;
        }
        for (std::size_t i = 1; i < lead.continuation; ++i) {
            const auto c = static_cast<unsigned char>(tail[i]);
            if (c < 0x80 || c > 0xBF) {
                return false;
            }
        }
        return true;
    }

    // A UTF-8 sequence read byte by byte across chunks, appended to scratch_.
    bool split_utf8(json_reader_detail::utf8_lead lead) {
        scratch_ += *next_++;
        for (std::size_t i = 0; i < lead.continuation; ++i) {
            unsigned char c = 0;
            if (!take(c)) {
                return false;
            }
            const auto low = i == 0 ? lead.first_low : std::uint8_t{0x80};
            const auto high = i == 0 ? lead.first_high : std::uint8_t{0xBF};
            if (c < low || c > high) {
                return false;
            }
            scratch_ += static_cast<char>(c);
        }
        return true;
    }

    // An escape after its backslash, decoded into scratch_.
    bool escape() {
        unsigned char c = 0;
        if (!take(c)) {
            return false;
        }
        switch (c) {
        case '"':
        case '\\':
        case '/':
            scratch_ += static_cast<char>(c);
            return true;
        case 'b':
            scratch_ += '\b';
            return true;
        case 'f':
            scratch_ += '\f';
            return true;
        case 'n':
            scratch_ += '\n';
            return true;
        case 'r':
            scratch_ += '\r';
            return true;
        case 't':
            scratch_ += '\t';
            return true;
        case 'u':
            return unicode_escape();
        default:
            return false;
        }
    }

    bool hex4(std::uint32_t& value) {
        value = 0;
        for (int i = 0; i < 4; ++i) {
            unsigned char c = 0;
            if (!take(c)) {
                return false;
            }
            const int digit = json_reader_detail::hex_value(static_cast<char>(c));
            if (digit < 0) {
                return false;
            }
            value = (value << 4U) | static_cast<std::uint32_t>(digit);
        }
        return true;
    }

    // \uXXXX, with a surrogate pair for code points above U+FFFF, as UTF-8.
    bool unicode_escape() {
        std::uint32_t code = 0;
        if (!hex4(code)) {
            return false;
        }
        if (code >= 0xD800 && code <= 0xDBFF) {
            unsigned char backslash = 0;
            unsigned char u = 0;
            std::uint32_t low = 0;
            if (!take(backslash) || backslash != '\\' || !take(u) || u != 'u' || !hex4(low) ||
                low < 0xDC00 || low > 0xDFFF) {
                return false;
            }
            code = 0x10000 + ((code - 0xD800) << 10U) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
            return false;
        }
        append_utf8(code);
        return true;
    }

    void append_utf8(std::uint32_t code) {
        const auto byte = [](std::uint32_t bits) {
            return static_cast<char>(bits);
        };
        if (code < 0x80) {
            scratch_ += byte(code);
        } else if (code < 0x800) {
            scratch_ += byte(0xC0U | (code >> 6U));
            scratch_ += byte(0x80U | (code & 0x3FU));
        } else if (code < 0x10000) {
            scratch_ += byte(0xE0U | (code >> 12U));
            scratch_ += byte(0x80U | ((code >> 6U) & 0x3FU));
            scratch_ += byte(0x80U | (code & 0x3FU));
        } else {
            scratch_ += byte(0xF0U | (code >> 18U));
            scratch_ += byte(0x80U | ((code >> 12U) & 0x3FU));
            scratch_ += byte(0x80U | ((code >> 6U) & 0x3FU));
            scratch_ += byte(0x80U | (code & 0x3FU));
        }
    }
};

/// Reads `source` into `handler`; see `json_reader`.
template <class Source, class Handler>
[[nodiscard]] bool read_json(Source& source, Handler& handler) {
    return json_reader<Source, Handler>(source, handler).read();
}

} // namespace massage_evidence::detail
