#pragma once

// ASCII-only case folding for matching user words against data (search, did-you-mean). Bytes
// outside A-Z, UTF-8 included, are left as they are, so folding never breaks a character.

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

} // namespace massage_evidence::detail
