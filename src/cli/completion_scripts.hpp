#pragma once

// Completion scripts for bash, zsh and fish, rendered from the command model. The scripts hold
// the command tree (commands, options, enumerated values) and ask the program itself only for
// what depends on the dataset in use: `PROGRAM [--data FILE] __complete ids|claims|sources`
// prints one id a line.

#include "cli/completion_model.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace massage_evidence::cli {

/// A bash script defining `_massage_evidence` and binding it with `complete -F`. It needs no
/// bash-completion helpers (bash 4.1 or later).
[[nodiscard]] std::string bash_completion_script(const command_model& program);

/// A zsh `#compdef` file for $fpath (`_massage-evidence`), built on `_arguments`.
[[nodiscard]] std::string zsh_completion_script(const command_model& program);

/// A fish script of `complete -c` lines (`massage-evidence.fish`).
[[nodiscard]] std::string fish_completion_script(const command_model& program);

namespace detail {

/// `text` in POSIX single quotes, safe as one word in bash and zsh.
[[nodiscard]] std::string single_quoted(std::string_view text);

/// `text` with every run of characters other than letters and digits replaced by one '_', for
/// shell function names: "massage-evidence" -> "massage_evidence".
[[nodiscard]] std::string identifier(std::string_view text);

/// Calls `visit(path, command)` for `program` and every command under it, parents first. The
/// path is the command words after the program name joined by spaces: "" for the program itself.
void for_each_command(const command_model& program,
                      const std::function<void(const std::string&, const command_model&)>& visit);

/// The names of the subcommands of `command` joined by spaces.
[[nodiscard]] std::string subcommand_names(const command_model& command);

/// Every option name of `command` joined by spaces.
[[nodiscard]] std::string option_names(const command_model& command);

} // namespace detail
} // namespace massage_evidence::cli
