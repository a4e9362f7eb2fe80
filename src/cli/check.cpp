// `massage-evidence check FILE...`: the massage claims a text makes and what the evidence says
// about each, as an annotated text, a summary table, JSON or a Markdown review. With --fail-on it
// is a linter for health copy: exit 1 when a claim with one of the given verdicts is found.

#include "cli/common.hpp"

#include "massage_evidence/check.hpp"
#include "massage_evidence/check_render.hpp"
#include "massage_evidence/text_files.hpp"
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
                     "Text or Markdown files to check, UTF-8 ('-' reads standard input); a "
                     "directory stands for the .md and .txt files below it")
        ->required()
        ->type_name("FILE");
    command->add_option("--format", options.format, "Output format: text, markdown, json")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"text", "markdown", "json"}, CLI::ignore_case));
    command->add_flag("--summary", options.summary,
                      "One row per claim found, then the totals, instead of the annotated text "
                      "(JSON always has both)");
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
    command
        ->add_option("--exclude", options.excludes,
                     "Leave out files and directories found in a directory whose name matches "
                     "GLOB, or with a '/', whose path below it does (*, ?, **); repeatable")
        ->type_name("GLOB")
        ->expected(1)
        ->allow_extra_args(false) // one pattern per --exclude; the files that follow are files
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command->add_flag("--no-directives", options.no_directives,
                      "Report every finding, also those that massage-evidence-disable comments "
                      "in the text keep out (to review what writers suppressed)");
    command
        ->add_option("--threads", options.threads,
                     "Threads that read a long text: 0 for one per usable processor, up to four "
                     "(default), 1 for one; the findings are the same")
        ->type_name("N")
        ->check(CLI::Range(0U, 64U));
    command->footer("A comment <!-- massage-evidence-disable-next-line [ID...] --> keeps out what "
                    "is found on the next line (also -disable-line, and -disable ... -enable); "
                    "the words of HTML comments and of code are not read.\n"
                    "Exit status: 0 when done, 1 when --fail-on matched, 2 usage error, 66 input "
                    "missing or unreadable.\n"
                    "Examples:\n"
                    "  massage-evidence check brochure.txt\n"
                    "  massage-evidence check --summary site/*.md\n"
                    "  massage-evidence check --fail-on contradicted content/\n"
                    "  massage-evidence check --exclude node_modules --exclude 'blog/drafts' .\n"
                    "  massage-evidence check --fail-on contradicted,not-supported page.md\n"
                    "  curl -s https://example.org/ | massage-evidence check --format json -");
}

namespace {

// One input read whole, and whether it was named (see report_input).
struct read_text {
    std::string origin;
    std::string text;
    bool named = true;
};

// Warns of invalid UTF-8 and of directives that cannot be obeyed in an input, and says when a
// file the user named holds no claims. Of the many files found in a directory most may hold
// none, and a line for each would bury the findings.
void report_input(const read_text& input, const scan_outcome& outcome, const context& ctx) {
    const auto name = detail::escape_unsafe(input.origin);
    if (outcome.invalid_utf8 > 0) {
        ctx.err += fmt::format("massage-evidence: warning: {}:{}:{}: {} byte{} not valid "
                               "UTF-8, shown as U+FFFD; save the file as UTF-8\n",
                               name, outcome.first_invalid_line, outcome.first_invalid_column,
                               outcome.invalid_utf8, outcome.invalid_utf8 == 1 ? " is" : "s are");
    }
    for (const auto& problem : outcome.directive_problems) {
        ctx.err += fmt::format("massage-evidence: warning: {}:{}:{}: {}\n", name, problem.line,
                               problem.column, problem.message);
    }
    if (outcome.findings == 0 && input.named) {
        if (outcome.suppressed > 0) {
            ctx.err += fmt::format("massage-evidence: no massage claims left in {}: its comments "
                                   "suppress {}\n",
                                   name, outcome.suppressed);
        } else {
            ctx.err += fmt::format("massage-evidence: no massage claims found in {}\n", name);
        }
    }
}

// What `report_input` needs of a kept check.
scan_outcome outcome_of(const text_check& file) {
    return {file.findings.size(),      file.invalid_utf8, file.first_invalid_line,
            file.first_invalid_column, file.suppressed,   file.directive_problems};
}

// The verdicts of --fail-on, each once.
std::vector<verdict> failing_verdicts(const std::vector<std::string>& tokens) {
    std::vector<verdict> fail_on;
    for (const auto& token : tokens) {
        if (const auto v = parse_loose<verdict>(token);
            v && std::find(fail_on.begin(), fail_on.end(), *v) == fail_on.end()) {
            fail_on.push_back(*v);
        }
    }
    return fail_on;
}

void release(std::string& text) {
    text.clear();
    text.shrink_to_fit();
}

} // namespace

int run_check(const check_options& options, const context& ctx) {
    const auto data = load_requested_dataset(ctx);
    // Read every input first, so a missing file stops the command before anything is printed.
    std::vector<read_text> inputs;
    for (const auto& input : find_text_inputs(options.files, options.excludes)) {
        inputs.push_back({input.path == "-" ? "<stdin>" : input.path,
                          read_input(input.path, ctx.global.max_input_size), input.named});
    }
    const claim_checker checker(data);
    scan_options reading;
    reading.threads = options.threads;
    reading.directives = !options.no_directives;
    const auto format = lower(options.format);
    const auto fail_on = failing_verdicts(options.fail_on);
    bool failed = false;

    if (options.summary && format != "json") {
        // A summary only counts, so findings are counted as they are found, not kept: in a
        // large text they would take more memory than the text itself.
        check_counter counter;
        for (auto& input : inputs) {
            counter.next_file();
            const auto outcome = checker.scan(
                input.text, [&counter](const check_finding& f) { counter.add(f); }, reading);
            counter.add_suppressed(outcome.suppressed);
            report_input(input, outcome, ctx);
            release(input.text);
        }
        const auto rows = check_summary_listing(counter.totals(), true);
        if (!rows.rows.empty()) {
            if (format == "markdown") {
                render_markdown_table(rows, ctx.out);
            } else {
                render_table(rows, table_options(ctx), ctx.out);
            }
            ctx.out += '\n';
        }
        ctx.out += check_totals_line(counter.totals());
        ctx.out += '\n';
        failed = has_claim_with_verdict(counter.totals(), fail_on);
    } else {
        std::vector<text_check> checked;
        checked.reserve(inputs.size());
        for (auto& input : inputs) {
            checked.push_back(checker.check(input.origin, std::move(input.text), reading));
            release(input.text);
            report_input(input, outcome_of(checked.back()), ctx);
        }
        if (format == "json") {
            render_check_json(checked, ctx.out);
        } else if (format == "markdown") {
            render_check_markdown(
                checked, {std::string(tool_version), data.info.version, data.info.disclaimer},
                ctx.out);
        } else {
            render_check_text(checked, table_options(ctx), ctx.out);
        }
        failed = has_claim_with_verdict(checked, fail_on);
    }

    if (failed) {
        ctx.err += fmt::format("massage-evidence: claims found with a verdict in --fail-on ({})\n",
                               joined(fail_on));
        return 1;
    }
    return 0;
}

} // namespace massage_evidence::cli
