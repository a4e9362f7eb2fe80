// The zsh completion script: one function per command, each an `_arguments` call with an
// option spec per option (description, value name and action), and the usual `->command` /
// `->argument` states where a command has subcommands. The program's words are kept before
// `_arguments` shifts them, so the ids helper can pass on a --data typed before the subcommand.

#include "cli/completion_scripts.hpp"

#include <cctype>

namespace massage_evidence::cli {
namespace {

using detail::single_quoted;

// Text inside an _arguments spec: brackets end a description and colons separate fields.
std::string spec_text(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '[' || c == ']' || c == ':' || c == '\\') {
            escaped += '\\';
        }
        escaped += c == '\n' ? ' ' : c;
    }
    return escaped;
}

// The first word of a value's name ("VERDICT" of "VERDICT[,VERDICT...]"), or "value": a word
// that needs no quoting in an action.
std::string plain_word(std::string_view text) {
    std::string word;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-' && c != '_') {
            break;
        }
        word += c;
    }
    return word.empty() ? "value" : word;
}

std::string action_of(const value_model& value, const std::string& prefix) {
    switch (value.completion) {
    case value_completion::none:
    case value_completion::free_text:
        return {};
    case value_completion::file:
        return "_files";
    case value_completion::words: {
        if (value.separator != '\0') {
            // _values completes each word after the separator and leaves out those typed.
            std::string values =
                "_values -s " + std::string(1, value.separator) + " " + plain_word(value.name);
            for (const auto& word : value.words) {
                values += " " + spec_text(word);
            }
            return values;
        }
        std::string words = "(";
        for (std::size_t i = 0; i < value.words.size(); ++i) {
            words += (i > 0 ? " " : "") + spec_text(value.words[i]);
        }
        return words + ")";
    }
    case value_completion::any_id:
    case value_completion::claim_id:
    case value_completion::source_id:
        // A leading space: call it as written, without _arguments' extra arguments.
        return " " + prefix + "__ids " + std::string(id_list_name(value.completion));
    }
    return {};
}

std::string value_field(const value_model& value, const std::string& prefix) {
    return ":" + spec_text(value.name.empty() ? "VALUE" : value.name) + ":" +
           action_of(value, prefix);
}

std::string option_spec(const option_model& option, const std::string& prefix) {
    const bool takes_value = option.value.completion != value_completion::none;
    const auto description = "[" + spec_text(option.description) + "]";
    const auto value = takes_value ? value_field(option.value, prefix) : std::string();
    // -o takes its value joined or as the next word (-o+), --output after '=' or as the next
    // word (--output=).
    const auto spelled = [&](const std::string& name) {
        if (!takes_value) {
            return name;
        }
        return name + (name.size() == 2 ? "+" : "=");
    };
    if (option.names.size() == 1) {
        return single_quoted(spelled(option.names[0]) + description + value);
    }
    std::string exclusions;
    std::string names;
    for (const auto& name : option.names) {
        exclusions += (exclusions.empty() ? "" : " ") + name;
        names += (names.empty() ? "" : ",") + spelled(name);
    }
    return single_quoted("(" + exclusions + ")") + "{" + names + "}" +
           single_quoted(description + value);
}

std::string argument_spec(const argument_model& argument, std::size_t position,
                          const std::string& prefix) {
    const auto where = argument.repeatable ? std::string("*") : std::to_string(position);
    return single_quoted(where + value_field(argument.value, prefix));
}

std::string command_function(const std::string& prefix, const std::string& path) {
    return path.empty() ? prefix : prefix + "_" + detail::identifier(path);
}

