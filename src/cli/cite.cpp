// `massage-evidence cite ID...`: references for sources, or for every source of a claim, in the
// style a manuscript or a reference manager needs. Each source is printed once, in the order the
// ids (and each claim's citations) give.

#include "cli/common.hpp"

#include "massage_evidence/cite.hpp"

#include <algorithm>

namespace massage_evidence::cli {

void setup_cite(CLI::App& app, cite_options& options) {
    auto* command = app.add_subcommand(
        "cite", "Print references for sources, or for all the sources of a claim, in a citation "
                "style");
    command->add_option("ids", options.ids, "Source ids or claim ids (a claim gives its sources)")
        ->type_name("ID")
        ->required();
    command
        ->add_option("--style", options.style,
                     "Citation style: vancouver (default), apa, bibtex, ris, csl-json")
        ->type_name("STYLE")
        ->check(vocabulary_validator<citation_style>("STYLE"));
    command->footer("Examples:\n"
                    "  massage-evidence cite shoemaker1997\n"
                    "  massage-evidence cite circulation --style apa\n"
                    "  massage-evidence cite circulation gate-control --style bibtex >> refs.bib\n"
                    "  massage-evidence cite knee-oa-short-term --style ris > knee.ris\n"
                    "  massage-evidence cite circulation --style csl-json > refs.json && pandoc "
                    "--citeproc --bibliography refs.json ...");
}

int run_cite(const cite_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    std::vector<const source*> chosen;
    const auto add = [&chosen](const source* s) {
        if (std::find(chosen.begin(), chosen.end(), s) == chosen.end()) {
            chosen.push_back(s);
        }
    };
    for (const auto& id : options.ids) {
        if (const auto* s = data.find_source(id)) {
            add(s);
        } else if (const auto* c = data.find_claim(id)) {
            for (const auto* cited : cited_sources(data, {c})) {
                add(cited);
            }
        } else {
            auto candidates = source_ids(data);
            const auto claims = claim_ids(data);
            candidates.insert(candidates.end(), claims.begin(), claims.end());
            throw unknown_id_error("source or claim", id, candidates,
                                   "(list them with 'massage-evidence sources' or "
                                   "'massage-evidence claims')");
        }
    }
    const auto style =
        parse_flag<citation_style>(options.style).value_or(citation_style::vancouver);
    render_citations(chosen, style, ctx.out);
    return 0;
}

} // namespace massage_evidence::cli
