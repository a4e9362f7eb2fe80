// What the three completion script renderers share: quoting, names and the walk over the
// command model. The scripts themselves are in completion_bash.cpp, completion_zsh.cpp and
// completion_fish.cpp.

#include "cli/completion_scripts.hpp"

#include <cctype>

namespace massage_evidence::cli::detail {

std::string single_quoted(std::string_view text) {
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    return quoted + "'";
}

std::string identifier(std::string_view text) {
    std::string name;
    bool in_run = false;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            name += c;
            in_run = false;
        } else if (!in_run) {
            name += '_';
            in_run = true;
        }
    }
    return name;
}

namespace {

void visit_under(const std::string& path, const command_model& command,
                 const std::function<void(const std::string&, const command_model&)>& visit) {
    visit(path, command);
    for (const auto& subcommand : command.subcommands) {
        visit_under(path.empty() ? subcommand.name : path + " " + subcommand.name, subcommand,
                    visit);
    }
}

} // namespace

void for_each_command(const command_model& program,
                      const std::function<void(const std::string&, const command_model&)>& visit) {
    visit_under("", program, visit);
}

std::string subcommand_names(const command_model& command) {
    std::string names;
    for (const auto& subcommand : command.subcommands) {
        names += names.empty() ? "" : " ";
        names += subcommand.name;
    }
    return names;
}

std::string option_names(const command_model& command) {
    std::string names;
    for (const auto& option : command.options) {
        for (const auto& name : option.names) {
            names += names.empty() ? "" : " ";
            names += name;
        }
    }
    return names;
}

} // namespace massage_evidence::cli::detail
