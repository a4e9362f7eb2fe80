#pragma once

// Pieces shared by everything that prints for a terminal: wrapping escaped text to a width by
// display columns, and the colours that repeat a certainty or a verdict. Internal to the library.

#include "massage_evidence/model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

inline constexpr std::string_view style_reset = "\x1b[0m";
inline constexpr std::string_view style_bold = "\x1b[1m";
/// How a search match is marked on a colour terminal.
inline constexpr std::string_view style_match = "\x1b[1;4m";

/// Splits already escaped `text` into lines of at most `width` display columns, breaking at
/// spaces where possible and cutting words longer than a line. `width` 0 means one line.
[[nodiscard]] std::vector<std::string> wrap_text(std::string_view text, std::size_t width);

/// The colour a terminal gives a certainty level or a verdict (it only repeats the word).
[[nodiscard]] std::string_view certainty_colour(certainty level) noexcept;
[[nodiscard]] std::string_view verdict_colour(verdict v) noexcept;

} // namespace massage_evidence::detail
