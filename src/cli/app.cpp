// The command tree and the one place where failures become exit statuses. CLI11's own exit
// codes are not part of our contract: every parse error maps to 2, every `error` to its kind's
// documented code.

#include "cli/app.hpp"

#include "cli/command_tree.hpp"
#include "cli/common.hpp"
#include "cli/pager.hpp"
#include "massage_evidence/dataset.hpp"
#include "massage_evidence/error.hpp"
#include "massage_evidence/version.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
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
        "  massage-evidence conditions                        clinical effects by condition\n"
        "  massage-evidence techniques                        dose, technique and timing\n"
        "  massage-evidence claims --min-level moderate       every claim at moderate or "
        "above\n"
        "  massage-evidence show circulation                  one claim in full, with its "
        "sources\n"
        "  massage-evidence search \"pain gate\"                find claims and sources by "
        "words\n"
        "  massage-evidence cite circulation --style bibtex   cite the sources of a claim\n"
        "  massage-evidence explain                           what levels, domains and verdicts "
        "mean\n"
        "  massage-evidence export -o summary.md              a Markdown evidence summary\n"
        "  massage-evidence check page.md                     the massage claims a text makes\n"
        "\n"
        "Run 'massage-evidence --help' for every command and option, or 'massage-evidence "
        "COMMAND --help'.\n",
        tool_version);
}

// The dataset named by --data (its last value) or $MASSAGE_EVIDENCE_DATA, read from the parsed
// command line: --version stops parsing before option values are stored in their variables.
std::string version_dataset_origin(const CLI::App& app, const environment& env) {
    if (const auto* option = app.get_option_no_throw("--data");
        option != nullptr && !option->results().empty()) {
        return option->results().back();
    }
    if (auto from_env = env.variable("MASSAGE_EVIDENCE_DATA"); from_env && !from_env->empty()) {
        return *from_env;
    }
    return {};
}

// "massage-evidence 0.1.0 (embedded dataset 1.0.0)", or for another dataset
// "massage-evidence 0.1.0 (dataset 1.2.0 from FILE)". Only then is a file read and parsed.
std::string version_text(const std::string& origin, std::size_t max_input_size) {
    if (origin.empty()) {
        return fmt::format("{} {} (embedded dataset {})\n", program, tool_version,
                           embedded_dataset_version());
    }
    const auto data = load_dataset_file(origin, max_input_size);
    return fmt::format("{} {} (dataset {} from {})\n", program, tool_version,
                       detail::escape_unsafe(data.info.version), detail::escape_unsafe(origin));
}

// Commands whose output is read by people at length; the others print a line or two, or
// (completion scripts, validation) are meant for other programs.
bool is_pageable(std::string_view command) {
    constexpr std::array<std::string_view, 12> pageable{
        "mechanisms", "conditions", "claims",  "show",  "techniques", "sources",
        "cite",       "search",     "explain", "stats", "export",     "check"};
    return std::find(pageable.begin(), pageable.end(), command) != pageable.end();
}

// Whether `status` means the command printed all it had to say. `check --fail-on` exits 1
// after a complete review, and that review is as long as any.
bool output_is_complete(std::string_view command, int status) {
    return status == 0 || (command == "check" && status == 1);
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
    env.page = run_pager;
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

command_tree::command_tree()
    : app{"How massage relieves pain, and how sure we are: each proposed mechanism, clinical "
          "effect and practice claim with its verdict, GRADE certainty and sources.",
          std::string(program)} {
    app.fallthrough();
    app.require_subcommand(0, 1);
    // The text is printed by version_text below, which may need the dataset named by --data.
    app.set_version_flag("--version", std::string(program),
                         "Print the tool version and the dataset version and exit");

    setup_global_options(app, global);
    setup_mechanisms(app, mechanisms);
    setup_conditions(app, conditions);
    setup_techniques(app, techniques);
    setup_claims(app, claims);
    setup_show(app, showing);
    setup_search(app, searching);
    setup_sources(app, sources);
    setup_cite(app, citing);
    setup_explain(app, explaining);
    setup_stats(app, stats);
    setup_export(app, exporting);
    setup_validate(app, validating);
    setup_check(app, checking);
    setup_completion(app, completion);
    setup_complete(app, complete);
    app.footer("Environment: MASSAGE_EVIDENCE_DATA (a dataset to use), MASSAGE_EVIDENCE_PAGER or "
               "PAGER\n(default 'less -FRX'; used on terminals only), NO_COLOR.\n"
               "Exit status: 0 success, 1 check --fail-on matched, 2 usage error, 65 invalid "
               "dataset,\n66 input missing or unreadable, 73 output cannot be created or exists, "
               "74 write error.");
}

int run(const std::vector<std::string>& args, std::string& out, std::string& err,
        const environment& env) {
    command_tree tree;
    auto& app = tree.app;

    // CLI11 takes the arguments last-first.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    bool version_requested = false;
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out += app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        out += app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion&) {
        version_requested = true;
    } catch (const CLI::ParseError& failure) {
        const auto* command = app.get_subcommands().empty() ? nullptr : app.get_subcommands()[0];
        print_error(err, fmt::format("{}; see '{}{} --help'", detail::escape_unsafe(failure.what()),
                                     program, command ? " " + command->get_name() : std::string()));
        return 2;
    }

    const context ctx{out, err, env, tree.global};
    try {
        if (version_requested) {
            out += version_text(version_dataset_origin(app, env), tree.global.max_input_size);
            return 0;
        }
        const auto chosen = app.get_subcommands();
        if (chosen.empty()) {
            out += overview();
            return 0;
        }
        const auto name = chosen.front()->get_name();
        int status = 0;
        if (name == "mechanisms") {
            status = run_mechanisms(tree.mechanisms, ctx);
        } else if (name == "conditions") {
            status = run_conditions(tree.conditions, ctx);
        } else if (name == "techniques") {
            status = run_techniques(tree.techniques, ctx);
        } else if (name == "claims") {
            status = run_claims(tree.claims, ctx);
        } else if (name == "show") {
            status = run_show(tree.showing, ctx);
        } else if (name == "search") {
            status = run_search(tree.searching, ctx);
        } else if (name == "sources") {
            status = run_sources(tree.sources, ctx);
        } else if (name == "cite") {
            status = run_cite(tree.citing, ctx);
        } else if (name == "explain") {
            status = run_explain(tree.explaining, ctx);
        } else if (name == "stats") {
            status = run_stats(tree.stats, ctx);
        } else if (name == "export") {
            status = run_export(tree.exporting, ctx);
        } else if (name == "validate") {
            status = run_validate(tree.validating, ctx);
        } else if (name == "check") {
            status = run_check(tree.checking, ctx);
        } else if (name == "completion") {
            status = run_completion(tree.completion, app, ctx);
        } else if (name == complete_command_name) {
            status = run_complete(tree.complete, ctx);
        }
        if (output_is_complete(name, status) && !out.empty() && is_pageable(name) &&
            should_page(env, tree.global.no_pager) && env.page(*pager_command(env), out)) {
            out.clear();
        }
        return status;
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
