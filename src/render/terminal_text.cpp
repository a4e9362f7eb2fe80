// Wrapping and colours for terminal output, shared by tables and by the one-claim page of
// `show`. Widths are display columns of the escaped text, never bytes.

#include "render/terminal_text.hpp"

#include "printable.hpp"

#include <algorithm>

namespace massage_evidence::detail {

std::vector<std::string> wrap_text(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    if (width == 0 || display_width(text) <= width) {
        lines.emplace_back(text);
        return lines;
    }
    std::string line;
    std::size_t line_width = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find(' ', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view word = text.substr(pos, end - pos);
        pos = end + 1;
        // A word longer than the column is cut into column-wide pieces. The width left is kept
        // as a running total, so a hostile megabyte-long word costs one pass, not one per piece.
        auto word_width = display_width(word);
        while (word_width > width) {
            if (!line.empty()) {
                lines.push_back(std::move(line));
                line.clear();
                line_width = 0;
            }
            std::size_t cut = 0;
            std::size_t cut_width = 0;
            while (cut < word.size()) {
                std::size_t next = cut;
                (void)decode_utf8(word, next);
                const auto w = display_width(word.substr(cut, next - cut));
                if (cut_width + w > width) {
                    break;
                }
                cut_width += w;
                cut = next;
            }
            if (cut == 0) { // a character wider than the column still goes, whole, somewhere
                (void)decode_utf8(word, cut);
                cut_width = display_width(word.substr(0, cut));
            }
            lines.emplace_back(word.substr(0, cut));
            word.remove_prefix(cut);
            word_width -= std::min(word_width, cut_width);
        }
        if (line.empty()) {
            line = word;
            line_width = word_width;
        } else if (line_width + 1 + word_width <= width) {
            line += ' ';
            line += word;
            line_width += 1 + word_width;
        } else {
            lines.push_back(std::move(line));
            line = word;
            line_width = word_width;
        }
    }
    if (!line.empty() || lines.empty()) {
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string_view certainty_colour(certainty level) noexcept {
    switch (level) {
    case certainty::high:
        return "\x1b[32m"; // green
    case certainty::moderate:
        return "\x1b[36m"; // cyan
    case certainty::low:
        return "\x1b[33m"; // yellow
    case certainty::very_low:
        break;
    }
    return "\x1b[31m"; // red
}

std::string_view verdict_colour(verdict v) noexcept {
    switch (v) {
    case verdict::supported:
        return "\x1b[32m";
    case verdict::mixed:
        return "\x1b[33m";
    case verdict::not_supported:
        return "\x1b[35m"; // magenta
    case verdict::contradicted:
        return "\x1b[31m";
    case verdict::insufficient:
        break;
    }
    return "\x1b[2m"; // dim
}

} // namespace massage_evidence::detail
