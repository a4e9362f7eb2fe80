// `massage-evidence explain [TERM]`: the legend. Without a term, every section; with one, the
// section or the entries it names. It needs no dataset: the legend describes the vocabulary.

#include "cli/common.hpp"

#include "massage_evidence/legend.hpp"
#include "massage_evidence/suggest.hpp"

namespace massage_evidence::cli {

void setup_explain(CLI::App& app, explain_options& options) {
    auto* command = app.add_subcommand(
        "explain", "Explain GRADE levels and domains, verdicts, categories and source types, "
                   "with a crosswalk to SORT and Oxford CEBM");
    // The terms are declared as the validator's description, which is what the completion
    // scripts offer; the check itself accepts anything, because run_explain answers an unknown
    // term better (with the nearest terms) than a validator could.
    std::string terms;
    for (const auto& term : legend_terms(legend(audience::clinician))) {
        terms += terms.empty() ? "{" : ",";
        terms += term;
    }
    terms += "}";
    command
        ->add_option("term", options.term,
                     "A term (e.g. indirectness, contradicted, very-low) or a section (certainty, "
                     "domains, verdicts, kinds, categories, directions, types, crosswalk)")
        ->type_name("TERM")
        ->check(
            CLI::Validator([](const std::string&) { return std::string(); }, terms, "legend term"))
        ->option_text("TERM");
    add_format_option(*command, options.format);
    add_audience_option(*command, options.audience);
    command->footer("Examples:\n"
                    "  massage-evidence explain\n"
                    "  massage-evidence explain indirectness\n"
                    "  massage-evidence explain crosswalk\n"
                    "  massage-evidence explain certainty --audience patient\n"
                    "  massage-evidence explain verdicts --format markdown");
}

int run_explain(const explain_options& options, const context& ctx) {
    const auto sections = legend(to_audience(options.audience));
    auto shown = sections;
    if (!options.term.empty()) {
        auto found = lookup_legend(sections, options.term);
        if (!found) {
            const auto suggestions =
                did_you_mean(closest_matches(options.term, legend_terms(sections)));
            throw usage_error(fmt::format("\"{}\" is not a term the legend explains; {}{}",
                                          detail::printable(options.term),
                                          suggestions.empty() ? "" : suggestions + " ",
                                          "(run 'massage-evidence explain' for all of them)"));
        }
        shown = std::move(*found);
    }
    switch (to_format(options.format)) {
    case output_format::json:
        render_legend_json(shown, ctx.out);
        break;
    case output_format::markdown:
        render_legend_markdown(shown, ctx.out);
        break;
    case output_format::csv:
        render_csv(legend_listing(shown), ctx.out);
        break;
    case output_format::table:
        render_legend_text(shown, table_options(ctx), ctx.out);
        break;
    }
    return 0;
}

} // namespace massage_evidence::cli
