#pragma once

// The parts of a checked text that `check` does not read as prose: HTML comments ("<!-- ... -->"),
// fenced code blocks (a line of three or more '`' or '~', the lines after it, and the line that
// closes it) and inline code ("`like this`"). A Markdown page shows none of a comment's words, and
// shows code as code, not as something its writer claims; comments also hold the directives that
// tell `check` to leave a claim alone (check_directives.hpp). So the tokenizer passes over all
// three, the piece splitter never cuts inside one, and directives are read from comments outside
// code. All find them here, so they always agree on where one begins and ends. Internal to the
// library.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace massage_evidence::detail {

inline constexpr std::string_view comment_open = "<!--";

/// A blank as the tokenizer reads one at the start of a line.
[[nodiscard]] constexpr bool is_line_blank(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/// Just after the run of `mark` that begins at `at` (at `at` itself when none does).
[[nodiscard]] constexpr std::size_t run_end(std::string_view text, std::size_t at,
                                            char mark) noexcept {
    while (at < text.size() && text[at] == mark) {
        ++at;
    }
    return at;
}

/// The end of the comment that opens at `begin` (where `text` holds "<!--"): just after the
/// first "-->" that follows, or the end of the text when none does. "<!-->" and "<!--->" are
/// whole comments, as HTML reads them.
[[nodiscard]] inline std::size_t comment_end(std::string_view text, std::size_t begin) noexcept {
    const auto close = text.find("-->", begin + 2);
    return close == std::string_view::npos ? text.size() : close + 3;
}

/// The fence of a code block: its mark ('`' or '~') and how many of them.
struct code_fence {
    char mark = 0;
    std::size_t length = 0;
    [[nodiscard]] bool opens() const noexcept { return length >= 3; }
};

/// The fence at `at`, the first byte after a line's leading blanks, if a code block opens there:
/// three or more of the same mark. After backticks the rest of the line may hold no backtick,
/// as in CommonMark ("```a```" on a line is inline code, not a fence).
[[nodiscard]] inline code_fence code_fence_at(std::string_view text, std::size_t at) noexcept {
    if (at >= text.size() || (text[at] != '`' && text[at] != '~')) {
        return {};
    }
    const char mark = text[at];
    const auto end = run_end(text, at, mark);
    if (end - at < 3) {
        return {};
    }
    if (mark == '`') {
        const auto line_end = std::min(text.find('\n', end), text.size());
        if (text.substr(end, line_end - end).find('`') != std::string_view::npos) {
            return {};
        }
    }
    return {mark, end - at};
}

/// Where a code block ends, and whether a line closes it.
struct code_block_close {
    std::size_t end = 0;
    bool closed = false;
};

/// The end of the code block whose fence `fence` is at `at`: just after the line that closes it
/// (blanks, at least as many of the same mark, and blanks only), its line break included; or
/// the end of the text when no line does, as a page shows the rest as code.
[[nodiscard]] inline code_block_close close_code_block(std::string_view text, std::size_t at,
                                                       code_fence fence) noexcept {
    auto line = text.find('\n', at);
    while (line != std::string_view::npos) {
        auto pos = line + 1;
        while (pos < text.size() && is_line_blank(text[pos])) {
            ++pos;
        }
        const auto marks_end = run_end(text, pos, fence.mark);
        const auto marks = marks_end - pos;
        pos = marks_end;
        while (pos < text.size() && is_line_blank(text[pos])) {
            ++pos;
        }
        const bool line_ends = pos >= text.size() || text[pos] == '\n';
        if (marks >= fence.length && line_ends) {
            return {pos >= text.size() ? text.size() : pos + 1, true};
        }
        line = text.find('\n', line + 1);
    }
    return {text.size(), false};
}

/// The end of a code block, as `close_code_block`.
[[nodiscard]] inline std::size_t code_block_end(std::string_view text, std::size_t at,
                                                code_fence fence) noexcept {
    return close_code_block(text, at, fence).end;
}

/// How far after its opening backticks inline code may close. CommonMark sets no limit, but code
/// in prose is short, and without one a paragraph of backtick runs that never close would be
/// searched to its end from each of them.
inline constexpr std::size_t code_span_reach = 256;
/// How far before inline code the start of its line is looked for (to tell a heading), for the
/// same reason.
inline constexpr std::size_t code_span_line_reach = 4096;

/// Whether a line whose first byte after its blanks is at `at` starts a block of its own, and so
/// ends the paragraph above it: a heading, a list item, a quote, a rule or a code block.
[[nodiscard]] inline bool starts_block(std::string_view text, std::size_t at) noexcept {
    const auto blank_after = [&](std::size_t i) {
        return i >= text.size() || is_line_blank(text[i]) || text[i] == '\n';
    };
    if (at >= text.size()) {
        return false;
    }
    const char c = text[at];
    if (c == '>' || ((c == '-' || c == '*' || c == '+') && blank_after(at + 1)) ||
        code_fence_at(text, at).opens()) {
        return true;
    }
    std::size_t marks = 0;
    while (at + marks < text.size() && marks < 7 && text[at + marks] == '#') {
        ++marks;
    }
    if (marks >= 1 && marks <= 6 && blank_after(at + marks)) {
        return true;
    }
    std::size_t digits = 0;
    while (at + digits < text.size() && digits < 10 && text[at + digits] >= '0' &&
           text[at + digits] <= '9') {
        ++digits;
    }
    if (digits >= 1 && digits <= 9 && at + digits < text.size() &&
        (text[at + digits] == '.' || text[at + digits] == ')') && blank_after(at + digits + 1)) {
        return true;
    }
    // A rule: three or more of "-*_=" and blanks only. Inline code cannot close on a rule, so
    // more of one than code may reach is not looked at.
    std::size_t rule = 0;
    const auto end = std::min(text.size(), at + code_span_reach);
    for (auto i = at; i < end && text[i] != '\n'; ++i) {
        if (text[i] == '-' || text[i] == '*' || text[i] == '_' || text[i] == '=') {
            ++rule;
        } else if (!is_line_blank(text[i])) {
            return false;
        }
    }
    return rule >= 3;
}

/// Whether the line that holds `at` is a heading, which is one line however it is wrapped. Its
/// start is looked for within `code_span_line_reach` bytes; a longer line is taken for prose.
[[nodiscard]] inline bool in_heading(std::string_view text, std::size_t at) noexcept {
    auto begin = at;
    while (begin > 0 && text[begin - 1] != '\n') {
        if (at - begin >= code_span_line_reach) {
            return false;
        }
        --begin;
    }
    while (begin < at && (is_line_blank(text[begin]) || text[begin] == '>')) {
        ++begin;
    }
    std::size_t marks = 0;
    while (begin + marks < at && text[begin + marks] == '#') {
        ++marks;
    }
    return marks >= 1 && marks <= 6 && is_line_blank(text[begin + marks]);
}

/// The end of the inline code that opens at `at`, the first of a run of backticks: just after
/// the next run of exactly as many, within `code_span_reach` bytes and in the same paragraph (it
/// may run on over a line break, as a wrapped paragraph does, but not into an empty line or a
/// line that starts a block, nor out of a heading); or npos when there is none, and the run is
/// read as it is.
[[nodiscard]] inline std::size_t code_span_end(std::string_view text, std::size_t at) noexcept {
    std::size_t pos = run_end(text, at, '`');
    const auto length = pos - at;
    const auto limit = std::min(text.size(), pos + code_span_reach);
    bool first_break = true;
    while (pos < limit) {
        if (text[pos] == '\n') {
            auto next = pos + 1;
            while (next < text.size() && is_line_blank(text[next])) {
                ++next;
            }
            if (next >= text.size() || text[next] == '\n' || starts_block(text, next)) {
                break; // the paragraph ends, and code with it
            }
            // A heading is one line. Later lines cannot be headings: those start blocks.
            if (first_break && in_heading(text, at)) {
                break;
            }
            first_break = false;
            pos = next;
            continue;
        }
        if (text[pos] != '`') {
            ++pos;
            continue;
        }
        const auto run = pos;
        pos = run_end(text, pos, '`');
        if (pos - run == length) {
            return pos;
        }
    }
    return std::string_view::npos;
}

/// Whether only blanks lie between the start of a line and `at`. A line starts at the start of
/// the text, after a byte-order mark that begins it, and after each '\n'.
[[nodiscard]] inline bool opens_line(std::string_view text, std::size_t at) noexcept {
    while (at > 0 && is_line_blank(text[at - 1])) {
        --at;
    }
    return at == 0 || text[at - 1] == '\n' || (at == 3 && text.starts_with("\xEF\xBB\xBF"));
}

enum class unread_kind : std::uint8_t { comment, code_block, code_span };

/// Bytes `begin`..`end` of a text that are not read: a comment from its "<!--" to just after its
/// "-->", a code block from its opening fence to just after the line that closes it, or inline
/// code from its first backtick to just after its last. One that is not `closed` runs to the end
/// of the text (inline code always closes, or is not code).
struct unread_span {
    std::size_t begin = std::string_view::npos;
    std::size_t end = std::string_view::npos;
    unread_kind kind = unread_kind::comment;
    bool closed = true;
    [[nodiscard]] bool found() const noexcept { return begin != std::string_view::npos; }
};

/// Finds the comments and code of a text in order. Whichever opens first hides what opens inside
/// it: a fence in a comment is part of the comment, a "<!--" in code part of the code. The text
/// must outlive the finder.
class unread_finder {
public:
    explicit unread_finder(std::string_view text) noexcept
        : text_(text), comment_(find_comment(0)), backticks_(find_code(0)),
          tildes_(find_fence(0, '~')) {}

    /// The first span that begins at or after `from`, or one not `found()`. `from` must not go
    /// back from one call to the next (pass the end of the span before): each mark is then
    /// looked for once over the whole text, however many spans there are.
    [[nodiscard]] unread_span next(std::size_t from) noexcept {
        from = std::min(from, text_.size());
        if (comment_ < from) {
            comment_ = find_comment(from);
        }
        if (backticks_.begin < from) {
            backticks_ = find_code(from);
        }
        if (tildes_ < from) {
            tildes_ = find_fence(from, '~');
        }
        if (comment_ < std::min(backticks_.begin, tildes_)) {
            const auto close = text_.find("-->", comment_ + 2);
            return {comment_, comment_end(text_, comment_), unread_kind::comment,
                    close != std::string_view::npos};
        }
        if (tildes_ < backticks_.begin) {
            const auto close = close_code_block(text_, tildes_, code_fence_at(text_, tildes_));
            return {tildes_, close.end, unread_kind::code_block, close.closed};
        }
        return backticks_;
    }

private:
    static constexpr std::size_t none = std::string_view::npos;

    // Where `mark` first occurs at or after `from`, or the end of the text. Every check looks for
    // these in the whole text, most of which has none of them: memchr finds a rare byte many
    // bytes at a time, where string_view::find compares byte by byte.
    [[nodiscard]] std::size_t find_byte(std::size_t from, char mark) const noexcept {
        if (from >= text_.size()) {
            return text_.size(); // and an empty view's data() may be null, which memchr forbids
        }
        const auto* found =
            static_cast<const char*>(std::memchr(text_.data() + from, mark, text_.size() - from));
        return found == nullptr ? text_.size() : static_cast<std::size_t>(found - text_.data());
    }

    [[nodiscard]] std::size_t find_comment(std::size_t from) const noexcept {
        for (auto at = find_byte(from, '<'); at < text_.size(); at = find_byte(at + 1, '<')) {
            if (text_.substr(at).starts_with(comment_open)) {
                return at;
            }
        }
        return none;
    }

    [[nodiscard]] std::size_t find_fence(std::size_t from, char mark) const noexcept {
        for (auto at = find_byte(from, mark); at < text_.size(); at = find_byte(at + 1, mark)) {
            if (opens_line(text_, at) && code_fence_at(text_, at).opens()) {
                return at;
            }
        }
        return none;
    }

    // The first code block or inline code that backticks at or after `from` open. Runs are taken
    // whole, as the tokenizer takes them: one that opens neither is passed over.
    [[nodiscard]] unread_span find_code(std::size_t from) const noexcept {
        for (auto at = find_byte(from, '`'); at < text_.size();) {
            if (const auto fence = code_fence_at(text_, at);
                fence.opens() && opens_line(text_, at)) {
                const auto close = close_code_block(text_, at, fence);
                return {at, close.end, unread_kind::code_block, close.closed};
            }
            if (const auto end = code_span_end(text_, at); end != std::string_view::npos) {
                return {at, end, unread_kind::code_span, true};
            }
            at = find_byte(run_end(text_, at, '`'), '`');
        }
        return {};
    }

    std::string_view text_;
    // The next comment, code that backticks open, and code block of tildes (none, or a span not
    // found: there is none left); each is looked for again only when the caller has moved past
    // where it begins.
    std::size_t comment_;
    unread_span backticks_;
    std::size_t tildes_;
};

} // namespace massage_evidence::detail
