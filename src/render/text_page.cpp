// Terminal pages: paragraphs wrapped to the width with styles re-applied after wrapping. The
// text is escaped first and wrapped as plain text, so widths are those of what is printed; the
// style of each byte is then looked up by walking the wrapped lines back over the escaped text.

#include "render/text_page.hpp"

#include "printable.hpp"
#include "render/terminal_text.hpp"

#include <algorithm>

namespace massage_evidence::detail {

void text_page::heading(std::string_view raw) {
    const auto safe = escape_unsafe(raw);
    if (options_.color) {
        out_ += style_bold;
        out_ += safe;
        out_ += style_reset;
    } else {
        out_ += safe;
    }
    out_ += '\n';
}

void text_page::paragraph(std::string_view raw, std::size_t indent) {
    spans({{std::string(raw), {}}}, std::string(indent, ' '));
}

void text_page::spans(const std::vector<styled_span>& pieces, std::string_view first) {
    spans(pieces, first, display_width(first));
}

void text_page::spans(const std::vector<styled_span>& pieces, std::string_view first,
                      std::size_t hanging) {
    // The escaped text and, per byte, the index of the span it came from.
    std::string text;
    std::vector<std::size_t> owner;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        std::string flat = pieces[i].text;
        for (auto& c : flat) {
            if (c == '\n' || c == '\r' || c == '\t') {
                c = ' ';
            }
        }
        const auto safe = escape_unsafe(flat);
        text += safe;
        owner.insert(owner.end(), safe.size(), i);
    }
    const auto indent = std::max(display_width(first), hanging);
    const auto width = options_.width > indent + 10 ? options_.width - indent : 0;
    const auto lines = wrap_text(text, width);

    std::size_t at = 0; // position in `text` of the current line's first byte
    for (std::size_t n = 0; n < lines.size(); ++n) {
        if (n == 0) {
            out_ += first;
        } else {
            out_.append(hanging, ' ');
        }
        const auto& line = lines[n];
        std::string_view current_style;
        for (std::size_t k = 0; k < line.size(); ++k, ++at) {
            const auto style = at < owner.size() ? pieces[owner[at]].style : std::string_view{};
            if (options_.color && style != current_style) {
                if (!current_style.empty()) {
                    out_ += style_reset;
                }
                out_ += style;
                current_style = style;
            }
            out_ += line[k];
        }
        if (options_.color && !current_style.empty()) {
            out_ += style_reset;
        }
        out_ += '\n';
        // The wrapper drops the one space it broke the line at.
        if (at < text.size() && text[at] == ' ') {
            ++at;
        }
    }
}

void text_page::blank() {
    out_ += '\n';
}

} // namespace massage_evidence::detail
