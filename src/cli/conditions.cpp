// `massage-evidence conditions`: what massage does for each painful condition, against which
// comparator and over what follow-up, with verdict and certainty.

#include "cli/common.hpp"

namespace massage_evidence::cli {

void setup_conditions(CLI::App& app, conditions_options& options) {
    auto* command = app.add_subcommand(
        "conditions", "List the clinical effects of massage by condition, with verdict and "
                      "certainty");
    add_filter_options(*command, options.filters, false, true);
    add_format_option(*command, options.format);
    add_audience_option(*command, options.audience);
    command->footer("Examples:\n"
                    "  massage-evidence conditions\n"
                    "  massage-evidence conditions --condition low-back-pain\n"
                    "  massage-evidence conditions --condition neck-pain --audience patient\n"
                    "  massage-evidence conditions --min-level moderate --format csv");
}

int run_conditions(const conditions_options& options, const context& ctx) {
    return run_claim_listing(claim_kind::condition, options.filters, options.format,
                             options.audience, ctx);
}

} // namespace massage_evidence::cli
