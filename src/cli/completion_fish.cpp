// The fish completion script: `complete -c` lines guarded by conditions on the command path and
// the argument number, which a generated state function works out from the command line (it
// knows which options take a value, so `--data FILE mechanisms` is read right).

#include "cli/completion_scripts.hpp"

namespace massage_evidence::cli {
namespace {

// `text` in fish single quotes, where only \\ and \' are escapes.
std::string fish_quoted(std::string_view text) {
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\\' || c == '\'') {
            quoted += '\\';
        }
        quoted += c == '\n' ? ' ' : c;
    }
    return quoted + "'";
}

// The flags of a `complete` line for a value: of an option (-r: it requires one, -x: and no
// file names) or of an argument.
// `text` in fish double quotes, for a command path inside a quoted condition.
std::string fish_double_quoted(std::string_view text) {
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '\\' || c == '"' || c == '$') {
            quoted += '\\';
        }
        quoted += c;
    }
    return quoted + "\"";
}

std::string value_flags(const value_model& value, const std::string& prefix, bool of_option) {
    const std::string exclusive = of_option ? " -x" : " -f";
    switch (value.completion) {
    case value_completion::none:
        return {};
    case value_completion::free_text:
        return exclusive;
    case value_completion::file:
        return of_option ? " -r -F" : " -F";
    case value_completion::words: {
        std::string words;
        for (const auto& word : value.words) {
            words += (words.empty() ? "" : " ") + word;
        }
        if (value.separator != '\0') {
            // fish's own helper completes each word after the separator.
            return exclusive + " -a " +
                   fish_quoted("(__fish_complete_list " + std::string(1, value.separator) +
                               " \"string join \\n " + words + "\")");
        }
        return exclusive + " -a " + fish_quoted(words);
    }
    case value_completion::any_id:
    case value_completion::claim_id:
    case value_completion::source_id:
        return exclusive + " -a " +
               fish_quoted("(" + prefix + "_ids " + std::string(id_list_name(value.completion)) +
                           ")");
    }
    return {};
}

std::string option_line(const std::string& head, const option_model& option,
                        const std::string& prefix) {
    std::string line = head;
    for (const auto& name : option.names) {
        line += name.size() == 2 ? " -s " + name.substr(1) : " -l " + name.substr(2);
    }
    return line + value_flags(option.value, prefix, true) + " -d " +
           fish_quoted(option.description) + "\n";
}

constexpr std::string_view state_function = R"FISH(
# Prints the command path ('' for none), then how many arguments were typed after it.
function @F@_state
    set -l tokens (commandline -opc)
    set -l path ''
    set -l argc 0
    set -l skip 0
    set -l ended 0
    for token in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        if test $ended -eq 0
            if test "$token" = --
                set ended 1
                continue
            end
            if string match -q -- '-?*' $token
                if not string match -q -- '*=*' $token; and @F@_takes_value "$path" $token
                    set skip 1
                end
                continue
            end
        end
        if test $argc -eq 0; and contains -- $token (@F@_subcommands "$path")
            set path (string trim -- "$path $token")
            continue
        end
        set argc (math $argc + 1)
    end
    printf '%s\n' "$path" $argc
end

# True when the command path is $argv[1]; with a number $argv[2], when the word being typed is
# that argument (from 0), or any later one when $argv[3] is 1 (a repeated argument).
function @F@_at
    set -l state (@F@_state)
    test "$state[1]" = "$argv[1]"; or return 1
    set -q argv[2]; or return 0
    test $state[2] -eq $argv[2]; and return 0
    test "$argv[3]" = 1; and test $state[2] -gt $argv[2]
end

# The ids `__complete $argv[1]` prints, from the dataset named on the line.
function @F@_ids
    set -l tokens (commandline -opc)
    set -l data
    set -l at (contains -i -- --data $tokens)
    if test -n "$at"; and test $at -lt (count $tokens)
        set data --data $tokens[(math $at + 1)]
    else
        for token in $tokens
            string match -q -- '--data=*' $token; and set data --data (string replace -- --data= '' $token)
        end
    end
    $tokens[1] $data __complete $argv[1] 2>/dev/null
end
)FISH";

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

} // namespace

std::string fish_completion_script(const command_model& program) {
    const auto prefix = "__" + detail::identifier(program.name);
    std::string subcommands;
    std::string valued;
    std::string completions;
    detail::for_each_command(program, [&](const std::string& path, const command_model& command) {
        const auto label = fish_quoted(path);
        if (!command.subcommands.empty()) {
            subcommands += "        case " + label + "\n            printf '%s\\n' " +
                           detail::subcommand_names(command) + "\n";
        }
        std::string names;
        for (const auto& option : command.options) {
            if (option.value.completion == value_completion::none) {
                continue;
            }
            for (const auto& name : option.names) {
                names += " " + name;
            }
        }
        if (!names.empty()) {
            valued += "        case " + label + "\n            contains -- $option" + names +
                      "; and return 0\n";
        }

        completions += "\n# " + (path.empty() ? program.name : program.name + " " + path) + "\n";
        const auto at = "complete -c " + program.name + " -n " +
                        fish_quoted(prefix + "_at " + fish_double_quoted(path));
        for (const auto& subcommand : command.subcommands) {
            completions += "complete -c " + program.name + " -n " +
                           fish_quoted(prefix + "_at " + fish_double_quoted(path) + " 0") + " -a " +
                           fish_quoted(subcommand.name) + " -d " +
                           fish_quoted(subcommand.description) + "\n";
        }
        for (const auto& option : command.options) {
            completions += option_line(at, option, prefix);
        }
        for (std::size_t i = 0; i < command.arguments.size(); ++i) {
            const auto& argument = command.arguments[i];
            if (argument.value.completion == value_completion::free_text) {
                continue;
            }
            const auto where = prefix + "_at " + fish_double_quoted(path) + " " +
                               std::to_string(i) + (argument.repeatable ? " 1" : "");
            completions += "complete -c " + program.name + " -n " + fish_quoted(where) +
                           value_flags(argument.value, prefix, false) + " -d " +
                           fish_quoted(argument.description) + "\n";
        }
    });

    std::string script = "# fish completion for " + program.name + "\n# Generated by `" +
                         program.name +
                         " completion fish` from its command tree: regenerate, do not edit.\n"
                         "# Claim and source ids come from `" +
                         program.name +
                         " __complete`, so they are those of the dataset in\n"
                         "# use (--data on the line, else $MASSAGE_EVIDENCE_DATA, else the "
                         "embedded one).\n\n";
    script += "# The subcommands of command path $argv[1], one a line.\nfunction " + prefix +
              "_subcommands --argument-names path\n    switch \"$path\"\n" + subcommands +
              "    end\nend\n\n";
    script += "# True when option $argv[2] takes a value after command path $argv[1].\nfunction " +
              prefix + "_takes_value --argument-names path option\n    switch \"$path\"\n" +
              valued + "    end\n    return 1\nend\n";
    std::string functions(state_function);
    replace_all(functions, "@F@", prefix);
    script += functions;
    script += "\n# Files only where an argument asks for them.\ncomplete -c " + program.name +
              " -f\n" + completions;
    return script;
}

} // namespace massage_evidence::cli
