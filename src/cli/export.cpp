// `massage-evidence export`: the Markdown evidence summary, to stdout or to a file written
// atomically. The report's date is pinned by --date or SOURCE_DATE_EPOCH so that builds of the
// same data give the same bytes.

#include "cli/common.hpp"

#include "field_format.hpp"
#include "massage_evidence/error.hpp"
#include "massage_evidence/output.hpp"
#include "massage_evidence/version.hpp"
#include "printable.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

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

} // namespace

void setup_export(CLI::App& app, export_options& options) {
    auto* command = app.add_subcommand(
        "export", "Write a Markdown evidence summary (title, summary table, findings, "
                  "references, disclaimer)");
    command->add_option("-o,--output", options.output, "Write to FILE instead of stdout ('-')")
        ->type_name("FILE");
    command->add_flag("--force", options.force, "Replace FILE if it exists");
    command->add_option("--title", options.title, "Title of the report")->type_name("TEXT");
    command
        ->add_option("--date", options.date,
                     "Date printed in the report, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else "
                     "today)")
        ->type_name("DATE");
    add_filter_options(*command, options.filters, true, false);
    command->footer("Examples:\n"
                    "  massage-evidence export -o summary.md\n"
                    "  massage-evidence export --min-level low --title 'Massage: what we know'\n"
                    "  massage-evidence export -o summary.md --force --date 2026-01-31");
}

int run_export(const export_options& options, const context& ctx) {
    report_options report;
    report.title = options.title;
    report.date = report_date(options, ctx);
    report.filter = to_filter(options.filters);
    report.tool_version = std::string(tool_version);

    const auto data = load_requested_dataset(ctx);
    if (select_claims(data, claim_kind::mechanism, report.filter).empty()) {
        report_no_match(ctx, "mechanism", report.filter);
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
