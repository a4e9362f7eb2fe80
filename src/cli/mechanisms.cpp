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
    command->footer("Examples:\n"
                    "  massage-evidence mechanisms\n"
                    "  massage-evidence mechanisms --min-level moderate\n"
                    "  massage-evidence mechanisms --category neurological --format markdown\n"
                    "  massage-evidence mechanisms --format json | jq '.[] | "
                    "select(.verdict == \"contradicted\") | .name'");
}

int run_mechanisms(const mechanisms_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    const auto filter = to_filter(options.filters);
    const auto format = to_format(options.format);
    const auto claims = select_claims(data, claim_kind::mechanism, filter);
    if (claims.empty()) {
        report_no_match(ctx, "mechanism", filter);
    }
    print_listing(ctx, format, mechanism_listing(claims, format != output_format::csv), claims);
    return 0;
}

} // namespace massage_evidence::cli
