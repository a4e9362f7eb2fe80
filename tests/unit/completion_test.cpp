#include "cli/app.hpp"
#include "cli/command_tree.hpp"
#include "cli/completion_model.hpp"
#include "cli/completion_scripts.hpp"
#include "support/paths.hpp"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace massage_evidence::cli;

namespace {

const command_model* find_command(const command_model& parent, const std::string& name) {
    for (const auto& command : parent.subcommands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

const option_model* find_option(const command_model& command, const std::string& name) {
    for (const auto& option : command.options) {
        if (std::find(option.names.begin(), option.names.end(), name) != option.names.end()) {
            return &option;
        }
    }
    return nullptr;
}

struct outcome {
    int status = 0;
    std::string out;
    std::string err;
};

outcome run_cli(const std::vector<std::string>& args) {
    environment env;
    env.variable = [](const std::string&) -> std::optional<std::string> {
        return std::nullopt;
    };
    outcome o;
    o.status = run(args, o.out, o.err, env);
    return o;
}

using test_support::lines_of;

// A tree like the ones the browsing commands declare: ids, repeated arguments, a mapping, hidden
// parts.
struct sample_tree {
    std::string id;
    std::vector<std::string> sources;
    std::string claim;
    int count = 0;
    int mapped = 0;
    bool flag = false;
    std::string secret;
    CLI::App app{"A sample", "sample-tool"};

    sample_tree() {
        app.fallthrough();
        app.add_option("--data", secret, "Dataset")->type_name(file_type_name);
        auto* show = app.add_subcommand("show", "Show one claim or source, it's [all] of it");
        show->add_option("id", id, "The id")->type_name(id_type_name)->required();
        show->add_option("--claim", claim, "A claim")->type_name(claim_id_type_name);
        show->add_option("--count", count, "How many");
        show->add_option("--mapped", mapped, "Mapped")
            ->check(CLI::CheckedTransformer(std::map<std::string, int>{{"one", 1}, {"two", 2}}));
        show->add_flag("--flag", flag, "A flag");
        show->add_option("--secret", secret, "Hidden")->group("");
        auto* cite = app.add_subcommand("cite", "Cite sources");
        cite->add_option("ids", sources, "Source ids")->type_name(source_id_type_name);
        app.add_subcommand("hidden", "Not for people")->group("");
    }
};

} // namespace

TEST_CASE("the command model holds every visible command, option and value", "[completion]") {
    const command_tree tree;
    const auto model = describe_commands(tree.app);
    CHECK(model.name == "massage-evidence");
    std::set<std::string> names;
    for (const auto& command : model.subcommands) {
        names.insert(command.name);
    }
    for (const auto* expected : {"mechanisms", "conditions", "export", "validate", "completion"}) {
        CHECK(names.count(expected) == 1);
    }
    CHECK(names.count(complete_command_name) == 0); // hidden

    const auto* mechanisms = find_command(model, "mechanisms");
    REQUIRE(mechanisms != nullptr);
    const auto* min_level = find_option(*mechanisms, "--min-level");
    REQUIRE(min_level != nullptr);
    CHECK(min_level->value.completion == value_completion::words);
    CHECK(min_level->value.words ==
          std::vector<std::string>{"high", "moderate", "low", "very-low"});
    CHECK(min_level->value.name == "LEVEL");
    CHECK_FALSE(min_level->inherited);
    const auto* format = find_option(*mechanisms, "--format");
    REQUIRE(format != nullptr);
    CHECK(format->value.words == std::vector<std::string>{"table", "markdown", "json", "csv"});
    CHECK(format->value.separator == '\0'); // one word

    // A list of words in one value: the shells complete each word after a comma.
    const auto* check = find_command(model, "check");
    REQUIRE(check != nullptr);
    const auto* fail_on = find_option(*check, "--fail-on");
    REQUIRE(fail_on != nullptr);
    CHECK(fail_on->value.completion == value_completion::words);
    CHECK(fail_on->value.separator == ',');
    CHECK(fail_on->value.words.size() == 5);

    // Global options are valid after a command (fallthrough), and a command's own --help wins.
    const auto* data = find_option(*mechanisms, "--data");
    REQUIRE(data != nullptr);
    CHECK(data->inherited);
    CHECK(data->value.completion == value_completion::file);
    const auto* help = find_option(*mechanisms, "--help");
    REQUIRE(help != nullptr);
    CHECK_FALSE(help->inherited);
    CHECK(help->value.completion == value_completion::none);
    CHECK(std::count_if(
              mechanisms->options.begin(), mechanisms->options.end(), [](const option_model& o) {
                  return std::find(o.names.begin(), o.names.end(), "--help") != o.names.end();
              }) == 1);

    const auto* exporting = find_command(model, "export");
    REQUIRE(exporting != nullptr);
    const auto* output = find_option(*exporting, "-o");
    REQUIRE(output != nullptr);
    CHECK(output->names == std::vector<std::string>{"-o", "--output"});
    CHECK(output->value.completion == value_completion::file);
    const auto* title = find_option(*exporting, "--title");
    REQUIRE(title != nullptr);
    CHECK(title->value.completion == value_completion::free_text);

    const auto* validate = find_command(model, "validate");
    REQUIRE(validate != nullptr);
    REQUIRE(validate->arguments.size() == 1);
    CHECK(validate->arguments[0].value.completion == value_completion::file);
    CHECK_FALSE(validate->arguments[0].repeatable);

    const auto* completion = find_command(model, "completion");
    REQUIRE(completion != nullptr);
    REQUIRE(completion->arguments.size() == 1);
    CHECK(completion->arguments[0].value.words == std::vector<std::string>{"bash", "zsh", "fish"});
}

TEST_CASE("type names and validators decide how a value completes", "[completion]") {
    const sample_tree sample;
    const auto model = describe_commands(sample.app);
    CHECK(find_command(model, "hidden") == nullptr);
    const auto* show = find_command(model, "show");
    REQUIRE(show != nullptr);
    REQUIRE(show->arguments.size() == 1);
    CHECK(show->arguments[0].value.completion == value_completion::any_id);
    CHECK(find_option(*show, "--claim")->value.completion == value_completion::claim_id);
    CHECK(find_option(*show, "--count")->value.completion == value_completion::free_text);
    CHECK(find_option(*show, "--mapped")->value.words == std::vector<std::string>{"one", "two"});
    CHECK(find_option(*show, "--flag")->value.completion == value_completion::none);
    CHECK(find_option(*show, "--secret") == nullptr);
    const auto* cite = find_command(model, "cite");
    REQUIRE(cite != nullptr);
    REQUIRE(cite->arguments.size() == 1);
    CHECK(cite->arguments[0].value.completion == value_completion::source_id);
    CHECK(cite->arguments[0].repeatable);
}

TEST_CASE("each script carries the tree and asks the program for ids", "[completion]") {
    const sample_tree sample;
    const auto model = describe_commands(sample.app);

    const auto bash = bash_completion_script(model);
    CHECK_THAT(bash, Catch::EndsWith("complete -F _sample_tool sample-tool\n"));
    CHECK_THAT(bash, Catch::Contains("'') REPLY='show cite' ;;"));
    CHECK_THAT(bash, Catch::Contains("'show') _sample_tool_nth \"$2\" 0 'ids:ids' ;;"));
    CHECK_THAT(bash, Catch::Contains("'cite') _sample_tool_nth \"$2\" 1 'ids:sources' ;;"));
    CHECK_THAT(bash, Catch::Contains("--claim) REPLY='ids:claims' ;;"));
    CHECK_THAT(bash, Catch::Contains("--mapped) REPLY='words:one two' ;;"));
    CHECK_THAT(bash, !Catch::Contains("--flag)")); // a flag takes no value
    CHECK_THAT(bash, !Catch::Contains("secret") && !Catch::Contains("hidden"));

    const auto zsh = zsh_completion_script(model);
    CHECK_THAT(zsh, Catch::StartsWith("#compdef sample-tool\n"));
    CHECK_THAT(zsh, Catch::Contains("'1:ID: _sample_tool__ids ids'"));
    CHECK_THAT(zsh, Catch::Contains("'*:SOURCE_ID: _sample_tool__ids sources'"));
    CHECK_THAT(zsh, Catch::Contains("'--mapped=[Mapped]:INT:(one two)'"));
    // Quotes and brackets of a description cannot break out of the spec.
    CHECK_THAT(zsh, Catch::Contains("'show:Show one claim or source, it'\\''s \\[all\\] of it'"));

    const auto fish = fish_completion_script(model);
    CHECK_THAT(fish, Catch::Contains("complete -c sample-tool -n '__sample_tool_at \"show\" 0' "
                                     "-f -a '(__sample_tool_ids ids)' -d 'The id'"));
    CHECK_THAT(fish, Catch::Contains("-n '__sample_tool_at \"cite\" 0 1' -f -a "
                                     "'(__sample_tool_ids sources)'"));
    CHECK_THAT(fish, Catch::Contains("-d 'Show one claim or source, it\\'s [all] of it'"));
    CHECK_THAT(fish, Catch::Contains("-l data -r -F"));
}

TEST_CASE("shell quoting keeps any text one word", "[completion]") {
    CHECK(detail::single_quoted("plain") == "'plain'");
    CHECK(detail::single_quoted("it's $(x)") == "'it'\\''s $(x)'");
    CHECK(detail::identifier("massage-evidence") == "massage_evidence");
    CHECK(detail::identifier("a--b c") == "a_b_c");
}

TEST_CASE("completion prints the script for each shell", "[completion][cli]") {
    const auto bash = run_cli({"completion", "bash"});
    CHECK(bash.status == 0);
    CHECK(bash.err.empty());
    CHECK_THAT(bash.out, Catch::Contains("complete -F _massage_evidence massage-evidence"));
    CHECK_THAT(bash.out, Catch::Contains("--min-level) REPLY='words:high moderate low very-low'"));
    CHECK_THAT(run_cli({"completion", "ZSH"}).out, Catch::StartsWith("#compdef massage-evidence"));
    CHECK_THAT(run_cli({"completion", "fish"}).out,
               Catch::Contains("complete -c massage-evidence -f\n"));
    const auto unknown = run_cli({"completion", "tcsh"});
    CHECK(unknown.status == 2);
    CHECK(unknown.out.empty());
    CHECK_THAT(unknown.err, Catch::Contains("bash") && Catch::Contains("fish"));
    CHECK(run_cli({"completion"}).status == 2);
}

TEST_CASE("__complete lists the ids of the dataset in use and is hidden", "[completion][cli]") {
    const auto ids = lines_of(run_cli({"__complete", "ids"}).out);
    CHECK(std::find(ids.begin(), ids.end(), "circulation") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "shoemaker1997") != ids.end());
    const auto claims = lines_of(run_cli({"__complete", "claims"}).out);
    const auto sources = lines_of(run_cli({"__complete", "sources"}).out);
    CHECK(claims.size() + sources.size() == ids.size());
    CHECK(std::find(claims.begin(), claims.end(), "shoemaker1997") == claims.end());
    CHECK(std::find(sources.begin(), sources.end(), "circulation") == sources.end());

    const auto small = test_support::fixture("fixtures/valid/small.json");
    CHECK(lines_of(run_cli({"--data", small, "__complete", "ids"}).out) ==
          std::vector<std::string>{"warmth", "pressure-gate", "mood", "back-short", "hip-none",
                                   "hour-long", "trial-a", "review-b", "trial-c"});
    const auto missing = run_cli({"__complete", "ids", "--data", "/nonexistent.json"});
    CHECK(missing.status == 66);
    CHECK(missing.out.empty());

    CHECK_THAT(run_cli({"--help"}).out, !Catch::Contains("__complete"));
}

// The man page must describe every command of the tree and every option of each. A command
// added to the tree fails this test until docs/massage-evidence.1 covers it.
TEST_CASE("the man page documents every command and option", "[completion][docs]") {
    auto page = test_support::slurp(test_support::fixture("../docs/massage-evidence.1"));
    // Plain text: no font changes, "\-" is a hyphen.
    page = std::regex_replace(page, std::regex(R"(\\f[BIRP])"), "");
    page = std::regex_replace(page, std::regex(R"(\\-)"), "-");
    const auto start = page.find("\n.SH COMMANDS\n");
    REQUIRE(start != std::string::npos);
    const auto end = page.find("\n.SH ", start + 1);
    const auto commands_section = page.substr(start, end - start);
    // Each command is a tagged paragraph whose tag starts with its name.
    std::set<std::string> documented;
    const auto lines = lines_of(commands_section);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] == ".TP") {
            auto tag = lines[i + 1];
            if (tag.rfind(".B ", 0) == 0) {
                tag = tag.substr(3);
            }
            documented.insert(tag.substr(0, tag.find(' ')));
        }
    }
    // As a word of its own: "-o" inside "--output" does not count.
    const auto mentions = [&](const std::string& name) {
        return std::regex_search(page, std::regex("(^|[^-\\w])" + name + "($|[^-\\w])"));
    };
    const command_tree tree;
    const auto program = describe_commands(tree.app);
    for (const auto& option : program.options) {
        for (const auto& name : option.names) {
            INFO("global option: " << name);
            CHECK(mentions(name));
        }
    }
    for (const auto& command : program.subcommands) {
        INFO("command: " << command.name);
        CHECK(documented.count(command.name) == 1);
        for (const auto& option : command.options) {
            for (const auto& name : option.names) {
                INFO("option: " << name);
                CHECK((option.inherited || mentions(name)));
            }
        }
    }
}
