#pragma once

// What the subcommands share: the global options (dataset, colour, input limit), the filter
// flags, and the per-run context. Only code under src/cli sees CLI11.
//
// The shell completions are generated from the CLI11 tree (completion_model.hpp), so a new
// command completes without further work when its setup declares values the usual way:
// enumerations with CLI::IsMember or the vocabulary validators of common.cpp (their choices are
// offered), file names with ->type_name(file_type_name), claim or source ids with id_type_name,
// claim_id_type_name or source_id_type_name. Hidden options and commands: ->group("").

#include "cli/app.hpp"
#include "cli/completion_model.hpp"
#include "massage_evidence/load.hpp"
#include "massage_evidence/model.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <string>

namespace massage_evidence::cli {

/// Options every subcommand accepts.
struct global_options {
    std::string data_file;
    std::string color = "auto";
    std::size_t max_input_size = default_max_input_size;
};

/// The filter flags as typed; validated by CLI11, parsed by `to_filter`.
struct filter_options {
    std::string min_level;
    std::string level;
    std::string verdict;
    std::string category;
    std::string condition;
};

/// Where a command writes, and what it knows of the terminal.
struct context {
    std::string& out;
    std::string& err;
    const environment& env;
    const global_options& global;
};

void setup_global_options(CLI::App& app, global_options& options);

/// "{high,moderate,low,very-low}": how CLI::IsMember describes itself, so --help shows the
/// choices and the completion scripts offer them (see completion_model.hpp).
template <class Enum>
std::string vocabulary_choices() {
    std::string choices = "{";
    for (const auto& entry : vocabulary<Enum>::entries) {
        choices += choices.size() > 1 ? "," : "";
        choices += entry.token;
    }
    return choices + "}";
}

/// A CLI11 check for a closed vocabulary: accepts any loose spelling ("Very_Low"), stores the
/// token ("very-low"), and otherwise says what is wrong and lists the valid tokens. `name`
/// names the check for CLI11; its description lists the tokens.
template <class Enum>
CLI::Validator vocabulary_validator(std::string name) {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            if (const auto parsed = parse_loose<Enum>(value)) {
                value = std::string(to_string(*parsed));
                return {};
            }
            const std::string_view what = vocabulary<Enum>::what;
            const bool vowel = what.find_first_of("aeiou") == 0;
            return fmt::format("\"{}\" is not {} {} (expected {})", detail::printable(value),
                               vowel ? "an" : "a", what, valid_tokens<Enum>());
        },
        vocabulary_choices<Enum>(), std::move(name));
}

/// Adds --min-level, --level and --verdict; --category and --condition when asked.
void add_filter_options(CLI::App& command, filter_options& options, bool with_category,
                        bool with_condition);

/// The typed filter; flags were validated by CLI11 already.
[[nodiscard]] claim_filter to_filter(const filter_options& options);

/// A CLI11 check that a value is a verdict, forgiving case and separators (as other enum flags).
[[nodiscard]] CLI::Validator verdict_validator(std::string type_name);

/// Adds --format table|markdown|json|csv.
void add_format_option(CLI::App& command, std::string& format);
[[nodiscard]] output_format to_format(const std::string& format);

/// The dataset the user asked for: --data, else $MASSAGE_EVIDENCE_DATA, else the embedded one.
[[nodiscard]] dataset load_requested_dataset(const context& ctx);
/// The name of that dataset for messages.
[[nodiscard]] std::string requested_dataset_origin(const context& ctx);

/// Whether to colour output, from --color, NO_COLOR and the terminal.
[[nodiscard]] bool use_color(const context& ctx);
/// How to draw a terminal table in this context.
[[nodiscard]] terminal_options table_options(const context& ctx);

/// Says on stderr that nothing matched (exit status stays 0).
void report_no_match(const context& ctx, std::string_view what, const claim_filter& filter);

/// The body of every listing command: load, filter, say when nothing matched, print the claims
/// of `kind` in `format`.
[[nodiscard]] int run_claim_listing(claim_kind kind, const filter_options& filters,
                                    const std::string& format, const context& ctx);

// Each subcommand: flags in setup_*, work in run_*.
struct mechanisms_options {
    filter_options filters;
    std::string format = "table";
};
void setup_mechanisms(CLI::App& app, mechanisms_options& options);
[[nodiscard]] int run_mechanisms(const mechanisms_options& options, const context& ctx);

struct conditions_options {
    filter_options filters;
    std::string format = "table";
};
void setup_conditions(CLI::App& app, conditions_options& options);
[[nodiscard]] int run_conditions(const conditions_options& options, const context& ctx);

struct export_options {
    filter_options filters;
    std::string output = "-";
    bool force = false;
    std::string title;
    std::string date;
    std::string audience = "clinician";
    std::string sections; ///< comma-separated section tokens; empty: every section
    bool front_matter = false;
};
void setup_export(CLI::App& app, export_options& options);
[[nodiscard]] int run_export(const export_options& options, const context& ctx);

struct validate_options {
    std::string file;
};
void setup_validate(CLI::App& app, validate_options& options);
[[nodiscard]] int run_validate(const validate_options& options, const context& ctx);

struct completion_options {
    std::string shell;
};
void setup_completion(CLI::App& app, completion_options& options);
/// Prints the script for the tree of `program`, the app this command belongs to.
[[nodiscard]] int run_completion(const completion_options& options, const CLI::App& program,
                                 const context& ctx);

/// The hidden `__complete ids|claims|sources` the completion scripts call.
struct complete_options {
    std::string list;
};
void setup_complete(CLI::App& app, complete_options& options);
[[nodiscard]] int run_complete(const complete_options& options, const context& ctx);

struct check_options {
    std::vector<std::string> files;
    std::string format = "text";
    bool summary = false;
    std::vector<std::string> fail_on;
};
void setup_check(CLI::App& app, check_options& options);
[[nodiscard]] int run_check(const check_options& options, const context& ctx);

} // namespace massage_evidence::cli
