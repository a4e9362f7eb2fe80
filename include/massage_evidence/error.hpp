#pragma once

/// The one error type for conditions that end a command: bad usage, unreadable input, an invalid
/// dataset, an output that cannot be created or written. Each kind maps to a documented exit code;
/// only `cli::run` catches it.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// Why a command failed; `exit_code` gives the documented status.
enum class error_kind {
    usage,         ///< 2: a flag or value the command does not accept
    invalid_data,  ///< 65: the dataset breaks the format's rules
    input,         ///< 66: an input is missing, unreadable or too large
    output_exists, ///< 73: an output cannot be created or already exists
    io,            ///< 74: writing failed
};

/// The process exit status documented in the README for each kind.
[[nodiscard]] int exit_code(error_kind kind) noexcept;

/// A fatal condition. `what()` is one line: what was wrong, where, and how to fix it. `details`
/// holds further lines (e.g. every diagnostic of an invalid dataset).
class error : public std::runtime_error {
public:
    error(error_kind kind, const std::string& message, std::vector<std::string> details = {})
        : std::runtime_error(message), kind_(kind), details_(std::move(details)) {}

    [[nodiscard]] error_kind kind() const noexcept { return kind_; }
    [[nodiscard]] const std::vector<std::string>& details() const noexcept { return details_; }

private:
    error_kind kind_;
    std::vector<std::string> details_;
};

[[nodiscard]] error usage_error(std::string_view message);
[[nodiscard]] error input_error(std::string_view origin, std::string_view problem);
[[nodiscard]] error output_error(std::string_view path, std::string_view problem);
[[nodiscard]] error write_error(std::string_view target, std::string_view problem);

} // namespace massage_evidence
