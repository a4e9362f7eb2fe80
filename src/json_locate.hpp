#pragma once

// Line and column for findings. The SAX parser reports byte offsets only for syntax errors, and
// nothing for the values it accepted, so when findings exist this file scans the (already valid)
// text once more and notes where each finding's JSON pointer begins. It costs nothing when a
// dataset is clean. Internal to the library.

#include "massage_evidence/diagnostic.hpp"

#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// Sets line, column and source line of `finding` for byte `offset` of `text`.
void place_at_offset(std::string_view text, std::size_t offset, diagnostic& finding);

/// Sets line and column of every finding whose pointer names a value in `text`. Where a pointer
/// occurs more than once (a repeated key), the last occurrence is used.
void locate_pointers(std::string_view text, std::vector<diagnostic>& findings);

} // namespace massage_evidence::detail
