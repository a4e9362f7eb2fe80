#pragma once

// Invariants the fuzz targets assert about what the library prints. They are written
// independently of the escaping code they check (src/printable.cpp), so a gap there shows up
// here instead of being mirrored. A broken invariant prints what and where, then aborts, which
// libFuzzer records as a crash and the replay test reports as a failure.

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::fuzz {

/// Stops the run with `what` and a short excerpt of `text` around `at`, in hexadecimal.
[[noreturn]] inline void fail(std::string_view what, std::string_view text,
                              std::size_t at = std::string_view::npos) {
    std::fprintf(stderr, "invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    if (at != std::string_view::npos) {
        const std::size_t from = at > 16 ? at - 16 : 0;
        std::fprintf(stderr, "at byte %zu:", at);
        for (std::size_t i = from; i < text.size() && i < at + 16; ++i) {
            std::fprintf(stderr, i == at ? " [%02X]" : " %02X",
                         static_cast<unsigned>(static_cast<unsigned char>(text[i])));
        }
        std::fprintf(stderr, "\n");
    }
    std::abort();
}

inline void require(bool ok, std::string_view what, std::string_view text = {},
                    std::size_t at = std::string_view::npos) {
    if (!ok) {
        fail(what, text, at);
    }
}

/// The code point at `pos` (advancing `pos`), or nullopt for bytes that are not UTF-8.
inline std::optional<unsigned long> next_code_point(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::size_t length = 1;
    unsigned long cp = lead;
    if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07U;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0FU;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1FU;
    } else if (lead >= 0x80) {
        return std::nullopt;
    }
    if (pos + length > text.size()) {
        return std::nullopt;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[pos + i]);
        if ((next & 0xC0U) != 0x80U) {
            return std::nullopt;
        }
        cp = (cp << 6U) | (next & 0x3FU);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return std::nullopt;
    }
    pos += length;
    return cp;
}

/// Whether a terminal would act on `cp` instead of showing it: C0 and C1 controls, DEL, and the
/// Unicode controls that reorder text (bidi marks, embeddings, overrides, isolates) or break
/// lines.
inline bool acts_on_terminal(unsigned long cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E ||
           cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/// Offset of the first byte of `text` that is not UTF-8 or that a terminal would act on (other
/// than the characters in `allowed`), or npos when it is safe to print.
inline std::size_t first_hazard(std::string_view text, std::string_view allowed = "\n") {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const auto cp = next_code_point(text, pos);
        if (!cp) {
            return start;
        }
        if (acts_on_terminal(*cp) &&
            !(*cp < 0x80 && allowed.find(static_cast<char>(*cp)) != std::string_view::npos)) {
            return start;
        }
    }
    return std::string_view::npos;
}

/// Fails when `text` would drive a terminal (see first_hazard).
inline void require_printable(std::string_view text, std::string_view what,
                              std::string_view allowed = "\n") {
    const auto at = first_hazard(text, allowed);
    require(at == std::string_view::npos, what, text, at);
}

/// `text` without the colour sequences our table printer emits (ESC [ digits m).
inline std::string without_colour(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
            std::size_t j = i + 2;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9') {
                ++j;
            }
            if (j < text.size() && text[j] == 'm') {
                i = j;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

/// Lines of `text` split at `separator`; a final separator ends the last line.
inline std::vector<std::string_view> split_lines(std::string_view text,
                                                 std::string_view separator = "\n") {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(separator, start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        lines.push_back(text.substr(start, end - start));
        start = end + separator.size();
    }
    return lines;
}

/// The fields of one RFC 4180 record (without its line end), or nullopt if it is malformed.
inline std::optional<std::vector<std::string>> parse_csv_record(std::string_view line) {
    std::vector<std::string> fields;
    std::size_t i = 0;
    for (;;) {
        std::string field;
        if (i < line.size() && line[i] == '"') {
            ++i;
            for (;;) {
                if (i >= line.size()) {
                    return std::nullopt; // unterminated quote
                }
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i++];
            }
            if (i < line.size() && line[i] != ',') {
                return std::nullopt; // text after a closing quote
            }
        } else {
            while (i < line.size() && line[i] != ',') {
                if (line[i] == '"') {
                    return std::nullopt; // a quote inside an unquoted field
                }
                field += line[i++];
            }
        }
        fields.push_back(std::move(field));
        if (i >= line.size()) {
            return fields;
        }
        ++i; // the comma
    }
}

/// Table-cell separators in a GFM table row: pipes not escaped by a backslash.
inline std::size_t unescaped_pipes(std::string_view row) {
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\') {
            ++i;
        } else if (row[i] == '|') {
            ++pipes;
        }
    }
    return pipes;
}

} // namespace massage_evidence::fuzz
