// Options and helpers shared by the subcommands: enumeration flags that forgive case and
// separators, dataset selection, colour and width decisions, and listing output.

#include "cli/common.hpp"

#include "massage_evidence/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace massage_evidence::cli {

void setup_global_options(CLI::App& app, global_options& options) {
    app.add_option("--data", options.data_file,
                   "Load this dataset instead of the embedded one (also $MASSAGE_EVIDENCE_DATA)")
        ->type_name("FILE");
    app.add_option("--color", options.color, "Colour output: auto (terminals only), always, never")
        ->type_name("WHEN")
        ->check(CLI::IsMember({"auto", "always", "never"}, CLI::ignore_case));
    app.add_option("--max-input-size", options.max_input_size,
                   "Refuse inputs larger than this many bytes (default 64 MiB)")
        ->type_name("BYTES")
        ->check(CLI::PositiveNumber);
    app.add_flag("--no-pager", options.no_pager,
                 "Never send long output through $PAGER (it is only used on a terminal)");
}

void add_filter_options(CLI::App& command, filter_options& options, bool with_category,
                        bool with_condition) {
    command
        .add_option("--min-level", options.min_level,
                    "Only claims at or above this certainty: high, moderate, low, very-low")
        ->type_name("LEVEL")
        ->check(vocabulary_validator<certainty>("LEVEL"));
    command.add_option("--level", options.level, "Only claims at exactly this certainty")
        ->type_name("LEVEL")
        ->check(vocabulary_validator<certainty>("LEVEL"));
    command
        .add_option("--verdict", options.verdict,
                    "Only claims with this verdict: supported, mixed, not-supported, "
                    "contradicted, insufficient")
        ->type_name("VERDICT")
        ->check(vocabulary_validator<verdict>("VERDICT"));
    if (with_category) {
        command
            .add_option("--category", options.category,
                        "Only mechanisms of this category: biomechanical, neurological, "
                        "physiological, psychological")
            ->type_name("CATEGORY")
            ->check(vocabulary_validator<category>("CATEGORY"));
    }
    if (with_condition) {
        command
            .add_option("--condition", options.condition,
                        "Only clinical effects for this condition, e.g. low-back-pain")
            ->type_name("CONDITION")
            ->check(vocabulary_validator<condition>("CONDITION"));
    }
}

claim_filter to_filter(const filter_options& options) {
    claim_filter filter;
    filter.min_level = parse_flag<certainty>(options.min_level);
    filter.level = parse_flag<certainty>(options.level);
    filter.verdict = parse_flag<verdict>(options.verdict);
    filter.category = parse_flag<category>(options.category);
    filter.condition = parse_flag<condition>(options.condition);
    return filter;
}

CLI::Validator verdict_validator(std::string type_name) {
    return vocabulary_validator<verdict>(std::move(type_name));
}

void add_format_option(CLI::App& command, std::string& format) {
    command.add_option("--format", format, "Output format: table, markdown, json, csv")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"table", "markdown", "json", "csv"}, CLI::ignore_case));
}

output_format to_format(const std::string& format) {
    std::string lower = format;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "markdown") {
        return output_format::markdown;
    }
    if (lower == "json") {
        return output_format::json;
    }
    if (lower == "csv") {
        return output_format::csv;
    }
    return output_format::table;
}

void add_audience_option(CLI::App& command, std::string& audience) {
    command
        .add_option("--audience", audience,
                    "Who the text is for: clinician (GRADE terms, the default) or patient (plain "
                    "words)")
        ->type_name("AUDIENCE")
        ->check(vocabulary_validator<massage_evidence::audience>("AUDIENCE"));
}

audience to_audience(const std::string& value) {
    return parse_flag<audience>(value).value_or(audience::clinician);
}

error unknown_id_error(std::string_view what, std::string_view id,
                       const std::vector<std::string>& candidates, std::string_view listing_hint) {
    const auto suggestions = did_you_mean(closest_matches(id, candidates));
    return usage_error(fmt::format("no {} has the id \"{}\"; {}{}", what, detail::printable(id),
                                   suggestions.empty() ? "" : suggestions + " ", listing_hint));
}

void print_listing(const listing& table, output_format format, const context& ctx) {
    if (format == output_format::csv) {
        render_csv(table, ctx.out);
    } else if (!table.rows.empty()) {
        if (format == output_format::markdown) {
            render_markdown_table(table, ctx.out);
        } else {
            render_table(table, table_options(ctx), ctx.out);
        }
    }
}

std::string requested_dataset_origin(const context& ctx) {
    if (!ctx.global.data_file.empty()) {
        return ctx.global.data_file;
    }
    if (auto from_env = ctx.env.variable("MASSAGE_EVIDENCE_DATA"); from_env && !from_env->empty()) {
        return *from_env;
    }
    return {};
}

dataset load_requested_dataset(const context& ctx) {
    const auto origin = requested_dataset_origin(ctx);
    if (origin.empty()) {
        return ctx.env.load_embedded ? ctx.env.load_embedded() : load_embedded_dataset();
    }
    return load_dataset_file(origin, ctx.global.max_input_size);
}

bool use_color(const context& ctx) {
    std::string mode = ctx.global.color;
    std::transform(mode.begin(), mode.end(), mode.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (mode == "always") {
        return true;
    }
    if (mode == "never") {
        return false;
    }
    if (const auto no_color = ctx.env.variable("NO_COLOR"); no_color && !no_color->empty()) {
        return false;
    }
    if (const auto term = ctx.env.variable("TERM"); term && *term == "dumb") {
        return false;
    }
    return ctx.env.stdout_is_terminal;
}

terminal_options table_options(const context& ctx) {
    return {use_color(ctx), ctx.env.stdout_is_terminal ? ctx.env.terminal_width : 0};
}

void report_no_match(const context& ctx, std::string_view what, const claim_filter& filter) {
    ctx.err +=
        fmt::format("massage-evidence: no {} matches {}\n", what,
                    filter.empty() ? std::string("(the dataset has none)") : filter.describe());
}

void print_claims(const std::vector<const claim*>& claims, output_format format, audience reader,
                  listing (*clinician_table)(const std::vector<const claim*>&, bool),
                  const context& ctx) {
    if (format == output_format::json) {
        render_claims_json(claims, ctx.out);
        return;
    }
    // Symbols beside the certainty word for people; plain tokens for spreadsheets.
    const bool symbols = format != output_format::csv;
    print_listing(reader == audience::patient ? patient_listing(claims)
                                              : clinician_table(claims, symbols),
                  format, ctx);
}

int run_claim_listing(claim_kind kind, const filter_options& filters, const std::string& format,
                      const std::string& reader, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    const auto filter = to_filter(filters);
    const auto claims = select_claims(data, kind, filter);
    if (claims.empty()) {
        report_no_match(ctx, kind == claim_kind::mechanism ? "mechanism" : "clinical effect",
                        filter);
    }
    print_claims(claims, to_format(format), to_audience(reader),
                 kind == claim_kind::mechanism ? mechanism_listing : condition_listing, ctx);
    return 0;
}

} // namespace massage_evidence::cli
