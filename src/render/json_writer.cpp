// See json_writer.hpp. Strings are escaped per RFC 8259; the dataset was validated as UTF-8 by
// the parser, and any invalid byte that reaches here anyway is replaced by U+FFFD so the output
// is always valid JSON.

#include "json_writer.hpp"

#include "printable.hpp"

#include <fmt/format.h>

#include <array>
#include <iterator>

namespace massage_evidence::detail {
namespace {

// Bytes written as they are: printable ASCII other than the quote and the backslash. Everything
// else goes through the code-point path of write_string.
constexpr std::array<bool, 256> plain_bytes = [] {
    std::array<bool, 256> plain{};
    for (std::size_t c = 0x20; c < 0x7F; ++c) {
        plain[c] = c != '"' && c != '\\';
    }
    return plain;
}();

} // namespace

void json_writer::newline_indent() {
    out_ += '\n';
    out_.append(2 * has_element_.size(), ' ');
}

void json_writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!has_element_.empty()) {
        if (has_element_.back()) {
            out_ += ',';
        }
        has_element_.back() = true;
        newline_indent();
    }
}

void json_writer::begin_object() {
    before_value();
    out_ += '{';
    has_element_.push_back(false);
}

void json_writer::end_object() {
    const bool had = has_element_.back();
    has_element_.pop_back();
    if (had) {
        newline_indent();
    }
    out_ += '}';
    if (has_element_.empty()) {
        out_ += '\n';
    }
}

void json_writer::begin_array() {
    before_value();
    out_ += '[';
    has_element_.push_back(false);
}

void json_writer::end_array() {
    const bool had = has_element_.back();
    has_element_.pop_back();
    if (had) {
        newline_indent();
    }
    out_ += ']';
    if (has_element_.empty()) {
        out_ += '\n';
    }
}

void json_writer::key(std::string_view name) {
    before_value();
    write_string(name);
    out_ += ": ";
    after_key_ = true;
}

void json_writer::value(std::string_view text) {
    before_value();
    write_string(text);
}

void json_writer::value(std::int64_t number) {
    before_value();
    fmt::format_to(std::back_inserter(out_), "{}", number);
}

void json_writer::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
}

void json_writer::null() {
    before_value();
    out_ += "null";
}

void json_writer::member(std::string_view name, const std::vector<std::string>& list) {
    key(name);
    begin_array();
    for (const auto& item : list) {
        value(item);
    }
    end_array();
}

void json_writer::write_string(std::string_view text) {
    out_ += '"';
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Most text is plain ASCII: copy it a run at a time.
        std::size_t run_end = pos;
        while (run_end < text.size() && plain_bytes[static_cast<unsigned char>(text[run_end])]) {
            ++run_end;
        }
        if (run_end > pos) {
            out_.append(text.substr(pos, run_end - pos));
            pos = run_end;
            continue;
        }
        const std::size_t start = pos;
        const long cp = decode_utf8(text, pos);
        if (cp < 0) {
            out_ += "\\ufffd";
            continue;
        }
        switch (cp) {
        case '"':
            out_ += "\\\"";
            break;
        case '\\':
            out_ += "\\\\";
            break;
        case '\n':
            out_ += "\\n";
            break;
        case '\r':
            out_ += "\\r";
            break;
        case '\t':
            out_ += "\\t";
            break;
        case '\b':
            out_ += "\\b";
            break;
        case '\f':
            out_ += "\\f";
            break;
        default:
            // Control characters, DEL and bidi controls (the same set the terminal escaping
            // uses) are written as \u escapes so that `cat`ting the JSON cannot drive a
            // terminal; the decoded value is unchanged.
            if (is_unsafe(static_cast<unsigned long>(cp))) {
                out_ += fmt::format("\\u{:04x}", cp);
            } else {
                out_.append(text.substr(start, pos - start));
            }
        }
    }
    out_ += '"';
}

} // namespace massage_evidence::detail
