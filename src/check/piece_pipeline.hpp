#pragma once

// How a long text is checked on more than one processor: it is cut into pieces at blank lines,
// the pieces are read (the per-word work, most of the cost) by whichever thread is free, and the
// calling thread settles them strictly in text order, so the findings and their order never
// depend on the number of threads. At most a few pieces wait to be settled at any time, which
// bounds memory whatever the length of the text. Internal to the library.

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// A piece of a text: bytes `begin`..`end`.
struct text_piece {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// `text` cut into pieces of about `piece_bytes` or more, each after the first starting at a
/// line that follows an empty line ("\n\n") outside any HTML comment. A text with no such line
/// past `piece_bytes` is one piece.
[[nodiscard]] std::vector<text_piece> split_at_blank_lines(std::string_view text,
                                                           std::size_t piece_bytes);

/// Calls `read(piece, slot)` for each of `pieces` pieces, on up to `threads` threads (the caller
/// included), and `settle(slot)` on the calling thread, in piece order, once that piece is read.
/// A slot is one of `slot_count` reused ones (at least 1), so `read` must first clear what it
/// reuses; `reader` numbers the thread (0 is the caller), for per-thread state. An exception from
/// `read` or `settle` stops the work and is rethrown on the calling thread.
void run_pieces(
    std::size_t pieces, unsigned threads, std::size_t slot_count,
    const std::function<void(std::size_t piece, std::size_t slot, unsigned reader)>& read,
    const std::function<void(std::size_t slot)>& settle);

} // namespace massage_evidence::detail
