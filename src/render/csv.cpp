// CSV for spreadsheets (RFC 4180: quoted fields, doubled quotes, CRLF). A cell that starts with
// =, +, -, @, tab or carriage return would run as a formula in Excel or LibreOffice, so it is
// prefixed with an apostrophe (OWASP's advice); control characters are escaped like everywhere.

#include "massage_evidence/render.hpp"

#include "printable.hpp"

namespace massage_evidence {
namespace {

void append_field(std::string& out, std::string_view raw) {
    std::string text = detail::escape_unsafe(raw);
    if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                          text.front() == '@')) {
        text.insert(text.begin(), '\'');
    }
    const bool quote = text.find_first_of(",\"\r\n'") != std::string::npos || text.empty();
    if (!quote) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

} // namespace

void render_csv(const listing& rows, std::string& out) {
    for (std::size_t i = 0; i < rows.columns.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        append_field(out, rows.columns[i].header);
    }
    out += "\r\n";
    for (const auto& row : rows.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            append_field(out, row[i].text);
        }
        out += "\r\n";
    }
}

} // namespace massage_evidence
