#pragma once

// What the subcommands share: the global options (dataset, colour, input limit), the filter
// flags, and the per-run context. Only code under src/cli sees CLI11.

#include "cli/app.hpp"
#include "massage_evidence/load.hpp"
#include "massage_evidence/model.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/render.hpp"

#include <CLI/CLI.hpp>

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
};
void setup_export(CLI::App& app, export_options& options);
[[nodiscard]] int run_export(const export_options& options, const context& ctx);

struct validate_options {
    std::string file;
};
void setup_validate(CLI::App& app, validate_options& options);
[[nodiscard]] int run_validate(const validate_options& options, const context& ctx);

struct check_options {
    std::vector<std::string> files;
    std::string format = "text";
    bool summary = false;
    std::vector<std::string> fail_on;
};
void setup_check(CLI::App& app, check_options& options);
[[nodiscard]] int run_check(const check_options& options, const context& ctx);

} // namespace massage_evidence::cli
