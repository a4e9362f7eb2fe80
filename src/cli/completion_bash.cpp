// The bash completion script. The command tree goes into four lookup functions (commands,
// options, option values, arguments, each a `case` on the command path); a fixed driver walks
// COMP_WORDS with them. It uses plain bash only, not the bash-completion package's helpers, so
// it works wherever bash does, and it never passes dataset text through `compgen -W`, which
// would expand it.

#include "cli/completion_scripts.hpp"

#include <string_view>

namespace massage_evidence::cli {
namespace {

using detail::single_quoted;

// How a value completes, in the driver's terms: "" (a flag), "text", "file", "words:a b c",
// "list,:a b c" (words joined by the character after "list"), "ids:ids|claims|sources".
std::string kind_of(const value_model& value) {
    switch (value.completion) {
    case value_completion::none:
        return {};
    case value_completion::free_text:
        return "text";
    case value_completion::file:
        return "file";
    case value_completion::words: {
        std::string kind =
            value.separator == '\0' ? "words:" : "list" + std::string(1, value.separator) + ":";
        for (std::size_t i = 0; i < value.words.size(); ++i) {
            kind += (i > 0 ? " " : "") + value.words[i];
        }
        return kind;
    }
    case value_completion::any_id:
    case value_completion::claim_id:
    case value_completion::source_id:
        return "ids:" + std::string(id_list_name(value.completion));
    }
    return "text";
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

// The driver. @F@ is the function-name prefix, @P@ the program name.
constexpr std::string_view driver = R"BASH(
# Fills COMPREPLY with what completes word $2 as kind $1; $3 is the program, $4 the dataset.
@F@_offer() {
    local kind=$1 cur=$2 program=$3 data=$4 candidate
    local -a words
    case $kind in
    words:*)
        read -r -a words <<<"${kind#words:}"
        for candidate in "${words[@]}"; do
            [[ $candidate == "$cur"* ]] && COMPREPLY+=("$candidate")
        done
        ;;
    list?:*)
        # Each word completes after the ones already typed, which are not offered again.
        local separator=${kind:4:1} typed=''
        read -r -a words <<<"${kind#list?:}"
        [[ $cur == *"$separator"* ]] && typed=${cur%"$separator"*}$separator
        for candidate in "${words[@]}"; do
            [[ $separator$typed == *"$separator$candidate$separator"* ]] && continue
            [[ $typed$candidate == "$cur"* ]] && COMPREPLY+=("$typed$candidate")
        done
        ;;
    file)
        compopt -o filenames 2>/dev/null
        while IFS= read -r candidate; do
            COMPREPLY+=("$candidate")
        done < <(compgen -f -- "$cur")
        ;;
    ids:*)
        # shellcheck disable=SC2088 # a ~ typed on the line reaches us unexpanded
        [[ $program == '~/'* ]] && program=$HOME/${program#'~/'}
        [[ $data == '~/'* ]] && data=$HOME/${data#'~/'}
        while IFS= read -r candidate; do
            [[ -n $candidate && $candidate == "$cur"* ]] && COMPREPLY+=("$candidate")
        done < <("$program" ${data:+--data "$data"} __complete "${kind#ids:}" 2>/dev/null)
        ;;
    esac
}

# REPLY=argument number $1 of the kinds "$3"...; when $2 is 1 the last kind repeats.
@F@_nth() {
    local index=$1 repeat=$2
    shift 2
    if ((index < $#)); then
        REPLY=${*:index+1:1}
    elif ((repeat && $# > 0)); then
        REPLY=${*: -1}
    else
        REPLY=''
    fi
}

@F@() {
    local REPLY cur=${COMP_WORDS[COMP_CWORD]} prev='' path='' data='' option='' prefix=''
    local program=${COMP_WORDS[0]} word i argc=0 ended=0
    COMPREPLY=()
    # Walk the words before the cursor: the command path, the arguments typed, --data.
    for ((i = 1; i < COMP_CWORD; i = i + 1)); do
        word=${COMP_WORDS[i]}
        if ((!ended)) && [[ $word == -- ]]; then
            ended=1
        elif ((!ended)) && [[ $word == -?* ]]; then
            [[ $word == --data=* ]] && data=${word#*=}
            @F@_option_value "$path" "${word%%=*}"
            if [[ -n $REPLY && $word != *=* ]]; then
                # Its value is the next word, or the one after a '=' that bash split off.
                [[ ${COMP_WORDS[i + 1]} == = ]] && i=$((i + 1))
                i=$((i + 1))
                if [[ $word == --data ]] && ((i < COMP_CWORD)); then
                    data=${COMP_WORDS[i]}
                fi
            fi
        else
            @F@_commands "$path"
            if ((argc == 0)) && [[ " $REPLY " == *" $word "* ]]; then
                path=${path:+$path }$word
            else
                argc=$((argc + 1))
            fi
        fi
    done

    # The value of an option: "--opt |", "--opt=|" and "--opt=va|" (bash splits words at '=').
    ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    if ((!ended)); then
        if [[ $cur == = && $prev == -?* ]]; then
            option=$prev
            cur=''
        elif [[ $prev == = ]] && ((COMP_CWORD > 2)) && [[ ${COMP_WORDS[COMP_CWORD - 2]} == -?* ]]; then
            option=${COMP_WORDS[COMP_CWORD - 2]}
        elif [[ $cur == --*=* ]]; then
            option=${cur%%=*}
            prefix=$option=
            cur=${cur#*=}
        elif [[ $prev == -?* && $prev != *=* ]]; then
            option=$prev
        fi
    fi
    if [[ -n $option ]]; then
        @F@_option_value "$path" "$option"
        if [[ -n $REPLY ]]; then
            @F@_offer "$REPLY" "$cur" "$program" "$data"
            [[ -n $prefix ]] && COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
            return 0
        fi
    fi

    if ((!ended)) && [[ $cur == -* ]]; then
        @F@_options "$path"
        @F@_offer "words:$REPLY" "$cur"
        return 0
    fi
    if ((argc == 0)); then
        @F@_commands "$path"
        [[ -n $REPLY ]] && @F@_offer "words:$REPLY" "$cur"
    fi
    @F@_argument "$path" "$argc"
    [[ -n $REPLY ]] && @F@_offer "$REPLY" "$cur" "$program" "$data"
    return 0
}

complete -F @F@ @P@
)BASH";

} // namespace

std::string bash_completion_script(const command_model& program) {
    const auto function = "_" + detail::identifier(program.name);
    std::string commands;
    std::string options;
    std::string values;
    std::string arguments;
    detail::for_each_command(program, [&](const std::string& path, const command_model& command) {
        const auto label = single_quoted(path);
        if (!command.subcommands.empty()) {
            commands += "    " + label +
                        ") REPLY=" + single_quoted(detail::subcommand_names(command)) + " ;;\n";
        }
        options +=
            "    " + label + ") REPLY=" + single_quoted(detail::option_names(command)) + " ;;\n";
        std::string cases;
        for (const auto& option : command.options) {
            const auto kind = kind_of(option.value);
            if (kind.empty()) {
                continue;
            }
            std::string names;
            for (const auto& name : option.names) {
                names += (names.empty() ? "" : "|") + name;
            }
            cases += "        " + names + ") REPLY=" + single_quoted(kind) + " ;;\n";
        }
        if (!cases.empty()) {
            values += "    " + label + ")\n        case $2 in\n" + cases +
                      "        *) REPLY='' ;;\n        esac\n        ;;\n";
        }
        if (!command.arguments.empty()) {
            std::string kinds;
            for (const auto& argument : command.arguments) {
                kinds += " " + single_quoted(kind_of(argument.value));
            }
            arguments += "    " + label + ") " + function + "_nth \"$2\" " +
                         (command.arguments.back().repeatable ? "1" : "0") + kinds + " ;;\n";
        }
    });

    std::string script = "# bash completion for " + program.name + "\n# Generated by `" +
                         program.name +
                         " completion bash` from its command tree: regenerate, do not edit.\n"
                         "# Claim and source ids come from `" +
                         program.name +
                         " __complete`, so they are those of the dataset in\n"
                         "# use (--data on the line, else $MASSAGE_EVIDENCE_DATA, else the "
                         "embedded one).\n";
    const auto lookup = [&](std::string_view name, std::string_view what, const std::string& body) {
        script += "\n# " + std::string(what) + "\n" + function + std::string(name) +
                  "() {\n    case $1 in\n" + body + "    *) REPLY='' ;;\n    esac\n}\n";
    };
    lookup("_commands", "REPLY=the subcommands of command path $1.", commands);
    lookup("_options", "REPLY=every option valid after command path $1.", options);
    lookup("_option_value",
           "REPLY=how the value of option $2 after command path $1 completes; "
           "empty for a flag.",
           values);
    lookup("_argument", "REPLY=how argument number $2 (from 0) of command path $1 completes.",
           arguments);
    std::string rest(driver);
    replace_all(rest, "@F@", function);
    replace_all(rest, "@P@", program.name);
    return script + rest;
}

} // namespace massage_evidence::cli
