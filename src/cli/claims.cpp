// `massage-evidence claims`: every claim of every kind in one listing, narrowed by kind, by a
// mechanism or a condition (with the claims related to it), by certainty, verdict and words.

#include "cli/common.hpp"

#include <fmt/ranges.h>

namespace massage_evidence::cli {

void setup_claims(CLI::App& app, claims_options& options) {
    auto* command = app.add_subcommand(
        "claims", "List every claim (mechanisms, clinical effects, practices) with verdict and "
                  "certainty");
    command
        ->add_option("--kind", options.kind,
                     "Only claims of this kind: mechanism, condition, practice")
        ->type_name("KIND")
        ->check(vocabulary_validator<claim_kind>("KIND"));
    command
        ->add_option("--mechanism", options.mechanism,
                     "A mechanism id: it, the clinical effects for the conditions it is said to "
                     "explain, and the chains that cite it")
        ->type_name("CLAIM_ID");
    add_filter_options(*command, options.filters, false, true);
    command->get_option("--condition")
        ->description("A condition: its clinical effects and the mechanisms said to explain it, "
                      "e.g. low-back-pain");
    command
        ->add_option("--search", options.search,
                     "Only claims whose text contains every one of these words")
        ->type_name("TEXT");
    add_format_option(*command, options.format);
    add_audience_option(*command, options.audience);
    command->footer("Examples:\n"
                    "  massage-evidence claims\n"
                    "  massage-evidence claims --kind practice --min-level low\n"
                    "  massage-evidence claims --condition low-back-pain\n"
                    "  massage-evidence claims --condition low-back-pain --kind mechanism\n"
                    "  massage-evidence claims --mechanism circulation --format csv\n"
                    "  massage-evidence claims --search opioid --audience patient\n"
                    "  massage-evidence claims --verdict supported --format json | jq -r "
                    "'.[].id'");
}

int run_claims(const claims_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    claim_selection selection;
    selection.kind = parse_flag<claim_kind>(options.kind);
    selection.filter = to_filter(options.filters);
    selection.condition = selection.filter.condition;
    selection.filter.condition.reset();
    selection.mechanism = options.mechanism;
    selection.text = options.search;
    if (!options.mechanism.empty()) {
        const auto* found = data.find_claim(options.mechanism);
        if (found == nullptr || found->kind != claim_kind::mechanism) {
            throw unknown_id_error("mechanism", options.mechanism,
                                   claim_ids(data, claim_kind::mechanism),
                                   "(list them with 'massage-evidence claims --kind mechanism')");
        }
    }
    const auto claims = select_any_claims(data, selection);
    if (claims.empty()) {
        std::vector<std::string> asked;
        if (selection.kind) {
            asked.push_back(fmt::format("--kind {}", to_string(*selection.kind)));
        }
        if (!options.mechanism.empty()) {
            asked.push_back(fmt::format("--mechanism {}", options.mechanism));
        }
        if (selection.condition) {
            asked.push_back(fmt::format("--condition {}", to_string(*selection.condition)));
        }
        if (!selection.filter.empty()) {
            asked.push_back(selection.filter.describe());
        }
        if (!options.search.empty()) {
            asked.push_back(fmt::format("--search \"{}\"", detail::printable(options.search)));
        }
        ctx.err += fmt::format("massage-evidence: no claim matches {}\n",
                               asked.empty() ? std::string("(the dataset has none)")
                                             : fmt::format("{}", fmt::join(asked, " ")));
    }
    print_claims(claims, to_format(options.format), to_audience(options.audience), claim_listing,
                 ctx);
    return 0;
}

} // namespace massage_evidence::cli
