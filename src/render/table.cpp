// Terminal tables: columns aligned by display width (not bytes), wrap-able columns narrowed to
// fit the terminal and wrapped at spaces, and colour that only repeats the text. Untrusted cell
// text is escaped first, so widths are measured on what is actually printed.

#include "massage_evidence/render.hpp"

#include "printable.hpp"

#include <algorithm>
#include <numeric>

namespace massage_evidence {
namespace {

constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::size_t gap = 2;
constexpr std::size_t min_wrap_width = 8;
constexpr std::size_t max_wrap_floor = 16; // longer words may be cut

std::string_view colour_of(const cell& c) {
    if (c.level) {
        switch (*c.level) {
        case certainty::high:
            return "\x1b[32m"; // green
        case certainty::moderate:
            return "\x1b[36m"; // cyan
        case certainty::low:
            return "\x1b[33m"; // yellow
        case certainty::very_low:
            return "\x1b[31m"; // red
        }
    }
    if (c.judged) {
        switch (*c.judged) {
        case verdict::supported:
            return "\x1b[32m";
        case verdict::mixed:
            return "\x1b[33m";
        case verdict::not_supported:
            return "\x1b[35m"; // magenta
        case verdict::contradicted:
            return "\x1b[31m";
        case verdict::insufficient:
            return "\x1b[2m"; // dim
        }
    }
    return {};
}

// Splits `text` into lines of at most `width` columns, breaking at spaces where possible.
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    if (width == 0 || detail::display_width(text) <= width) {
        lines.push_back(text);
        return lines;
    }
    std::string line;
    std::size_t line_width = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find(' ', pos);
        if (end == std::string::npos) {
            end = text.size();
        }
        std::string_view word = std::string_view(text).substr(pos, end - pos);
        pos = end + 1;
        // A word longer than the column is cut into column-wide pieces. The width left is kept
        // as a running total, so a hostile megabyte-long word costs one pass, not one per piece.
        auto word_width = detail::display_width(word);
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
                (void)detail::decode_utf8(word, next);
                const auto w = detail::display_width(word.substr(cut, next - cut));
                if (cut_width + w > width) {
                    break;
                }
                cut_width += w;
                cut = next;
            }
            if (cut == 0) { // a character wider than the column still goes, whole, somewhere
                (void)detail::decode_utf8(word, cut);
                cut_width = detail::display_width(word.substr(0, cut));
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

// The widest word of a column, so wrapping need not cut words when it can be avoided.
std::size_t longest_word(const std::vector<std::vector<std::string>>& text, std::size_t column) {
    std::size_t longest = 0;
    for (const auto& row : text) {
        std::string_view cell = row[column];
        std::size_t start = 0;
        while (start <= cell.size()) {
            const auto end = std::min(cell.find(' ', start), cell.size());
            longest = std::max(longest, detail::display_width(cell.substr(start, end - start)));
            start = end + 1;
        }
    }
    return longest;
}

// Column widths: natural widths, then the wrap-able columns narrowed one column at a time,
// always the widest, until the table fits `limit` or none can narrow further. Narrowing the
// widest first keeps the wrapped columns balanced.
std::vector<std::size_t>
fit_widths(const listing& rows, std::vector<std::vector<std::string>>& text, std::size_t limit) {
    const auto n = rows.columns.size();
    std::vector<std::size_t> widths(n, 0);
    std::vector<std::size_t> floors(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = detail::display_width(rows.columns[c].header);
        for (const auto& row : text) {
            widths[c] = std::max(widths[c], detail::display_width(row[c]));
        }
        // Headers are not wrapped, so a column is never narrower than its header.
        const auto header_width = detail::display_width(rows.columns[c].header);
        floors[c] = rows.columns[c].wrap
                        ? std::max(header_width,
                                   std::min(widths[c], std::clamp(longest_word(text, c),
                                                                  min_wrap_width, max_wrap_floor)))
                        : widths[c];
    }
    if (limit == 0) {
        return widths;
    }
    std::size_t total =
        std::accumulate(widths.begin(), widths.end(), std::size_t{0}) + gap * (n == 0 ? 0 : n - 1);
    while (total > limit) {
        std::size_t widest = n;
        for (std::size_t c = 0; c < n; ++c) {
            if (widths[c] > floors[c] && (widest == n || widths[c] > widths[widest])) {
                widest = c;
            }
        }
        if (widest == n) {
            break;
        }
        --widths[widest];
        --total;
    }
    return widths;
}

void pad(std::string& out, std::size_t count) {
    out.append(count, ' ');
}

// A cell is one logical line: line breaks and tabs in the data become spaces before escaping,
// so they neither break the row nor show up as escapes.
std::string cell_text(std::string_view raw) {
    std::string flat(raw);
    for (auto& c : flat) {
        if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
        }
    }
    return detail::escape_unsafe(flat);
}

} // namespace

void render_table(const listing& rows, const terminal_options& options, std::string& out) {
    std::vector<std::vector<std::string>> text;
    text.reserve(rows.rows.size());
    for (const auto& row : rows.rows) {
        auto& line = text.emplace_back();
        for (const auto& c : row) {
            line.push_back(cell_text(c.text));
        }
    }
    const auto widths = fit_widths(rows, text, options.width);
    const auto n = rows.columns.size();

    // Header
    for (std::size_t c = 0; c < n; ++c) {
        const auto header = detail::escape_unsafe(rows.columns[c].header);
        if (options.color) {
            out += bold;
            out += header;
            out += reset;
        } else {
            out += header;
        }
        if (c + 1 < n) {
            pad(out, widths[c] - detail::display_width(header) + gap);
        }
    }
    out += '\n';

    for (std::size_t r = 0; r < text.size(); ++r) {
        std::vector<std::vector<std::string>> wrapped(n);
        std::size_t height = 1;
        for (std::size_t c = 0; c < n; ++c) {
            wrapped[c] = rows.columns[c].wrap ? wrap(text[r][c], widths[c])
                                              : std::vector<std::string>{text[r][c]};
            height = std::max(height, wrapped[c].size());
        }
        for (std::size_t line = 0; line < height; ++line) {
            std::string printed;
            std::size_t pending = 0; // spaces owed before the next non-empty cell
            for (std::size_t c = 0; c < n; ++c) {
                const std::string empty;
                const auto& piece = line < wrapped[c].size() ? wrapped[c][line] : empty;
                if (!piece.empty()) {
                    pad(printed, pending);
                    pending = 0;
                    const auto colour = colour_of(rows.rows[r][c]);
                    if (options.color && !colour.empty()) {
                        printed += colour;
                        printed += piece;
                        printed += reset;
                    } else {
                        printed += piece;
                    }
                }
                pending += widths[c] - std::min(widths[c], detail::display_width(piece)) + gap;
            }
            out += printed;
            out += '\n';
        }
    }
}

} // namespace massage_evidence
