#pragma once

// HTML comments ("<!-- ... -->") in a checked text. A Markdown page shows none of a comment's
// words: it holds notes to whoever edits the page, and the directives that tell `check` to leave
// a claim alone (check_directives.hpp). So the tokenizer reads a comment as a space, the piece
// splitter never cuts inside one, and the directives are read from them; all three find
// comments here, so they always agree on where one begins and ends. Internal to the library.

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace massage_evidence::detail {

inline constexpr std::string_view comment_open = "<!--";

/// Bytes `begin`..`end` of a text: one comment, its "<!--" and "-->" included.
struct comment_span {
    std::size_t begin = std::string_view::npos;
    std::size_t end = std::string_view::npos;
    [[nodiscard]] bool found() const noexcept { return begin != std::string_view::npos; }
};

/// The end of the comment that opens at `begin` (where `text` holds "<!--"): just after the
/// first "-->" that follows, or the end of the text when none does. "<!-->" and "<!--->" are
/// whole comments, as HTML reads them.
[[nodiscard]] inline std::size_t comment_end(std::string_view text, std::size_t begin) noexcept {
    const auto close = text.find("-->", begin + 2);
    return close == std::string_view::npos ? text.size() : close + 3;
}

/// The first comment that opens at or after `from`, or one not `found()`.
[[nodiscard]] inline comment_span next_comment(std::string_view text, std::size_t from) noexcept {
    // Every check looks for comments in the whole text, most of which has none: memchr finds the
    // rare '<' many bytes at a time, where string_view::find compares byte by byte.
    const char* const end = text.data() + text.size();
    const char* at = text.data() + std::min(from, text.size());
    while (at != end) {
        at = static_cast<const char*>(std::memchr(at, '<', static_cast<std::size_t>(end - at)));
        if (at == nullptr) {
            return {};
        }
        const auto begin = static_cast<std::size_t>(at - text.data());
        if (text.substr(begin).starts_with(comment_open)) {
            return {begin, comment_end(text, begin)};
        }
        ++at;
    }
    return {};
}

} // namespace massage_evidence::detail
