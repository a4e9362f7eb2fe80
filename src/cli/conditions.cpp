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
    command->footer("Examples:\n"
                    "  massage-evidence conditions\n"
                    "  massage-evidence conditions --condition low-back-pain\n"
                    "  massage-evidence conditions --min-level moderate --format csv");
}

int run_conditions(const conditions_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    const auto filter = to_filter(options.filters);
    const auto format = to_format(options.format);
    const auto claims = select_claims(data, claim_kind::condition, filter);
    if (claims.empty()) {
        report_no_match(ctx, "clinical effect", filter);
    }
    print_listing(ctx, format, condition_listing(claims, format != output_format::csv), claims);
    return 0;
}

} // namespace massage_evidence::cli
