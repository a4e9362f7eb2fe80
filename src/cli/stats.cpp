// `massage-evidence stats`: how the dataset's claims spread over verdicts and certainty, by kind
// and category, and its sources by type.

#include "cli/common.hpp"

#include "massage_evidence/stats.hpp"

namespace massage_evidence::cli {

void setup_stats(CLI::App& app, stats_options& options) {
    auto* command = app.add_subcommand(
        "stats", "Count claims by verdict and certainty, by kind and category, and sources by "
                 "type");
    command
        ->add_option("--kind", options.kind,
                     "Count only claims of this kind: mechanism, condition, practice")
        ->type_name("KIND")
        ->check(vocabulary_validator<claim_kind>("KIND"));
    add_format_option(*command, options.format);
    command->footer("Examples:\n"
                    "  massage-evidence stats\n"
                    "  massage-evidence stats --kind mechanism\n"
                    "  massage-evidence stats --format json | jq '.verdict_by_certainty'");
}

int run_stats(const stats_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    const auto counts = count_dataset(data, parse_flag<claim_kind>(options.kind));
    switch (to_format(options.format)) {
    case output_format::json:
        render_stats_json(data.info, counts, ctx.out);
        break;
    case output_format::markdown:
        render_stats_markdown(data.info, counts, ctx.out);
        break;
    case output_format::csv:
        render_csv(stats_listing(counts), ctx.out);
        break;
    case output_format::table:
        render_stats_text(data.info, counts, table_options(ctx), ctx.out);
        break;
    }
    return 0;
}

} // namespace massage_evidence::cli
