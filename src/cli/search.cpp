// `massage-evidence search TEXT`: claims and sources containing every word, best first, each
// with the field that matched best and a snippet around the match.

#include "cli/common.hpp"

#include "massage_evidence/search.hpp"

namespace massage_evidence::cli {

void setup_search(CLI::App& app, search_options& options) {
    auto* command = app.add_subcommand(
        "search", "Search claims and sources for words, best matches first, showing where they "
                  "matched");
    command->add_option("text", options.words, "Words to look for (all must occur; any case)")
        ->type_name("TEXT")
        ->required();
    command->add_option("--limit", options.limit, "Show at most this many results (default: all)")
        ->type_name("N")
        ->check(CLI::PositiveNumber);
    add_format_option(*command, options.format);
    command->footer("A claim's name and statement count most, then its evidence and the findings "
                    "of its sources,\nthen the titles and authors of sources.\n"
                    "Examples:\n"
                    "  massage-evidence search endorphins\n"
                    "  massage-evidence search pain gate\n"
                    "  massage-evidence search \"lactic acid\" --limit 3\n"
                    "  massage-evidence search opioid --format json | jq -r '.[] | [.score, .id] "
                    "| @tsv'");
}

int run_search(const search_options& options, const context& ctx) {
    std::string text;
    for (const auto& word : options.words) {
        text += text.empty() ? word : " " + word;
    }
    if (search_terms(text).empty()) {
        throw usage_error(fmt::format("\"{}\" has no words to search for; give letters or "
                                      "digits, e.g. 'massage-evidence search endorphins'",
                                      detail::printable(text)));
    }
    const auto data = load_requested_dataset(ctx);
    auto hits = search(data, text);
    if (options.limit > 0 && hits.size() > options.limit) {
        hits.resize(options.limit);
    }
    if (hits.empty()) {
        ctx.err += fmt::format("massage-evidence: no claim or source contains \"{}\"\n",
                               detail::printable(text));
    }
    switch (to_format(options.format)) {
    case output_format::json:
        render_search_json(hits, ctx.out);
        break;
    case output_format::table:
        render_search_text(hits, table_options(ctx), ctx.out);
        break;
    case output_format::markdown:
    case output_format::csv:
        print_listing(search_listing(hits), to_format(options.format), ctx);
        break;
    }
    return 0;
}

} // namespace massage_evidence::cli
