// Reads the CLI11 command tree into the plain model of completion_model.hpp. This is the only
// completion code that sees CLI11; the script renderers work on the model alone.

#include "cli/completion_model.hpp"

#include <algorithm>

namespace massage_evidence::cli {
namespace {

// "LEVEL:{high,moderate,low,very-low}" -> {"high", ...}: CLI11 joins the type name and the
// description of each validator with ':', and IsMember describes itself as "{a,b,c}". A mapping
// shows "{a->x,b->y}" (CheckedTransformer: "value in {a->x,b->y} OR {x,y}"), whose keys are what
// people type: the first set is the one offered.
std::vector<std::string> choices_in(const std::string& full_type_name) {
    std::vector<std::string> words;
    const auto colon = full_type_name.find(':');
    if (colon == std::string::npos) {
        return words;
    }
    const auto open = full_type_name.find('{', colon);
    if (open == std::string::npos) {
        return words;
    }
    const auto close = full_type_name.find('}', open);
    if (close == std::string::npos) {
        return words;
    }
    const auto list = full_type_name.substr(open + 1, close - open - 1);
    std::size_t start = 0;
    while (start <= list.size()) {
        auto end = list.find(',', start);
        if (end == std::string::npos) {
            end = list.size();
        }
        auto word = list.substr(start, end - start);
        if (const auto arrow = word.find("->"); arrow != std::string::npos) {
            word.resize(arrow);
        }
        if (!word.empty()) {
            words.push_back(std::move(word));
        }
        start = end + 1;
    }
    return words;
}

value_model value_of(const CLI::Option& option) {
    value_model value;
    if (option.get_items_expected_max() == 0) {
        return value; // a flag
    }
    const auto full = option.get_type_name();
    value.name = full.substr(0, full.find(':'));
    value.words = choices_in(full);
    if (!value.words.empty()) {
        value.completion = value_completion::words;
        // The scripts write the separator unquoted, which only a comma survives in every shell.
        if (option.get_delimiter() == ',') {
            value.separator = ',';
        }
    } else if (value.name == file_type_name) {
        value.completion = value_completion::file;
    } else if (value.name == id_type_name) {
        value.completion = value_completion::any_id;
    } else if (value.name == claim_id_type_name) {
        value.completion = value_completion::claim_id;
    } else if (value.name == source_id_type_name) {
        value.completion = value_completion::source_id;
    } else {
        value.completion = value_completion::free_text;
    }
    return value;
}

bool visible(const CLI::Option* option) {
    return !option->get_group().empty();
}

bool names_overlap(const option_model& a, const option_model& b) {
    return std::any_of(a.names.begin(), a.names.end(), [&](const std::string& name) {
        return std::find(b.names.begin(), b.names.end(), name) != b.names.end();
    });
}

command_model describe(const CLI::App& app, const std::vector<option_model>& from_ancestors) {
    command_model command;
    command.name = app.get_name();
    command.description = app.get_description();
    for (const auto* option : app.get_options(visible)) {
        if (option->get_positional()) {
            argument_model argument;
            argument.name = option->get_name(true);
            argument.description = option->get_description();
            argument.value = value_of(*option);
            argument.repeatable = option->get_items_expected_max() > 1;
            command.arguments.push_back(std::move(argument));
            continue;
        }
        option_model described;
        for (const auto& name : option->get_snames()) {
            described.names.push_back("-" + name);
        }
        for (const auto& name : option->get_lnames()) {
            described.names.push_back("--" + name);
        }
        described.description = option->get_description();
        described.value = value_of(*option);
        command.options.push_back(std::move(described));
    }
    const auto own = command.options.size();
    if (app.get_fallthrough()) {
        // Options this command does not know go up to its parent: they are valid here too,
        // unless a name of this command's own hides them (every command has its own --help).
        for (const auto& ancestor : from_ancestors) {
            const auto hidden = std::any_of(
                command.options.begin(), command.options.begin() + static_cast<std::ptrdiff_t>(own),
                [&](const option_model& mine) { return names_overlap(mine, ancestor); });
            if (!hidden) {
                command.options.push_back(ancestor);
                command.options.back().inherited = true;
            }
        }
    }
    for (const auto* subcommand : app.get_subcommands([](const CLI::App* candidate) {
             return !candidate->get_group().empty() && !candidate->get_name().empty();
         })) {
        command.subcommands.push_back(describe(*subcommand, command.options));
    }
    return command;
}

} // namespace

command_model describe_commands(const CLI::App& app) {
    return describe(app, {});
}

std::string_view id_list_name(value_completion completion) noexcept {
    switch (completion) {
    case value_completion::any_id:
        return "ids";
    case value_completion::claim_id:
        return "claims";
    case value_completion::source_id:
        return "sources";
    default:
        return {};
    }
}

} // namespace massage_evidence::cli
