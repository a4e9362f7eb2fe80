// `massage-evidence export`: the publishable Markdown evidence report, to stdout or to a file
// written atomically. The report's date is pinned by --date or SOURCE_DATE_EPOCH so that builds
// of the same data give the same bytes. The report itself is built by the library
// (massage_evidence/report.hpp); this file only turns flags into report options.

#include "cli/common.hpp"

#include "field_format.hpp"
#include "massage_evidence/error.hpp"
#include "massage_evidence/output.hpp"
#include "massage_evidence/report.hpp"
#include "massage_evidence/version.hpp"
#include "printable.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>

namespace massage_evidence::cli {
namespace {

std::string utc_date(std::time_t seconds) {
    std::tm parts{};
    ::gmtime_r(&seconds, &parts);
    return fmt::format("{:%Y-%m-%d}", parts);
}

std::string report_date(const export_options& options, const context& ctx) {
    if (!options.date.empty()) {
        if (!detail::is_iso_date(options.date)) {
            throw usage_error(fmt::format("--date \"{}\" is not a date; write it as YYYY-MM-DD",
                                          detail::printable(options.date)));
        }
        return options.date;
    }
    if (const auto epoch = ctx.env.variable("SOURCE_DATE_EPOCH"); epoch && !epoch->empty()) {
        long long seconds = 0;
        const auto* end = epoch->data() + epoch->size();
        const auto [ptr, ec] = std::from_chars(epoch->data(), end, seconds);
        if (ec != std::errc{} || ptr != end || seconds < 0) {
            throw usage_error(fmt::format("SOURCE_DATE_EPOCH \"{}\" is not a number of seconds "
                                          "since 1970; unset it or fix it",
                                          detail::printable(*epoch)));
        }
        return utc_date(static_cast<std::time_t>(seconds));
    }
    return utc_date(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()));
}

// "key-messages, how-to-read, ... or disclaimer"
std::string valid_sections() {
    return valid_tokens<report_section>();
}

// The items of a comma-separated list, trimmed of spaces.
std::vector<std::string> list_items(const std::string& list) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = std::min(list.find(',', start), list.size());
        const auto item = list.substr(start, comma - start);
        const auto first = item.find_first_not_of(' ');
        items.push_back(first == std::string::npos
                            ? std::string()
                            : item.substr(first, item.find_last_not_of(' ') - first + 1));
        start = comma + 1;
    }
    return items;
}

// --sections: a comma-separated list of section names, spelled loosely like every other value.
CLI::Validator sections_validator() {
    return CLI::Validator(
        [](const std::string& value) -> std::string {
            for (const auto& item : list_items(value)) {
                if (item.empty()) {
                    return fmt::format("expected a comma-separated list of sections, e.g. "
                                       "key-messages,mechanisms,references (valid: {})",
                                       valid_sections());
                }
                if (!parse_loose<report_section>(item)) {
                    return fmt::format("\"{}\" is not a report section (expected {})",
                                       detail::printable(item), valid_sections());
                }
            }
            return {};
        },
        std::string(), "sections");
}

// The sections chosen; the list was checked by sections_validator.
std::vector<report_section> to_sections(const std::string& list) {
    if (list.empty()) {
        return all_report_sections();
    }
    std::vector<report_section> sections;
    for (const auto& item : list_items(list)) {
        if (const auto parsed = parse_loose<report_section>(item)) {
            sections.push_back(*parsed);
        }
    }
    return sections;
}

} // namespace

void setup_export(CLI::App& app, export_options& options) {
    auto* command = app.add_subcommand(
        "export", "Write a publishable Markdown evidence report (key messages, summary-of-"
                  "findings tables, diagrams, a section per claim, references, disclaimer)");
    command->add_option("-o,--output", options.output, "Write to FILE instead of stdout ('-')")
        ->type_name("FILE");
    command->add_flag("--force", options.force, "Replace FILE if it exists");
    command->add_option("--title", options.title, "Title of the report")->type_name("TEXT");
    command
        ->add_option("--date", options.date,
                     "Date printed in the report, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else "
                     "today)")
        ->type_name("DATE");
    command
        ->add_option("--audience", options.audience,
                     "clinician (GRADE terms and reasons, the default) or patient (plain words)")
        ->type_name("AUDIENCE")
        ->check(vocabulary_validator<audience>("AUDIENCE"));
    command
        ->add_option("--sections", options.sections,
                     "Only these sections, comma-separated: " + valid_sections() +
                         " (default: all; the title block is always written)")
        ->type_name("LIST")
        ->check(sections_validator());
    command->add_flag("--front-matter", options.front_matter,
                      "Start with YAML front matter for static-site generators");
    add_filter_options(*command, options.filters, true, true);
    command->footer(
        "--category narrows the mechanisms and --condition the clinical effects;\n"
        "--min-level, --level and --verdict apply to every claim.\n"
        "\n"
        "Examples:\n"
        "  massage-evidence export -o report.md\n"
        "  massage-evidence export --audience patient --condition low-back-pain -o back-pain.md\n"
        "  massage-evidence export --sections key-messages,mechanisms,references\n"
        "  massage-evidence export --front-matter --date 2026-01-31 -o site/evidence.md --force");
}

int run_export(const export_options& options, const context& ctx) {
    report_options report;
    report.title = options.title;
    report.date = report_date(options, ctx);
    report.filter = to_filter(options.filters);
    report.tool_version = std::string(tool_version);
    report.audience = parse_loose<audience>(options.audience).value_or(audience::clinician);
    report.sections = to_sections(options.sections);
    report.front_matter = options.front_matter;

    const auto data = load_requested_dataset(ctx);
    const auto claims = select_report_claims(data, report.filter);
    const auto chosen = [&report](report_section section) {
        return std::find(report.sections.begin(), report.sections.end(), section) !=
               report.sections.end();
    };
    // Say on stderr when a filter empties a part of the report the user asked for; the report
    // says it too, but a script only sees stderr.
    if (claims.mechanisms.empty() && claims.conditions.empty() && claims.practices.empty()) {
        report_no_match(ctx, "claim", report.filter);
    } else {
        const bool details = chosen(report_section::details);
        const auto say = [&](const std::vector<const claim*>& kind, report_section table,
                             std::string_view what, claim_kind which) {
            const auto filter = report_filter(report.filter, which);
            // A dataset without claims of a kind is not news when no filter asked for them.
            if (kind.empty() && !filter.empty() && (details || chosen(table))) {
                report_no_match(ctx, what, filter);
            }
        };
        say(claims.mechanisms, report_section::mechanisms, "mechanism", claim_kind::mechanism);
        say(claims.conditions, report_section::conditions, "clinical effect",
            claim_kind::condition);
        say(claims.practices, report_section::practice, "practice claim", claim_kind::practice);
    }
    std::string text;
    render_report(data, report, text);
    if (options.output == "-") {
        ctx.out += text;
        return 0;
    }
    write_output_file(options.output, text, options.force);
    return 0;
}

} // namespace massage_evidence::cli
