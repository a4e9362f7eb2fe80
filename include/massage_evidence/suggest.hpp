#pragma once

/// "Did you mean ...?": the known names closest to a mistyped one, so an unknown id or term can
/// be answered with the likely intended one instead of a bare refusal.
///
///     closest_matches("circulaton", ids);   // {"circulation"}
///     did_you_mean({"circulation"});        // "did you mean circulation?"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// Edits (insertions, deletions, substitutions, swaps of two neighbours) between `a` and `b`,
/// counted per byte after lower-casing ASCII letters.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// At most `limit` candidates close to `typed`, closest first (ties in candidate order): those
/// within a few edits (more for longer words), and those that contain `typed` or start the same
/// way when it is at least three characters long. Empty when nothing is close.
[[nodiscard]] std::vector<std::string> closest_matches(std::string_view typed,
                                                       const std::vector<std::string>& candidates,
                                                       std::size_t limit = 3);

/// "did you mean a?", "did you mean a or b?", "did you mean a, b or c?"; "" for no suggestions.
[[nodiscard]] std::string did_you_mean(const std::vector<std::string>& suggestions);

} // namespace massage_evidence
