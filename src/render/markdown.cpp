// GitHub-Flavored Markdown: escaping untrusted text so it renders as exactly the same text, and
// GFM tables over a `listing`. The escaping is deliberately broad (every ASCII punctuation that
// GFM can give meaning to inline, and the triggers of its autolinks), because a missed `|`
// silently drops a table cell.

#include "massage_evidence/render.hpp"

#include "printable.hpp"

#include <algorithm>

namespace massage_evidence {

std::string escape_markdown(std::string_view text) {
    // Line breaks become spaces first: inside a table cell or a one-line paragraph they would end
    // the row or start a new block.
    std::string flat;
    flat.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            flat += ' ';
        } else {
            flat += c;
        }
    }
    const std::string safe = detail::escape_unsafe(flat);
    std::string out;
    out.reserve(safe.size() + safe.size() / 8);
    const auto follows = [&safe](std::size_t i, std::string_view word) {
        if (i < word.size()) {
            return false;
        }
        for (std::size_t k = 0; k < word.size(); ++k) {
            const char c = safe[i - word.size() + k];
            if ((c | 0x20) != word[k]) { // ASCII case-insensitive
                return false;
            }
        }
        return true;
    };
    for (std::size_t i = 0; i < safe.size(); ++i) {
        const char c = safe[i];
        // GFM's autolink extension turns "http://..." and "www." into links and swallows a
        // following escape into the URL; an escaped ':' or '.' there does not trigger it.
        const bool autolink_trigger =
            (c == ':' && (follows(i, "http") || follows(i, "https") || follows(i, "ftp"))) ||
            (c == '.' && follows(i, "www"));
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '~':
        case '&':
        case '$': // GitHub renders $...$ as mathematics
            out += '\\';
            out += c;
            break;
        default:
            if (autolink_trigger) {
                out += '\\';
            }
            out += c;
        }
    }
    return out;
}

namespace {

// Dashes for a column of a weighted delimiter row: at least its longest word, so a narrow
// column never splits one, and half its average length (up to a point) for long text.
std::size_t column_weight(const listing& rows, std::size_t column) {
    std::size_t longest_word = 0;
    std::size_t total = 0;
    const auto measure = [&](std::string_view text) {
        total += detail::display_width(text);
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto space = std::min(text.find(' ', start), text.size());
            longest_word =
                std::max(longest_word, detail::display_width(text.substr(start, space - start)));
            start = space + 1;
        }
    };
    measure(rows.columns[column].header);
    for (const auto& row : rows.rows) {
        if (column < row.size()) {
            measure(row[column].text);
        }
    }
    // A very long "word" (a URL) would otherwise take the whole width.
    constexpr std::size_t long_word = 30;
    constexpr std::size_t long_text = 60;
    const std::size_t average = total / (rows.rows.size() + 1);
    return std::max(
        {std::size_t{3}, std::min(longest_word, long_word), std::min(average, long_text) / 2});
}

} // namespace

void render_markdown_table(const listing& rows, std::string& out, bool weighted) {
    out += '|';
    for (const auto& col : rows.columns) {
        out += ' ';
        out += escape_markdown(col.header);
        out += " |";
    }
    out += "\n|";
    for (std::size_t i = 0; i < rows.columns.size(); ++i) {
        out += std::string(weighted ? column_weight(rows, i) : 3, '-');
        out += '|';
    }
    out += '\n';
    for (const auto& row : rows.rows) {
        out += '|';
        for (const auto& c : row) {
            out += ' ';
            out += escape_markdown(c.text);
            out += " |";
        }
        out += '\n';
    }
}

} // namespace massage_evidence
