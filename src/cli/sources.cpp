// `massage-evidence sources`: the bibliography, by type, by year, or the sources of one claim.

#include "cli/common.hpp"

#include <algorithm>

namespace massage_evidence::cli {
namespace {

// A four-digit year; a clear message otherwise, since CLI11's own says little.
CLI::Validator year_validator() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            const bool four_digits =
                value.size() == 4 && std::all_of(value.begin(), value.end(),
                                                 [](char c) { return c >= '0' && c <= '9'; });
            if (!four_digits) {
                return fmt::format("\"{}\" is not a year (expected four digits, e.g. 2015)",
                                   detail::printable(value));
            }
            return {};
        },
        std::string(), "year");
}

} // namespace

void setup_sources(CLI::App& app, sources_options& options) {
    auto* command =
        app.add_subcommand("sources", "List the sources (the bibliography) with type, year and "
                                      "reference");
    command
        ->add_option("--type", options.type,
                     "Only sources of this design: guideline, cochrane-review, "
                     "systematic-review, rct, crossover-trial, observational, laboratory, "
                     "narrative-review, theory, modelling, evidence-map")
        ->type_name("TYPE")
        ->check(vocabulary_validator<source_type>("TYPE"));
    command
        ->add_option("--since", options.since,
                     "Only sources published in YEAR or later (sources without a year are left "
                     "out)")
        ->type_name("YEAR")
        ->check(year_validator());
    command
        ->add_option("--cited-by", options.cited_by,
                     "Only the sources of this claim, in its citation order")
        ->type_name("CLAIM_ID");
    add_format_option(*command, options.format);
    command->footer("Examples:\n"
                    "  massage-evidence sources\n"
                    "  massage-evidence sources --type systematic-review --since 2015\n"
                    "  massage-evidence sources --cited-by circulation\n"
                    "  massage-evidence sources --format json | jq -r '.[] | select(.doi) | "
                    ".doi'");
}

int run_sources(const sources_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    source_filter filter;
    filter.type = parse_flag<source_type>(options.type);
    if (!options.since.empty()) {
        filter.since = std::stoll(options.since);
    }
    filter.cited_by = options.cited_by;
    if (!options.cited_by.empty() && data.find_claim(options.cited_by) == nullptr) {
        throw unknown_id_error("claim", options.cited_by, claim_ids(data),
                               "(list them with 'massage-evidence claims')");
    }
    const auto sources = select_sources(data, filter);
    if (sources.empty()) {
        std::vector<std::string> asked;
        if (filter.type) {
            asked.push_back(fmt::format("--type {}", to_string(*filter.type)));
        }
        if (filter.since) {
            asked.push_back(fmt::format("--since {}", *filter.since));
        }
        if (!filter.cited_by.empty()) {
            asked.push_back(fmt::format("--cited-by {}", filter.cited_by));
        }
        std::string joined;
        for (const auto& part : asked) {
            joined += joined.empty() ? part : " " + part;
        }
        ctx.err += fmt::format("massage-evidence: no source matches {}\n",
                               joined.empty() ? std::string("(the dataset has none)") : joined);
    }
    const auto format = to_format(options.format);
    if (format == output_format::json) {
        render_sources_json(data, sources, ctx.out);
        return 0;
    }
    print_listing(source_listing(data, sources), format, ctx);
    return 0;
}

} // namespace massage_evidence::cli
