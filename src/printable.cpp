// Escaping of untrusted text before it reaches a terminal, and display widths. The rule is one
// place for every output meant for people: anything that a terminal would interpret rather than
// show is replaced by a visible escape.

#include "printable.hpp"

#include <fmt/format.h>

namespace massage_evidence::detail {

bool is_unsafe(unsigned long cp) noexcept {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E ||
           cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

namespace {

bool is_combining(unsigned long cp) noexcept {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200D || cp == 0xFE0F;
}

bool is_wide(unsigned long cp) noexcept {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
           (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

void append_escape(std::string& out, unsigned long cp) {
    switch (cp) {
    case 0x1B:
        out += "\\e";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\b':
        out += "\\b";
        return;
    default:
        break;
    }
    if (cp < 0x100) {
        out += fmt::format("\\x{:02X}", cp);
    } else {
        out += fmt::format("\\u{{{:04X}}}", cp);
    }
}

} // namespace

long decode_utf8(std::string_view text, std::size_t& pos) noexcept {
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length = 0;
    unsigned long cp = 0;
    unsigned long minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1FU;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0FU;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07U;
        minimum = 0x10000;
    } else {
        ++pos;
        return -1;
    }
    if (pos + length > text.size()) {
        ++pos;
        return -1;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return -1;
        }
        cp = (cp << 6U) | (next & 0x3FU);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return -1;
    }
    pos += length;
    return static_cast<long>(cp);
}

void append_utf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6U));
        out += static_cast<char>(0x80 | (cp & 0x3FU));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12U));
        out += static_cast<char>(0x80 | ((cp >> 6U) & 0x3FU));
        out += static_cast<char>(0x80 | (cp & 0x3FU));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18U));
        out += static_cast<char>(0x80 | ((cp >> 12U) & 0x3FU));
        out += static_cast<char>(0x80 | ((cp >> 6U) & 0x3FU));
        out += static_cast<char>(0x80 | (cp & 0x3FU));
    }
}

std::string escape_unsafe_on_one_line(std::string_view text) {
    std::string flat;
    flat.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        }
        flat += (text[i] == '\r' || text[i] == '\n') ? ' ' : text[i];
    }
    return escape_unsafe(flat);
}

std::string escape_unsafe(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const long cp = decode_utf8(text, pos);
        if (cp < 0) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[start]));
        } else if (keep_newlines && cp == '\n') {
            out += '\n';
        } else if (is_unsafe(static_cast<unsigned long>(cp))) {
            append_escape(out, static_cast<unsigned long>(cp));
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
    return out;
}

std::string printable(std::string_view text, std::size_t max_chars) {
    std::size_t pos = 0;
    std::size_t chars = 0;
    while (pos < text.size() && chars < max_chars) {
        (void)decode_utf8(text, pos);
        ++chars;
    }
    if (pos >= text.size()) {
        return escape_unsafe(text);
    }
    return escape_unsafe(text.substr(0, pos)) + "…";
}

std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const long cp = decode_utf8(text, pos);
        if (cp < 0) {
            ++width;
        } else if (is_combining(static_cast<unsigned long>(cp))) {
            continue;
        } else {
            width += is_wide(static_cast<unsigned long>(cp)) ? 2 : 1;
        }
    }
    return width;
}

} // namespace massage_evidence::detail
