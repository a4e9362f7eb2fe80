#pragma once

// Small text tools of the report: data made literal wherever it lands in the Markdown (inline,
// at the start of a block, in a heading), and the counting and joining that turn numbers into
// readable prose. Internal to the library.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// Data text for the middle of a paragraph, a table cell or a heading: escape_markdown, plus
/// `#` so a heading cannot lose a trailing "#" to its closing sequence.
[[nodiscard]] std::string inline_text(std::string_view text);

/// Data text that begins a block (a paragraph, a list item): `inline_text` of the trimmed text,
/// with a leading list, heading or thematic-break marker made literal ("1. x", "- x", "+ x").
[[nodiscard]] std::string block_text(std::string_view text);

/// `text` ending in a full stop unless it already ends a sentence.
[[nodiscard]] std::string sentence(std::string_view text);

/// The first letter upper-cased (ASCII), e.g. "limited confidence" -> "Limited confidence".
[[nodiscard]] std::string capitalized(std::string_view text);

/// The first letter lower-cased when the word is not an acronym: "Knee osteoarthritis" ->
/// "knee osteoarthritis", "DOMS" stays.
[[nodiscard]] std::string lowercase_first(std::string_view text);

/// "one" to "twelve" in words, larger numbers in digits.
[[nodiscard]] std::string number_in_words(std::size_t n);

/// "one mechanism", "14 mechanisms".
[[nodiscard]] std::string count_of(std::size_t n, std::string_view singular,
                                   std::string_view plural);

/// "a", "a and b", "a, b and c".
[[nodiscard]] std::string joined_with_and(const std::vector<std::string>& parts);

/// "a; b; c": for lists whose items contain commas, such as claim names.
[[nodiscard]] std::string joined_with_semicolons(const std::vector<std::string>& parts);

} // namespace massage_evidence::detail
