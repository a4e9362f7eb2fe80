// The browsing commands through cli::run: JSON contracts parsed field by field, every bad input
// mapped to exit status 2 with a helpful line, help and version, and the pager decision.

#include "cli/app.hpp"
#include "cli/pager.hpp"
#include "massage_evidence/load.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/version.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>

using massage_evidence::cli::environment;

namespace {

struct outcome {
    int status = 0;
    std::string out;
    std::string err;
};

struct pager_log {
    std::vector<std::string> commands;
    std::string text;
    bool works = true;
};

outcome run(const std::vector<std::string>& args, std::map<std::string, std::string> vars = {},
            bool terminal = false, pager_log* pager = nullptr) {
    environment env;
    env.variable = [vars](const std::string& name) -> std::optional<std::string> {
        const auto it = vars.find(name);
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    env.stdout_is_terminal = terminal;
    env.terminal_width = 100;
    if (pager != nullptr) {
        env.page = [pager](const std::string& command, std::string_view text) {
            pager->commands.push_back(command);
            pager->text = std::string(text);
            return pager->works;
        };
    }
    outcome o;
    o.status = massage_evidence::cli::run(args, o.out, o.err, env);
    return o;
}

const std::string browse_file = test_support::fixture("fixtures/valid/browse.json");

const massage_evidence::dataset& browse() {
    static const auto data = massage_evidence::load_dataset_file(browse_file);
    return data;
}

outcome run_browse(std::vector<std::string> args) {
    args.insert(args.begin(), {"--data", browse_file});
    return run(args);
}

nlohmann::json json_of(const std::vector<std::string>& args) {
    const auto o = run_browse(args);
    INFO(o.err);
    REQUIRE(o.status == 0);
    return nlohmann::json::parse(o.out);
}

} // namespace

TEST_CASE("claims JSON lists the selected claims as the listing objects", "[cli][json]") {
    const auto doc = json_of({"claims", "--condition", "low-back-pain", "--format", "json"});
    REQUIRE(doc.size() == 3);
    const std::vector<std::string> expected{"blood-flow", "calm-mood", "back-chronic"};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto* c = browse().find_claim(expected[i]);
        REQUIRE(c != nullptr);
        CHECK(doc[i].at("id") == c->id);
        CHECK(doc[i].at("kind") == massage_evidence::to_string(c->kind));
        CHECK(doc[i].at("name") == c->name);
        CHECK(doc[i].at("verdict") == massage_evidence::to_string(c->verdict));
        CHECK(doc[i].at("certainty") == massage_evidence::to_string(c->certainty));
        CHECK(doc[i].at("sources").size() == c->sources.size());
        CHECK(doc[i].at("grading").at("domains").size() == c->grading.domains.size());
    }
}

TEST_CASE("techniques JSON holds the practice claims with their topic", "[cli][json]") {
    const auto doc = json_of({"techniques", "--topic", "technique", "--format", "json"});
    REQUIRE(doc.size() == 1);
    CHECK(doc[0].at("id") == "firm-pressure");
    CHECK(doc[0].at("kind") == "practice");
    CHECK(doc[0].at("topic") == "technique");
    CHECK(doc[0].at("claim") == browse().find_claim("firm-pressure")->statement);
}

TEST_CASE("sources JSON holds every bibliographic field the data has, and no other",
          "[cli][json]") {
    const auto doc = json_of({"sources", "--format", "json"});
    REQUIRE(doc.size() == browse().sources.size());
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const auto& s = browse().sources[i];
        const auto& item = doc[i];
        INFO(s.id);
        CHECK(item.at("id") == s.id);
        CHECK(item.at("type") == massage_evidence::to_string(s.type));
        CHECK(item.at("title") == s.title);
        CHECK(item.at("authors") == s.authors);
        CHECK(item.at("et_al") == s.et_al);
        const auto optional = [&](const char* key, const std::string& value) {
            if (value.empty()) {
                CHECK_FALSE(item.contains(key));
            } else {
                CHECK(item.at(key) == value);
            }
        };
        optional("group_author", s.group_author);
        optional("journal", s.journal);
        optional("publisher", s.publisher);
        optional("volume", s.volume);
        optional("issue", s.issue);
        optional("pages", s.pages);
        optional("doi", s.doi);
        optional("pmid", s.pmid);
        optional("pmcid", s.pmcid);
        optional("n", s.n);
        optional("funding", s.funding);
        optional("notes", s.notes);
        CHECK(item.contains("year") == s.year.has_value());
        CHECK(item.at("citation").is_string());
        std::vector<std::string> citing;
        for (const auto& entry : massage_evidence::claims_citing(browse(), s.id)) {
            citing.push_back(entry.by->id);
        }
        CHECK(item.at("cited_by") == citing);
        CHECK_FALSE(item.contains("findings")); // detail is for `show`
    }
    CHECK(
        json_of({"sources", "--since", "2017", "--type", "guideline", "--format", "json"}).size() ==
        1);
    CHECK(json_of({"sources", "--cited-by", "blood-flow", "--format", "json"})[1].at("id") ==
          "book-theory");
}

