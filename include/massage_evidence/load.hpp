#pragma once

/// Turning JSON text or a file into a `dataset`. Parsing is a single streaming (SAX) pass straight
/// into the typed model, collecting every structural problem with its JSON pointer; the whole
/// document's rules (unique ids, references, grades) are checked next. Bad data never throws:
/// problems come back as diagnostics. Only unreadable input throws `error`. A regular file is
/// parsed as it is read, so memory holds the model, not the file's text.
///
///     auto result = parse_dataset(text);
///     if (!result.data) { for (auto& d : result.problems.kept()) ...; }

#include "massage_evidence/diagnostic.hpp"
#include "massage_evidence/model.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace massage_evidence {

/// Inputs larger than this are refused unless the caller raises the limit.
inline constexpr std::size_t default_max_input_size = std::size_t{64} * 1024 * 1024;

/// The dataset, present only when there were no errors, and every finding.
struct load_result {
    std::optional<dataset> data;
    diagnostics problems;
};

/// Parses and checks a dataset held in memory. Findings carry line and column.
[[nodiscard]] load_result parse_dataset(std::string_view text);

/// The bytes of a file, FIFO or device ("-" is standard input), refusing more than `max_size`.
/// Throws `error` (kind input) when it is missing, a directory, unreadable or too large.
[[nodiscard]] std::string read_input(const std::string& path,
                                     std::size_t max_size = default_max_input_size);

/// Reads and parses a dataset file ("-" is standard input), findings included, like
/// `parse_dataset`. A regular file is read in chunks as it is parsed, and read again only when
/// findings must be placed by line and column; standard input and other streams are read whole
/// first. Throws `error` (input) only when the file cannot be read.
[[nodiscard]] load_result parse_dataset_file(const std::string& path,
                                             std::size_t max_size = default_max_input_size);

/// Reads and parses a dataset file as `parse_dataset_file` does; throws `error` (input or
/// invalid_data, with every diagnostic formatted in `details`) when it cannot be used.
[[nodiscard]] dataset load_dataset_file(const std::string& path,
                                        std::size_t max_size = default_max_input_size);

/// Parses the dataset compiled into the binary; throws `error` if it is broken (a build defect).
[[nodiscard]] dataset load_embedded_dataset();

/// The first `shown` findings as printable entries: "file:line:col: pointer: message", followed
/// for syntax errors by the source line and a caret on the next lines.
[[nodiscard]] std::vector<std::string>
describe_problems(const diagnostics& problems, std::string_view origin, std::size_t shown = 20);

} // namespace massage_evidence
