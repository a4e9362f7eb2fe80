// Collecting and formatting findings. The format follows compilers and ninja:
// "file:line:column: pointer: message", so editors can jump to the place.

#include "massage_evidence/diagnostic.hpp"

#include "printable.hpp"

#include <fmt/format.h>

namespace massage_evidence {

void diagnostics::add(diagnostic finding) {
    ++total_;
    if (finding.severity == severity::error) {
        ++errors_;
    }
    if (kept_.size() < limit_) {
        kept_.push_back(std::move(finding));
    }
}

void diagnostics::add(diagnostic_kind kind, std::string pointer, std::string message,
                      massage_evidence::severity level) {
    diagnostic finding;
    finding.kind = kind;
    finding.severity = level;
    finding.pointer = std::move(pointer);
    finding.message = std::move(message);
    add(std::move(finding));
}

std::string format_diagnostic(const diagnostic& finding, std::string_view origin) {
    std::string out = detail::escape_unsafe(origin);
    if (finding.line > 0) {
        out += fmt::format(":{}:{}", finding.line, finding.column);
    }
    out += ": ";
    if (finding.kind != diagnostic_kind::syntax) {
        out += finding.pointer.empty() ? "(document)" : detail::printable(finding.pointer, 120);
        out += ": ";
    }
    out += finding.message;
    return out;
}

std::string caret_excerpt(const diagnostic& finding) {
    if (finding.source_line.empty() && finding.excerpt_column == 0) {
        return {};
    }
    // Tabs are kept as tabs under the caret so it lines up in any tab width.
    std::string line = detail::escape_unsafe(finding.source_line);
    std::string marker;
    std::size_t chars = 1;
    std::size_t pos = 0;
    const std::string_view text = finding.source_line;
    while (pos < text.size() && chars < finding.excerpt_column) {
        const auto start = pos;
        (void)detail::decode_utf8(text, pos);
        const auto piece = detail::escape_unsafe(text.substr(start, pos - start));
        marker += std::string(detail::display_width(piece), ' ');
        ++chars;
    }
    return fmt::format("    {}\n    {}^", line, marker);
}

std::string escape_pointer_token(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace massage_evidence