TEST_CASE("show, search, explain, stats and cite give parseable JSON", "[cli][json]") {
    CHECK(json_of({"show", "back-chronic", "--format", "json"}).at("participants") == 401);
    CHECK(json_of({"show", "lab-flow", "--format", "json"}).at("findings").size() == 2);
    const auto hits = json_of({"search", "Doppler", "--format", "json"});
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].at("id") == "blood-flow");
    CHECK(hits[0].at("score").get<int>() > hits[1].at("score").get<int>());
    CHECK(json_of({"search", "blood", "flow", "--limit", "1", "--format", "json"}).size() == 1);
    CHECK(json_of({"explain", "--format", "json"}).size() == 8);
    CHECK(json_of({"explain", "indirectness", "--format", "json"})[0].at("entries").size() == 1);
    CHECK(json_of({"stats", "--format", "json"}).at("claims") == 7);
    const auto csl = json_of({"cite", "back-chronic", "--style", "csl-json"});
    REQUIRE(csl.size() == 2);
    CHECK(csl[0].at("id") == "trial-back");
    CHECK(csl[1].at("id") == "guideline-acp");
}

TEST_CASE("cite gives each source once, in the order asked", "[cli]") {
    const auto o = run_browse({"cite", "hour-sessions", "back-chronic", "trial-back"});
    REQUIRE(o.status == 0);
    // hour-sessions cites trial-back; back-chronic adds guideline-acp; trial-back is a repeat.
    REQUIRE(std::count(o.out.begin(), o.out.end(), '\n') == 2);
    CHECK(o.out.rfind("Cherry DC", 0) == 0);
}

TEST_CASE("every bad input exits 2 with one line saying what to do", "[cli]") {
    struct bad {
        std::vector<std::string> args;
        std::string says;
    };
    const std::vector<bad> cases{
        {{"show", "blod-flow"}, "did you mean blood-flow?"},
        {{"show", "lab-flwo"}, "did you mean lab-flow?"},
        {{"cite", "trial-bakc"}, "did you mean trial-back?"},
        {{"cite", "trial-back", "--style", "harvard"}, "is not a citation style"},
        {{"claims", "--kind", "theory"}, "is not a claim kind"},
        {{"claims", "--mechanism", "blod-flow"}, "did you mean blood-flow?"},
        {{"claims", "--mechanism", "back-chronic"}, "no mechanism has the id"},
        {{"claims", "--audience", "child"}, "is not an audience"},
        {{"sources", "--type", "blog"}, "is not a source type"},
        {{"sources", "--since", "last-year"}, "is not a year"},
        {{"sources", "--since", "199"}, "is not a year"},
        {{"sources", "--cited-by", "blod-flow"}, "did you mean blood-flow?"},
        {{"techniques", "--topic", "speed"}, "is not a practice topic"},
        {{"explain", "indirect"}, "did you mean indirectness?"},
        {{"stats", "--kind", "source"}, "is not a claim kind"},
        {{"search", "--", "?!"}, "has no words to search for"},
        {{"show"}, "id is required"},
        {{"cite"}, "ids is required"},
    };
    for (const auto& c : cases) {
        const auto o = run_browse(c.args);
        INFO(c.args.front() << " " << (c.args.size() > 1 ? c.args[1] : ""));
        CHECK(o.status == 2);
        CHECK(o.out.empty());
        CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);
        CHECK_THAT(o.err,
                   Catch::StartsWith("massage-evidence: error: ") && Catch::Contains(c.says));
    }
    for (const auto* command :
         {"claims", "show", "techniques", "sources", "search", "explain", "stats"}) {
        std::vector<std::string> args{command};
        if (std::string(command) == "show" || std::string(command) == "search") {
            args.emplace_back("blood-flow");
        }
        args.insert(args.end(), {"--format", "xml"});
        const auto o = run_browse(args);
        INFO(command);
        CHECK(o.status == 2);
        CHECK_THAT(o.err, Catch::Contains("--format"));
    }
}

