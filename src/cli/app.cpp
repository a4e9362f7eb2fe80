// The command tree and the one place where failures become exit statuses. CLI11's own exit
// codes are not part of our contract: every parse error maps to 2, every `error` to its kind's
// documented code.

#include "cli/app.hpp"

#include "cli/common.hpp"
#include "massage_evidence/dataset.hpp"
#include "massage_evidence/error.hpp"
#include "massage_evidence/version.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <sys/ioctl.h>
#include <unistd.h>

namespace massage_evidence::cli {
namespace {

constexpr std::string_view program = "massage-evidence";

std::string overview() {
    return fmt::format(
        "massage-evidence {}: how massage relieves pain, and how sure we are.\n"
        "\n"
        "Each explanation of massage pain relief (\"boosts circulation\", \"releases "
        "endorphins\",\n"
        "\"closes the pain gate\", ...) with the verdict of the evidence, its GRADE certainty "
        "and its sources.\n"
        "\n"
        "Common commands:\n"
        "  massage-evidence mechanisms                        the mechanisms, verdicts, "
        "certainty\n"
        "  massage-evidence mechanisms --min-level moderate   only the better-supported ones\n"
        "  massage-evidence conditions                        clinical effects by condition\n"
        "  massage-evidence export -o summary.md              a Markdown evidence summary\n"
        "  massage-evidence validate FILE                     check a dataset\n"
        "\n"
        "Run 'massage-evidence --help' for every option, or 'massage-evidence COMMAND --help'.\n",
        tool_version);
}

void print_error(std::string& err, std::string_view message) {
    err += fmt::format("{}: error: {}\n", program, message);
}

} // namespace

environment process_environment() {
    environment env;
    env.variable = [](const std::string& name) -> std::optional<std::string> {
        if (const char* value = std::getenv(name.c_str())) { // NOLINT(concurrency-mt-unsafe)
            return std::string(value);
        }
        return std::nullopt;
    };
    env.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
    if (env.stdout_is_terminal) {
        winsize size{};
        if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
            env.terminal_width = size.ws_col;
        } else if (const auto columns = env.variable("COLUMNS")) {
            // Parsed strictly: atoi is undefined for out-of-range values, and a negative
            // width would wrap to a huge one. Anything odd means "width unknown".
            std::size_t width = 0;
            const auto* end = columns->data() + columns->size();
            const auto [ptr, ec] = std::from_chars(columns->data(), end, width);
            if (ec == std::errc{} && ptr == end && width <= 10000) {
                env.terminal_width = width;
            }
        }
    }
    return env;
}

int run(const std::vector<std::string>& args, std::string& out, std::string& err,
        const environment& env) {
    CLI::App app{"How massage relieves pain, and how sure we are: each proposed mechanism and "
                 "clinical effect with its verdict, GRADE certainty and sources.",
                 std::string(program)};
    app.fallthrough();
    app.require_subcommand(0, 1);
    app.set_version_flag("--version",
                         fmt::format("{} {} (embedded dataset {})", program, tool_version,
                                     embedded_dataset_version()),
                         "Print the tool and dataset versions and exit");

    global_options global;
    setup_global_options(app, global);
    mechanisms_options mechanisms;
    setup_mechanisms(app, mechanisms);
    conditions_options conditions;
    setup_conditions(app, conditions);
    export_options exporting;
    setup_export(app, exporting);
    validate_options validating;
    setup_validate(app, validating);
    app.footer("Exit status: 0 success, 2 usage error, 65 invalid dataset, 66 input missing or "
               "unreadable,\n73 output cannot be created or exists, 74 write error.");

    // CLI11 takes the arguments last-first.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out += app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        out += app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion& version) {
        out += version.what();
        out += '\n';
        return 0;
    } catch (const CLI::ParseError& failure) {
        const auto* command = app.get_subcommands().empty() ? nullptr : app.get_subcommands()[0];
        print_error(err, fmt::format("{}; see '{}{} --help'", detail::escape_unsafe(failure.what()),
                                     program, command ? " " + command->get_name() : std::string()));
        return 2;
    }

    const context ctx{out, err, env, global};
    try {
        if (app.got_subcommand("mechanisms")) {
            return run_mechanisms(mechanisms, ctx);
        }
        if (app.got_subcommand("conditions")) {
            return run_conditions(conditions, ctx);
        }
        if (app.got_subcommand("export")) {
            return run_export(exporting, ctx);
        }
        if (app.got_subcommand("validate")) {
            return run_validate(validating, ctx);
        }
        out += overview();
        return 0;
    } catch (const error& failure) {
        for (const auto& line : failure.details()) {
            print_error(err, line);
        }
        print_error(err, failure.what());
        return exit_code(failure.kind());
    } catch (const std::bad_alloc&) {
        print_error(err, "out of memory; try a smaller input or a lower --max-input-size");
        return 74;
    }
}

} // namespace massage_evidence::cli
