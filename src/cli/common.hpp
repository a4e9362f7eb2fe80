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
#include "massage_evidence/error.hpp"
#include "massage_evidence/load.hpp"
#include "massage_evidence/model.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace massage_evidence::cli {

/// Options every subcommand accepts.
struct global_options {
    std::string data_file;
    std::string color = "auto";
    std::size_t max_input_size = default_max_input_size;
    bool no_pager = false;
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

/// The enumerator a validated flag holds, nullopt when the flag was not given.
template <class Enum>
[[nodiscard]] std::optional<Enum> parse_flag(const std::string& value) {
    if (value.empty()) {
        return std::nullopt;
    }
    return parse_loose<Enum>(value);
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

/// Adds --audience clinician|patient.
void add_audience_option(CLI::App& command, std::string& audience);
[[nodiscard]] audience to_audience(const std::string& value);

/// A usage error for an id that names nothing: what was asked, the closest known ids, and
/// where to find the valid ones.
[[nodiscard]] error unknown_id_error(std::string_view what, std::string_view id,
                                     const std::vector<std::string>& candidates,
                                     std::string_view listing_hint);

/// Prints `table` in `format` (table, Markdown or CSV; JSON is the caller's). An empty table
/// prints nothing on a terminal or in Markdown and only the header in CSV.
void print_listing(const listing& table, output_format format, const context& ctx);

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
/// of `kind` in `format` for `reader`.
[[nodiscard]] int run_claim_listing(claim_kind kind, const filter_options& filters,
                                    const std::string& format, const std::string& reader,
                                    const context& ctx);

/// Prints claims already selected: JSON, or the clinician's or the patient's listing.
/// `clinician_table` gives the clinician's columns for these claims.
void print_claims(const std::vector<const claim*>& claims, output_format format, audience reader,
                  listing (*clinician_table)(const std::vector<const claim*>&, bool),
                  const context& ctx);

// Each subcommand: flags in setup_*, work in run_*.
struct mechanisms_options {
    filter_options filters;
    std::string format = "table";
    std::string audience = "clinician";
};
void setup_mechanisms(CLI::App& app, mechanisms_options& options);
[[nodiscard]] int run_mechanisms(const mechanisms_options& options, const context& ctx);

struct conditions_options {
    filter_options filters;
    std::string format = "table";
    std::string audience = "clinician";
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
    std::vector<std::string> excludes; ///< --exclude: left out of directory walks
    std::string format = "text";
    bool summary = false;
    std::vector<std::string> fail_on;
    unsigned threads = 0;       ///< 0: one per usable processor, up to four
    bool no_directives = false; ///< --no-directives: report what comments would keep out
};
void setup_check(CLI::App& app, check_options& options);
[[nodiscard]] int run_check(const check_options& options, const context& ctx);
struct claims_options {
    std::string kind;
    std::string mechanism;
    filter_options filters; ///< --condition here also selects the mechanisms said to explain it
    std::string search;
    std::string format = "table";
    std::string audience = "clinician";
};
void setup_claims(CLI::App& app, claims_options& options);
[[nodiscard]] int run_claims(const claims_options& options, const context& ctx);

struct show_options {
    std::string id;
    std::string format = "table";
    std::string audience = "clinician";
};
void setup_show(CLI::App& app, show_options& options);
[[nodiscard]] int run_show(const show_options& options, const context& ctx);

struct techniques_options {
    filter_options filters;
    std::string topic;
    std::string format = "table";
    std::string audience = "clinician";
};
void setup_techniques(CLI::App& app, techniques_options& options);
[[nodiscard]] int run_techniques(const techniques_options& options, const context& ctx);

struct sources_options {
    std::string type;
    std::string since;
    std::string cited_by;
    std::string format = "table";
};
void setup_sources(CLI::App& app, sources_options& options);
[[nodiscard]] int run_sources(const sources_options& options, const context& ctx);

struct cite_options {
    std::vector<std::string> ids;
    std::string style = "vancouver";
};
void setup_cite(CLI::App& app, cite_options& options);
[[nodiscard]] int run_cite(const cite_options& options, const context& ctx);

struct search_options {
    std::vector<std::string> words;
    std::size_t limit = 0;
    std::string format = "table";
};
void setup_search(CLI::App& app, search_options& options);
[[nodiscard]] int run_search(const search_options& options, const context& ctx);

struct explain_options {
    std::string term;
    std::string format = "table";
    std::string audience = "clinician";
};
void setup_explain(CLI::App& app, explain_options& options);
[[nodiscard]] int run_explain(const explain_options& options, const context& ctx);

struct stats_options {
    std::string kind;
    std::string format = "table";
};
void setup_stats(CLI::App& app, stats_options& options);
[[nodiscard]] int run_stats(const stats_options& options, const context& ctx);

} // namespace massage_evidence::cli
