// `massage-evidence techniques`: the practice claims (how long, how often, how hard, which
// strokes, when), with verdict and certainty.

#include "cli/common.hpp"

namespace massage_evidence::cli {

void setup_techniques(CLI::App& app, techniques_options& options) {
    auto* command = app.add_subcommand(
        "techniques", "List the practice claims (dose, technique, timing) with verdict and "
                      "certainty");
    command->add_option("--topic", options.topic, "Only this topic: dose, technique, timing")
        ->type_name("TOPIC")
        ->check(vocabulary_validator<practice_topic>("TOPIC"));
    add_filter_options(*command, options.filters, false, false);
    add_format_option(*command, options.format);
    add_audience_option(*command, options.audience);
    command->footer("Examples:\n"
                    "  massage-evidence techniques\n"
                    "  massage-evidence techniques --topic dose\n"
                    "  massage-evidence techniques --audience patient\n"
                    "  massage-evidence techniques --format json | jq -r '.[] | [.id, "
                    ".verdict] | @tsv'");
}

int run_techniques(const techniques_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    const auto filter = to_filter(options.filters);
    const auto topic = parse_flag<practice_topic>(options.topic);
    std::vector<const claim*> claims;
    for (const auto* c : select_claims(data, claim_kind::practice, filter)) {
        if (!topic || c->topic == *topic) {
            claims.push_back(c);
        }
    }
    if (claims.empty()) {
        std::string asked = filter.describe();
        if (topic) {
            asked =
                fmt::format("--topic {}{}{}", to_string(*topic), asked.empty() ? "" : " ", asked);
        }
        ctx.err += fmt::format("massage-evidence: no practice claim matches {}\n",
                               asked.empty() ? std::string("(the dataset has none)") : asked);
    }
    print_claims(claims, to_format(options.format), to_audience(options.audience), practice_listing,
                 ctx);
    return 0;
}

} // namespace massage_evidence::cli