std::string function_for(const std::string& prefix, const std::string& path,
                         const command_model& command, const std::string& program) {
    const auto name = command_function(prefix, path);
    std::string body = name + "() {\n";
    if (!command.subcommands.empty()) {
        body += "    local curcontext=$curcontext state state_descr line ret=1\n"
                "    local -A opt_args\n";
    }
    if (path.empty()) {
        body += "    local -a " + prefix + "__words\n    " + prefix + "__words=(\"${words[@]}\")\n";
    }
    body += "    _arguments";
    // -A '-*': the options after the subcommand are the subcommand's to complete.
    body += command.subcommands.empty() ? " -S" : " -C -S -A '-*'";
    for (const auto& option : command.options) {
        body += " \\\n        " + option_spec(option, prefix);
    }
    if (command.subcommands.empty()) {
        std::size_t position = 1;
        for (const auto& argument : command.arguments) {
            body += " \\\n        " + argument_spec(argument, position++, prefix);
        }
        return body + "\n}\n";
    }
    body += " \\\n        '1: :->command' \\\n        '*:: :->argument' && ret=0\n"
            "    case $state in\n"
            "    command)\n"
            "        local -a commands\n"
            "        commands=(";
    for (const auto& subcommand : command.subcommands) {
        body += "\n            " +
                single_quoted(spec_text(subcommand.name) + ":" + spec_text(subcommand.description));
    }
    body += "\n        )\n"
            "        _describe -t commands command commands && ret=0\n"
            "        ;;\n"
            "    argument)\n"
            "        curcontext=${curcontext%:*:*}:" +
            program +
            "-$words[1]:\n"
            "        case $words[1] in\n";
    for (const auto& subcommand : command.subcommands) {
        const auto sub_path = path.empty() ? subcommand.name : path + " " + subcommand.name;
        body += "        " + single_quoted(subcommand.name) + ") " +
                command_function(prefix, sub_path) + " && ret=0 ;;\n";
    }
    body += "        esac\n"
            "        ;;\n"
            "    esac\n"
            "    return ret\n"
            "}\n";
    return body;
}

} // namespace

std::string zsh_completion_script(const command_model& program) {
    const auto prefix = "_" + detail::identifier(program.name);
    std::string script = "#compdef " + program.name + "\n# zsh completion for " + program.name +
                         "\n# Generated by `" + program.name +
                         " completion zsh` from its command tree: regenerate, do not edit.\n"
                         "# Claim and source ids come from `" +
                         program.name +
                         " __complete`, so they are those of the dataset in\n"
                         "# use (--data on the line, else $MASSAGE_EVIDENCE_DATA, else the "
                         "embedded one).\n\n";
    script += "# Offers the ids `__complete $1` prints, from the dataset named on the line.\n" +
              prefix + "__ids() {\n" + "    local -a line ids data\n" + "    line=(\"${" + prefix +
              "__words[@]}\")\n" +
              R"ZSH(    local program=${(Q)line[1]} i=${line[(I)--data]}
    [[ $program == '~/'* ]] && program=$HOME/${program#'~/'}
    if (( i > 0 && i < $#line )); then
        data=(--data ${(Q)line[i+1]})
    elif [[ -n ${line[(R)--data=*]} ]]; then
        data=(--data ${(Q)${line[(R)--data=*]}#--data=})
    fi
    [[ $data[2] == '~/'* ]] && data[2]=$HOME/${data[2]#'~/'}
    ids=(${(f)"$("$program" "${data[@]}" __complete "$1" 2>/dev/null)"})
    _wanted ids expl id compadd -a ids
}
)ZSH";
    std::string functions;
    detail::for_each_command(program, [&](const std::string& path, const command_model& command) {
        functions += "\n" + function_for(prefix, path, command, program.name);
    });
    script += functions;
    // Autoloaded from $fpath, the file is the body of _<program>: complete now. Sourced, it
    // binds the function for later.
    script += "\nif [[ $funcstack[1] == _" + program.name + " ]]; then\n    " + prefix +
              " \"$@\"\nelse\n    compdef " + prefix + " " + program.name + "\nfi\n";
    return script;
}

} // namespace massage_evidence::cli
