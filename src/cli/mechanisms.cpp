// `massage-evidence mechanisms`: the explanations of massage pain relief, with verdicts and
// GRADE certainty, filtered and in the format asked for.

#include "cli/common.hpp"

namespace massage_evidence::cli {

void setup_mechanisms(CLI::App& app, mechanisms_options& options) {
    auto* command = app.add_subcommand(
        "mechanisms", "List the proposed mechanisms of massage pain relief with verdict and "
                      "certainty");
    add_filter_options(*command, options.filters, true, false);
    add_format_option(*command, options.format);
    add_audience_option(*command, options.audience);
    command->footer("Examples:\n"
                    "  massage-evidence mechanisms\n"
                    "  massage-evidence mechanisms --min-level moderate\n"
                    "  massage-evidence mechanisms --category neurological --format markdown\n"
                    "  massage-evidence mechanisms --format json | jq '.[] | "
                    "select(.verdict == \"contradicted\") | .name'");
}

int run_mechanisms(const mechanisms_options& options, const context& ctx) {
    return run_claim_listing(claim_kind::mechanism, options.filters, options.format,
                             options.audience, ctx);
}

} // namespace massage_evidence::cli
