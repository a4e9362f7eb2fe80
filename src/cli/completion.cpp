// `massage-evidence completion bash|zsh|fish`, which prints a completion script for the command
// tree it belongs to, and the hidden `__complete ids|claims|sources` that those scripts call at
// completion time, so that ids come from the dataset in use. The scripts themselves are rendered
// in completion_{bash,zsh,fish}.cpp.

#include "cli/common.hpp"
#include "cli/completion_scripts.hpp"

#include <algorithm>
#include <cctype>

namespace massage_evidence::cli {

void setup_completion(CLI::App& app, completion_options& options) {
    auto* command = app.add_subcommand(
        "completion", "Print a completion script for bash, zsh or fish (subcommands, options, "
                      "their values, claim and source ids)");
    command->add_option("shell", options.shell, "The shell: bash, zsh or fish")
        ->required()
        ->type_name("SHELL")
        ->check(CLI::IsMember({"bash", "zsh", "fish"}, CLI::ignore_case));
    command->footer(
        "Installed packages put the scripts where each shell finds them already.\n"
        "Examples:\n"
        "  source <(massage-evidence completion bash)    # bash, this session\n"
        "  massage-evidence completion bash > ~/.local/share/bash-completion/completions/"
        "massage-evidence\n"
        "  massage-evidence completion zsh > ~/.zfunc/_massage-evidence    # a directory in "
        "$fpath\n"
        "  massage-evidence completion fish > ~/.config/fish/completions/massage-evidence.fish");
}

int run_completion(const completion_options& options, const CLI::App& program, const context& ctx) {
    std::string shell = options.shell;
    std::transform(shell.begin(), shell.end(), shell.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto tree = describe_commands(program);
    if (shell == "zsh") {
        ctx.out += zsh_completion_script(tree);
    } else if (shell == "fish") {
        ctx.out += fish_completion_script(tree);
    } else {
        ctx.out += bash_completion_script(tree);
    }
    return 0;
}

void setup_complete(CLI::App& app, complete_options& options) {
    auto* command = app.add_subcommand(complete_command_name,
                                       "Print completion candidates, one a line (for the "
                                       "completion scripts)");
    command->group(""); // hidden from --help and from the completions themselves
    command->add_option("list", options.list, "ids (claims and sources), claims or sources")
        ->required()
        ->check(CLI::IsMember({"ids", "claims", "sources"}));
}

int run_complete(const complete_options& options, const context& ctx) {
    // An invalid dataset fails here as everywhere (on stderr, which the scripts discard), so
    // only ids that passed the loader's id pattern reach the shell.
    const auto data = load_requested_dataset(ctx);
    if (options.list != "sources") {
        for (const auto* claims : {&data.mechanisms, &data.conditions, &data.practices}) {
            for (const auto& c : *claims) {
                ctx.out += c.id;
                ctx.out += '\n';
            }
        }
    }
    if (options.list != "claims") {
        for (const auto& s : data.sources) {
            ctx.out += s.id;
            ctx.out += '\n';
        }
    }
    return 0;
}

} // namespace massage_evidence::cli
