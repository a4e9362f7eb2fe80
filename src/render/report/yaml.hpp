#pragma once

// YAML scalars for the report's front matter. Internal.

#include <string>
#include <string_view>

namespace massage_evidence::detail {

/// `text` as a YAML double-quoted scalar, quotes included. Line breaks become spaces and control
/// characters visible escapes (as in the Markdown), then `\` and `"` are escaped, and the
/// characters YAML does not allow in a document (U+FEFF, U+FFFE, U+FFFF) written as \u escapes.
[[nodiscard]] std::string yaml_double_quoted(std::string_view text);

} // namespace massage_evidence::detail
