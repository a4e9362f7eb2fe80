// `massage-evidence validate [FILE]`: every check a dataset must pass, integrity and curation
// alike, each finding with its place. It is the curator's tool, so unlike the other commands it
// does not stop at errors that make the data unusable: it reports everything it can.

#include "cli/common.hpp"

#include "massage_evidence/dataset.hpp"
#include "massage_evidence/validate.hpp"
#include "printable.hpp"

#include <fmt/format.h>

namespace massage_evidence::cli {

void setup_validate(CLI::App& app, validate_options& options) {
    auto* command = app.add_subcommand(
        "validate", "Check a dataset against every rule of docs/data-format.md and list each "
                    "finding");
    command
        ->add_option("file", options.file,
                     "Dataset to check (default: --data, $MASSAGE_EVIDENCE_DATA, else the "
                     "embedded dataset)")
        ->type_name("FILE");
    command->footer("Exit status: 0 when clean, 65 when any finding is reported.\n"
                    "Examples:\n"
                    "  massage-evidence validate data/massage-evidence.json\n"
                    "  massage-evidence validate    # the embedded dataset");
}

int run_validate(const validate_options& options, const context& ctx) {
    std::string origin = options.file.empty() ? requested_dataset_origin(ctx) : options.file;
    load_result result;
    if (origin.empty()) {
        origin = std::string(embedded_dataset_origin);
        result = parse_dataset(embedded_dataset_text());
    } else {
        result = parse_dataset_file(origin, ctx.global.max_input_size);
        if (origin == "-") {
            origin = "<stdin>";
        }
    }

    if (result.data) {
        check_curation(*result.data, result.problems);
    }
    const auto& findings = result.problems;
    for (const auto& line : describe_problems(findings, origin, findings.kept().size())) {
        ctx.out += line;
        ctx.out += '\n';
    }
    if (findings.empty()) {
        const auto& d = *result.data;
        ctx.out += fmt::format("{}: valid ({} mechanisms, {} clinical effects, {} practices, {} "
                               "sources)\n",
                               detail::escape_unsafe(origin), d.mechanisms.size(),
                               d.conditions.size(), d.practices.size(), d.sources.size());
        return 0;
    }
    const auto shown = findings.kept().size();
    ctx.err +=
        fmt::format("massage-evidence: {} finding{} in {}{}\n", findings.total(),
                    findings.total() == 1 ? "" : "s", detail::escape_unsafe(origin),
                    findings.total() > shown ? fmt::format(" ({} shown)", shown) : std::string());
    return 65;
}

} // namespace massage_evidence::cli
