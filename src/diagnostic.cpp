// Collecting and formatting findings. The format follows compilers and ninja:
// "file:line:column: pointer: message", so editors can jump to the place.

#include "massage_evidence/diagnostic.hpp"

#include "printable.hpp"

#include <fmt/format.h>

namespace massage_evidence {

void diagnostics::add(diagnostic finding) {
    count(finding.severity);
    if (has_room()) {
        kept_.push_back(std::move(finding));
    }
}

void diagnostics::count(massage_evidence::severity level) noexcept {
    ++total_;
    if (level == severity::error) {
        ++errors_;
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

std::string_view to_string(diagnostic_kind kind) noexcept {
    switch (kind) {
    case diagnostic_kind::syntax:
        return "syntax";
    case diagnostic_kind::duplicate_key:
        return "duplicate_key";
    case diagnostic_kind::unknown_key:
        return "unknown_key";
    case diagnostic_kind::missing_field:
        return "missing_field";
    case diagnostic_kind::wrong_type:
        return "wrong_type";
    case diagnostic_kind::bad_enum:
        return "bad_enum";
    case diagnostic_kind::bad_format:
        return "bad_format";
    case diagnostic_kind::duplicate_id:
        return "duplicate_id";
    case diagnostic_kind::dangling_reference:
        return "dangling_reference";
    case diagnostic_kind::no_sources:
        return "no_sources";
    case diagnostic_kind::duplicate_citation:
        return "duplicate_citation";
    case diagnostic_kind::grade_mismatch:
        return "grade_mismatch";
    case diagnostic_kind::duplicate_domain:
        return "duplicate_domain";
    case diagnostic_kind::uncited_source:
        return "uncited_source";
    case diagnostic_kind::missing_lay_phrases:
        return "missing_lay_phrases";
    case diagnostic_kind::grade_above_design:
        return "grade_above_design";
    case diagnostic_kind::verdict_without_contrary_source:
        return "verdict_without_contrary_source";
    case diagnostic_kind::high_without_review:
        return "high_without_review";
    }
    return "unknown";
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
