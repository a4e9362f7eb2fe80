#pragma once

// The command line as a library: `run` takes the arguments and an environment, writes what the
// command prints into two strings and returns the exit status. main.cpp is the only caller that
// touches real file descriptors; tests call `run` directly.

#include "massage_evidence/model.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::cli {

/// What the process sees of its surroundings, injectable for tests.
struct environment {
    /// Value of an environment variable, or nullopt when unset.
    std::function<std::optional<std::string>(const std::string&)> variable;
    /// Whether standard output is a terminal (colour and wrapping are for terminals only).
    bool stdout_is_terminal = false;
    /// Columns of that terminal, 0 when unknown.
    std::size_t terminal_width = 0;
    /// Shows `text` through the pager `command` and waits for it; false when the pager could not
    /// be started. Unset (tests, in-process callers): output is never paged.
    std::function<bool(const std::string& command, std::string_view text)> page;
    /// Parses the embedded dataset. Unset (the process, most tests): load_embedded_dataset().
    /// Tests set it to see which commands parse the dataset and how often.
    std::function<dataset()> load_embedded;
};

/// The real process environment.
[[nodiscard]] environment process_environment();

/// Runs the command line `args` (without the program name). Output meant for stdout is
/// appended to `out` and messages to `err`; returns the documented exit status.
[[nodiscard]] int run(const std::vector<std::string>& args, std::string& out, std::string& err,
                      const environment& env);

} // namespace massage_evidence::cli
