// `massage-evidence check FILE...`: the massage claims a text makes and what the evidence says
// about each, as an annotated text, a summary table, JSON or a Markdown review. With --fail-on it
// is a linter for health copy: exit 1 when a claim with one of the given verdicts is found.

#include "cli/common.hpp"

#include "massage_evidence/check.hpp"
#include "massage_evidence/check_render.hpp"
#include "massage_evidence/version.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace massage_evidence::cli {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string joined(const std::vector<verdict>& verdicts) {
    std::string out;
    for (const auto v : verdicts) {
        out += fmt::format("{}{}", out.empty() ? "" : ", ", to_string(v));
    }
    return out;
}

} // namespace

void setup_check(CLI::App& app, check_options& options) {
    auto* command = app.add_subcommand(
        "check", "Find the massage claims in text or Markdown files and show what the evidence "
                 "says about each");
    command
        ->add_option("file", options.files,
                     "Text or Markdown files to check, UTF-8 ('-' reads standard input)")
        ->required()
        ->type_name("FILE");
    command->add_option("--format", options.format, "Output format: text, markdown, json")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "markdown", "json"}, CLI::ignore_case));
    command->add_flag("--summary", options.summary,
                      "One row per claim found instead of the annotated text (JSON always has "
                      "both)");
    command
        ->add_option("--fail-on", options.fail_on,
                     "Exit 1 when a claim (not a negated mention) has one of these verdicts: "
                     "supported, mixed, not-supported, contradicted, insufficient")
        ->type_name("VERDICT[,VERDICT...]")
        ->expected(1)
        ->allow_extra_args(false) // one list per --fail-on; the files that follow are files
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->delimiter(',')
        ->check(verdict_validator("VERDICT"));
    command->footer("Exit status: 0 when done, 1 when --fail-on matched, 2 usage error, 66 input "
                    "missing or unreadable.\n"
                    "Examples:\n"
                    "  massage-evidence check brochure.txt\n"
                    "  massage-evidence check --summary site/*.md\n"
                    "  massage-evidence check --fail-on contradicted,not-supported page.md\n"
                    "  curl -s https://example.org/ | massage-evidence check --format json -");
}

int run_check(const check_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    // Read every input first, so a missing file stops the command before anything is printed.
    std::vector<std::pair<std::string, std::string>> inputs;
    for (const auto& file : options.files) {
        inputs.emplace_back(file == "-" ? "<stdin>" : file,
                            read_input(file, ctx.global.max_input_size));
    }
    const claim_checker checker(data);
    std::vector<text_check> checked;
    checked.reserve(inputs.size());
    for (auto& [origin, text] : inputs) {
        checked.push_back(checker.check(origin, std::move(text)));
        text.clear();
        text.shrink_to_fit();
    }
    for (const auto& file : checked) {
        const auto name = detail::escape_unsafe(file.origin);
        if (file.invalid_utf8 > 0) {
            ctx.err += fmt::format("massage-evidence: warning: {}:{}:{}: {} byte{} not valid "
                                   "UTF-8, shown as U+FFFD; save the file as UTF-8\n",
                                   name, file.first_invalid_line, file.first_invalid_column,
                                   file.invalid_utf8, file.invalid_utf8 == 1 ? " is" : "s are");
        }
        if (file.findings.empty()) {
            ctx.err += fmt::format("massage-evidence: no massage claims found in {}\n", name);
        }
    }

    const auto format = lower(options.format);
    if (format == "json") {
        render_check_json(checked, ctx.out);
    } else if (format == "markdown") {
        if (options.summary) {
            render_markdown_table(check_summary_listing(checked, true), ctx.out);
        } else {
            render_check_markdown(
                checked, {std::string(tool_version), data.info.version, data.info.disclaimer},
                ctx.out);
        }
    } else if (options.summary) {
        const auto rows = check_summary_listing(checked, true);
        if (!rows.rows.empty()) {
            render_table(rows, table_options(ctx), ctx.out);
        }
    } else {
        render_check_text(checked, table_options(ctx), ctx.out);
    }

    std::vector<verdict> fail_on;
    for (const auto& token : options.fail_on) {
        if (const auto v = parse_loose<verdict>(token);
            v && std::find(fail_on.begin(), fail_on.end(), *v) == fail_on.end()) {
            fail_on.push_back(*v);
        }
    }
    if (!fail_on.empty() && has_claim_with_verdict(checked, fail_on)) {
        ctx.err += fmt::format("massage-evidence: claims found with a verdict in --fail-on ({})\n",
                               joined(fail_on));
        return 1;
    }
    return 0;
}

} // namespace massage_evidence::cli
