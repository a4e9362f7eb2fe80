#pragma once

// The whole command line as one object: every command's options and the CLI11 app bound to
// them. run() parses with it; `completion` and the tests walk its `app`, so there is one
// declaration of the tree. To add a command: its options member here, its setup_<name> call in
// the constructor and its run_<name> call in run() (both in app.cpp).

#include "cli/common.hpp"

#include <CLI/CLI.hpp>

namespace massage_evidence::cli {

struct command_tree {
    /// Declares every command and option on `app`, bound to the members below.
    command_tree();
    command_tree(const command_tree&) = delete;
    command_tree& operator=(const command_tree&) = delete;
    command_tree(command_tree&&) = delete;
    command_tree& operator=(command_tree&&) = delete;
    ~command_tree() = default;

    global_options global;
    mechanisms_options mechanisms;
    conditions_options conditions;
    techniques_options techniques;
    claims_options claims;
    show_options showing;
    search_options searching;
    sources_options sources;
    cite_options citing;
    explain_options explaining;
    stats_options stats;
    export_options exporting;
    validate_options validating;
    check_options checking;
    completion_options completion;
    complete_options complete;
    CLI::App app;
};

} // namespace massage_evidence::cli
