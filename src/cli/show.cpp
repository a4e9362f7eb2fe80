// `massage-evidence show ID`: one claim in full (or one source, with the claims citing it). An
// id that names nothing is a usage error that suggests the closest ids.

#include "cli/common.hpp"

#include "massage_evidence/show.hpp"

namespace massage_evidence::cli {

void setup_show(CLI::App& app, show_options& options) {
    auto* command = app.add_subcommand(
        "show", "Show one claim in full: evidence, verdict, certainty and why, sources, caveats "
                "(or one source and the claims citing it)");
    command->add_option("id", options.id, "A claim id (e.g. circulation) or a source id")
        ->type_name("ID")
        ->required();
    add_format_option(*command, options.format);
    add_audience_option(*command, options.audience);
    command->footer("Examples:\n"
                    "  massage-evidence show circulation\n"
                    "  massage-evidence show knee-oa-short-term --audience patient\n"
                    "  massage-evidence show shoemaker1997\n"
                    "  massage-evidence show gate-control --format markdown > gate-control.md\n"
                    "  massage-evidence show circulation --format json | jq '.grading.domains'");
}

int run_show(const show_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    const auto format = to_format(options.format);
    const auto reader = to_audience(options.audience);
    if (const auto* c = data.find_claim(options.id)) {
        switch (format) {
        case output_format::json:
            render_claim_detail_json(data, *c, ctx.out);
            break;
        case output_format::markdown:
            render_claim_markdown(data, *c, reader, ctx.out);
            break;
        case output_format::csv:
            render_csv(claim_detail_listing(data, *c, reader), ctx.out);
            break;
        case output_format::table:
            render_claim_page(data, *c, reader, table_options(ctx), ctx.out);
            break;
        }
        return 0;
    }
    if (const auto* s = data.find_source(options.id)) {
        switch (format) {
        case output_format::json:
            render_source_detail_json(data, *s, ctx.out);
            break;
        case output_format::markdown:
            render_source_markdown(data, *s, ctx.out);
            break;
        case output_format::csv:
            render_csv(source_detail_listing(data, *s), ctx.out);
            break;
        case output_format::table:
            render_source_page(data, *s, table_options(ctx), ctx.out);
            break;
        }
        return 0;
    }
    auto candidates = claim_ids(data);
    const auto sources = source_ids(data);
    candidates.insert(candidates.end(), sources.begin(), sources.end());
    throw unknown_id_error("claim or source", options.id, candidates,
                           "(list them with 'massage-evidence claims' or 'massage-evidence "
                           "sources')");
}

} // namespace massage_evidence::cli