TEST_CASE("a filter that matches nothing says so and succeeds", "[cli]") {
    const auto none = run_browse({"claims", "--kind", "practice", "--min-level", "high"});
    CHECK(none.status == 0);
    CHECK(none.out.empty());
    CHECK(none.err == "massage-evidence: no claim matches --kind practice --min-level high\n");
    CHECK(run_browse({"sources", "--since", "2030", "--format", "json"}).out == "[]\n");
    const auto nothing = run_browse({"search", "zebra"});
    CHECK(nothing.status == 0);
    CHECK_THAT(nothing.err, Catch::Contains("no claim or source contains \"zebra\""));
}

TEST_CASE("every command has help with examples", "[cli]") {
    for (const auto* command :
         {"mechanisms", "conditions", "techniques", "claims", "show", "search", "sources", "cite",
          "explain", "stats", "export", "validate"}) {
        const auto o = run({command, "--help"});
        INFO(command);
        CHECK(o.status == 0);
        CHECK_THAT(o.out, Catch::Contains("Examples:"));
    }
}

TEST_CASE("the overview and top-level help name only commands that exist", "[cli]") {
    const auto overview = run({});
    REQUIRE(overview.status == 0);
    const std::regex command_line("\n  massage-evidence ([a-z]+)");
    std::size_t listed = 0;
    for (std::sregex_iterator it(overview.out.begin(), overview.out.end(), command_line), end;
         it != end; ++it, ++listed) {
        const auto name = (*it)[1].str();
        INFO(name);
        CHECK(run({name, "--help"}).status == 0);
    }
    CHECK(listed >= 8);
    const auto help = run({"--help"});
    for (const auto* command :
         {"mechanisms", "conditions", "techniques", "claims", "show", "search", "sources", "cite",
          "explain", "stats", "export", "validate"}) {
        CHECK_THAT(help.out, Catch::Contains(std::string("  ") + command));
    }
}

TEST_CASE("the version line names the dataset in use", "[cli]") {
    CHECK_THAT(run({"--version"}).out,
               Catch::Matches("massage-evidence [0-9.]+ \\(embedded dataset [0-9.]+\\)\n"));
    CHECK(run({"--data", browse_file, "--version"}).out ==
          "massage-evidence " + std::string(massage_evidence::tool_version) +
              " (dataset 2.4.0 from " + browse_file + ")\n");
    CHECK_THAT(run({"--version"}, {{"MASSAGE_EVIDENCE_DATA", browse_file}}).out,
               Catch::Contains("(dataset 2.4.0 from "));
    // The flag after a subcommand, and a flag beats the environment.
    CHECK_THAT(run({"claims", "--version", "--data", browse_file},
                   {{"MASSAGE_EVIDENCE_DATA", "/nonexistent.json"}})
                   .out,
               Catch::Contains("(dataset 2.4.0 from "));
    const auto missing = run({"--data", "/nonexistent.json", "--version"});
    CHECK(missing.status == 66);
    CHECK(missing.out.empty());
}

