#pragma once

// Untrusted text (from a dataset or a checked file) made safe to print: control characters,
// escape sequences, Unicode bidi overrides and invalid UTF-8 are shown as visible escapes, so
// nothing a dataset holds can move the cursor, recolour or reorder a terminal. Also display
// widths for aligning columns. Internal to the library.

#include <cstddef>
#include <string>
#include <string_view>

namespace massage_evidence::detail {

/// Whether a terminal would act on code point `cp` instead of showing it: C0 and C1 controls, DEL,
/// the bidi marks, embeddings, overrides and isolates, and the line and paragraph separators.
[[nodiscard]] bool is_unsafe(unsigned long cp) noexcept;

/// `text` with every unsafe character escaped (\e, \x07, \u{202E}, \xFF ...). A newline is
/// escaped too unless `keep_newlines` is true.
[[nodiscard]] std::string escape_unsafe(std::string_view text, bool keep_newlines = false);

/// `text` on one line and escaped: each line break (LF, CR or CRLF) becomes a space, then
/// `escape_unsafe`. For places where a line break would end the construct (a YAML scalar, a
/// Mermaid label).
[[nodiscard]] std::string escape_unsafe_on_one_line(std::string_view text);

/// A short, safe rendering of a value for an error message: escaped and cut to `max_chars`
/// characters with "…".
[[nodiscard]] std::string printable(std::string_view text, std::size_t max_chars = 60);

/// Columns a UTF-8 string occupies on a terminal (wide East Asian characters count 2, combining
/// marks 0). Invalid bytes count 1 each.
[[nodiscard]] std::size_t display_width(std::string_view text) noexcept;

/// Decodes one UTF-8 character at `pos`; returns its code point and advances `pos`, or returns
/// -1 and advances one byte when the bytes there are not valid UTF-8.
[[nodiscard]] long decode_utf8(std::string_view text, std::size_t& pos) noexcept;

/// Appends code point `cp` to `out` as UTF-8.
void append_utf8(std::string& out, unsigned long cp);

} // namespace massage_evidence::detail
