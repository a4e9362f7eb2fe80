#pragma once

// ASCII-only case changes: folding for matching user words against data (search, did-you-mean),
// and a capital first letter for sentences built from vocabulary words. Bytes outside A-Z and
// a-z, UTF-8 included, are left as they are, so neither ever breaks a character.

#include <algorithm>
#include <string>
#include <string_view>

namespace massage_evidence::detail {

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

[[nodiscard]] inline std::string ascii_lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
    return out;
}

/// `text` with its first letter capitalised, when that is an ASCII lower-case letter.
[[nodiscard]] inline std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out.front() >= 'a' && out.front() <= 'z') {
        out.front() = static_cast<char>(out.front() - 'a' + 'A');
    }
    return out;
}

} // namespace massage_evidence::detail