TEST_CASE("long output goes through the pager on a terminal only", "[cli][pager]") {
    pager_log pager;
    SECTION("a terminal pages with the default pager") {
        const auto o = run({"--data", browse_file, "claims"}, {}, true, &pager);
        CHECK(o.status == 0);
        CHECK(o.out.empty());
        REQUIRE(pager.commands == std::vector<std::string>{"less -FRX"});
        CHECK_THAT(pager.text, Catch::Contains("blood-flow"));
    }
    SECTION("a pipe never pages") {
        const auto o = run({"--data", browse_file, "claims"}, {}, false, &pager);
        CHECK(pager.commands.empty());
        CHECK_THAT(o.out, Catch::Contains("blood-flow"));
    }
    SECTION("--no-pager, anywhere on the line, turns it off") {
        CHECK_FALSE(
            run({"--no-pager", "--data", browse_file, "claims"}, {}, true, &pager).out.empty());
        CHECK_FALSE(
            run({"--data", browse_file, "claims", "--no-pager"}, {}, true, &pager).out.empty());
        CHECK(pager.commands.empty());
    }
    SECTION("MASSAGE_EVIDENCE_PAGER beats PAGER; empty or cat means none") {
        (void)run({"explain"}, {{"PAGER", "more"}}, true, &pager);
        (void)run({"explain"}, {{"PAGER", "more"}, {"MASSAGE_EVIDENCE_PAGER", "most -s"}}, true,
                  &pager);
        CHECK(pager.commands == std::vector<std::string>{"more", "most -s"});
        CHECK_FALSE(run({"explain"}, {{"PAGER", ""}}, true, &pager).out.empty());
        CHECK_FALSE(run({"explain"}, {{"PAGER", "cat"}}, true, &pager).out.empty());
        CHECK(pager.commands.size() == 2);
    }
    SECTION("a pager that cannot start leaves the output to be printed") {
        pager.works = false;
        const auto o = run({"explain"}, {}, true, &pager);
        CHECK(pager.commands.size() == 1);
        CHECK_FALSE(o.out.empty());
    }
    SECTION("a check is paged, even when --fail-on fails it") {
        const auto brochure = test_support::fixture("fixtures/check/brochure.md");
        const auto passed = run({"check", brochure}, {}, true, &pager);
        CHECK(passed.status == 0);
        CHECK(passed.out.empty());
        CHECK_THAT(pager.text, Catch::Contains("contradicted"));
        const auto failed = run({"check", "--fail-on", "contradicted", brochure}, {}, true, &pager);
        CHECK(failed.status == 1);
        CHECK(failed.out.empty());
        CHECK_THAT(failed.err, Catch::Contains("--fail-on"));
        CHECK(pager.commands.size() == 2);
    }
    SECTION("help, version, errors and validation are never paged") {
        (void)run({"--help"}, {}, true, &pager);
        (void)run({"--version"}, {}, true, &pager);
        (void)run({"show", "nothing"}, {}, true, &pager);
        (void)run({"validate", browse_file}, {}, true, &pager);
        CHECK(pager.commands.empty());
    }
}

TEST_CASE("the pager runs through the shell with the text on its input", "[pager]") {
    const auto path = (std::filesystem::temp_directory_path() / "me-pager-test.txt").string();
    std::remove(path.c_str());
    CHECK(massage_evidence::cli::run_pager("cat > '" + path + "'", "paged text\n"));
    CHECK(test_support::slurp(path) == "paged text\n");
    std::remove(path.c_str());
    // A pager that is not installed: the caller prints instead.
    CHECK_FALSE(massage_evidence::cli::run_pager("/nonexistent/pager-program 2>/dev/null", "x"));
    // A pager that quits without reading everything is fine.
    CHECK(massage_evidence::cli::run_pager("true", std::string(1 << 20, 'x')));
}

TEST_CASE("the pager command comes from the environment", "[pager]") {
    environment env;
    std::map<std::string, std::string> vars;
    env.variable = [&vars](const std::string& name) -> std::optional<std::string> {
        const auto it = vars.find(name);
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    CHECK(massage_evidence::cli::pager_command(env) == "less -FRX");
    vars["PAGER"] = "more";
    CHECK(massage_evidence::cli::pager_command(env) == "more");
    vars["MASSAGE_EVIDENCE_PAGER"] = "  ";
    CHECK_FALSE(massage_evidence::cli::pager_command(env));
    env.stdout_is_terminal = true;
    env.page = [](const std::string&, std::string_view) {
        return true;
    };
    CHECK_FALSE(massage_evidence::cli::should_page(env, false));
    vars.erase("MASSAGE_EVIDENCE_PAGER");
    CHECK(massage_evidence::cli::should_page(env, false));
    CHECK_FALSE(massage_evidence::cli::should_page(env, true));
}

TEST_CASE("the patient audience changes the words, not the claims", "[cli]") {
    const auto clinician = run_browse({"claims", "--format", "csv"});
    const auto patient = run_browse({"claims", "--format", "csv", "--audience", "patient"});
    CHECK(std::count(clinician.out.begin(), clinician.out.end(), '\n') ==
          std::count(patient.out.begin(), patient.out.end(), '\n'));
    CHECK_THAT(patient.out, Catch::StartsWith("ID,Name,In plain words,What research says,How "
                                              "sure we are\r\n"));
    CHECK_THAT(patient.out, Catch::Contains("research points the other way"));
    CHECK_THAT(run_browse({"mechanisms", "--audience", "patient"}).out,
               Catch::Contains("limited confidence"));
    // JSON is the same contract for both.
    CHECK(run_browse({"claims", "--format", "json"}).out ==
          run_browse({"claims", "--format", "json", "--audience", "patient"}).out);
}
