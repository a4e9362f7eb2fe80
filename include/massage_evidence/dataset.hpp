#pragma once

/// The curated dataset compiled into the binary from data/massage-evidence.json, so the tool works
/// from any directory with no files installed.

#include <string_view>

namespace massage_evidence {

/// The JSON text of the embedded dataset.
[[nodiscard]] std::string_view embedded_dataset_text() noexcept;

/// The embedded dataset's version (its `dataset.version`), known without parsing it.
[[nodiscard]] std::string_view embedded_dataset_version() noexcept;

/// The name the embedded dataset goes by in messages.
inline constexpr std::string_view embedded_dataset_origin = "<embedded>/massage-evidence.json";

} // namespace massage_evidence
