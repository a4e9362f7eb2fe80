#pragma once

// The command tree as plain data, read from the CLI11 app at run time: every visible command, its
// options and its arguments, and how the value of each one is completed. The completion scripts
// are rendered from this model and the man-page test walks it, so a new command declared with
// setup_<name>(CLI::App&, ...) is covered without touching this code.
//
// How a value is completed is read from what the setup functions already declare:
//   - a validator that describes itself as "{a,b,c}" (CLI::IsMember, and the vocabulary
//     validators of common.cpp) offers exactly those words;
//   - the type name says the rest (the *_type_name constants below): FILE completes
//     file names, ID claim and source ids, CLAIM_ID claim ids, SOURCE_ID source ids; any other
//     type name is free text and offers nothing.
// Options and commands in the empty group (`->group("")`) are hidden from help and from
// completion alike.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::cli {

/// Type names that mean something to the shells: `->type_name(file_type_name)` on an option or
/// argument makes it complete file names, and so on.
inline constexpr const char* file_type_name = "FILE";
inline constexpr const char* id_type_name = "ID"; ///< a claim id or a source id
inline constexpr const char* claim_id_type_name = "CLAIM_ID";
inline constexpr const char* source_id_type_name = "SOURCE_ID";

/// What a shell offers for a value.
enum class value_completion : std::uint8_t {
    none,      ///< a flag: it takes no value
    free_text, ///< a value, but nothing to offer (a title, a number)
    file,      ///< file names
    words,     ///< a fixed set of words (`value_model::words`)
    any_id,    ///< claim and source ids of the dataset in use
    claim_id,  ///< claim ids of the dataset in use
    source_id, ///< source ids of the dataset in use
};

/// The value an option or argument takes.
struct value_model {
    value_completion completion = value_completion::none;
    std::string name;               ///< as --help shows it: "LEVEL", "FILE"; empty for flags
    std::vector<std::string> words; ///< the choices, for value_completion::words
    /// For words: ',' when one value may join several ("a,b" for --fail-on), else '\0' (any other
    /// delimiter is completed as one word).
    char separator = '\0';
};

struct option_model {
    std::vector<std::string> names; ///< "-o", "--output": short names first
    std::string description;
    value_model value;
    /// Declared by an ancestor command and accepted here too (CLI11 fallthrough).
    bool inherited = false;
};

struct argument_model {
    std::string name; ///< "file"
    std::string description;
    value_model value;
    bool repeatable = false; ///< takes every remaining argument ("FILE...")
};

struct command_model {
    std::string name; ///< empty for the program itself
    std::string description;
    /// Every option valid after this command, its own first, then its ancestors' (inherited).
    std::vector<option_model> options;
    std::vector<argument_model> arguments;
    std::vector<command_model> subcommands;
};

/// The visible command tree of `app`.
[[nodiscard]] command_model describe_commands(const CLI::App& app);

/// The hidden command the scripts call for ids: `massage-evidence __complete ids|claims|sources`.
inline constexpr const char* complete_command_name = "__complete";

/// The argument of that command for a completion kind: "ids", "claims" or "sources" (empty for
/// kinds that are not ids).
[[nodiscard]] std::string_view id_list_name(value_completion completion) noexcept;

} // namespace massage_evidence::cli
