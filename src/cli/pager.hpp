#pragma once

// Long output on a terminal goes through a pager, the way git and gh do it: the command comes
// from $MASSAGE_EVIDENCE_PAGER, else $PAGER, else "less -FRX" (-F quits at once when the text
// fits the screen, -R passes colours, -X leaves the text on screen). Never when stdout is not a
// terminal, never with --no-pager, and not at all when the variable is set to "" or "cat".

#include "cli/app.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace massage_evidence::cli {

/// The pager to run, or nullopt for none.
[[nodiscard]] std::optional<std::string> pager_command(const environment& env);

/// Whether a command's output should be paged: stdout is a terminal, --no-pager was not given,
/// a pager is configured, and the environment can run one.
[[nodiscard]] bool should_page(const environment& env, bool no_pager);

/// Runs `command` through /bin/sh with `text` on its standard input and waits for it. Sets
/// LESS=FRX (and LV=-c) for the pager when unset, as git does. Returns false when the pager
/// could not be started (the caller then prints the text itself).
[[nodiscard]] bool run_pager(const std::string& command, std::string_view text);

} // namespace massage_evidence::cli
