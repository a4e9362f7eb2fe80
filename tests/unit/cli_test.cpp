#include "cli/app.hpp"
#include "massage_evidence/load.hpp"
#include "support/paths.hpp"
#include "support/scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

using massage_evidence::cli::environment;

namespace {

struct outcome {
    int status = 0;
    std::string out;
    std::string err;
};

outcome run(const std::vector<std::string>& args, std::map<std::string, std::string> vars = {},
            bool terminal = true) {
    environment env;
    env.variable = [vars](const std::string& name) -> std::optional<std::string> {
        const auto it = vars.find(name);
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    env.stdout_is_terminal = terminal;
    env.terminal_width = 100;
    outcome o;
    o.status = massage_evidence::cli::run(args, o.out, o.err, env);
    return o;
}

const std::string small = test_support::fixture("fixtures/valid/small.json");

} // namespace

TEST_CASE("colour follows --color, then NO_COLOR, then the terminal", "[cli]") {
    CHECK(run({"--data", small, "mechanisms"}).out.find('\x1b') != std::string::npos);
    CHECK(run({"--data", small, "mechanisms"}, {{"NO_COLOR", "1"}}).out.find('\x1b') ==
          std::string::npos);
    CHECK(run({"--data", small, "mechanisms"}, {{"NO_COLOR", ""}}).out.find('\x1b') !=
          std::string::npos); // an empty NO_COLOR does not count
    CHECK(run({"--data", small, "mechanisms"}, {}, false).out.find('\x1b') == std::string::npos);
    CHECK(run({"--data", small, "--color", "always", "mechanisms"}, {{"NO_COLOR", "1"}}, false)
              .out.find('\x1b') != std::string::npos);
    CHECK(run({"--data", small, "mechanisms", "--color", "never"}).out.find('\x1b') ==
          std::string::npos);
}

TEST_CASE("the data flag beats MASSAGE_EVIDENCE_DATA, which beats the embedded dataset", "[cli]") {
    const auto from_env =
        run({"mechanisms", "--format", "csv"}, {{"MASSAGE_EVIDENCE_DATA", small}});
    CHECK(from_env.out.find("Warming the tissue") != std::string::npos);
    const auto flag = run({"--data", small, "mechanisms", "--format", "csv"},
                          {{"MASSAGE_EVIDENCE_DATA", "/nonexistent.json"}});
    CHECK(flag.status == 0);
    const auto embedded = run({"mechanisms", "--format", "csv"});
    CHECK(embedded.out.find("Warming the tissue") == std::string::npos);
    // The embedded dataset: a header and one row per mechanism of the vocabulary.
    CHECK(std::count(embedded.out.begin(), embedded.out.end(), '\n') == 15);
    CHECK(embedded.status == 0);
}

TEST_CASE("every failure maps to its documented exit status", "[cli]") {
    CHECK(run({"mechanisms", "--min-level", "excellent"}).status == 2);
    CHECK(run({"mechanisms", "--no-such-flag"}).status == 2);
    CHECK(run({"frobnicate"}).status == 2);
    CHECK(run({"--data", "/nonexistent.json", "mechanisms"}).status == 66);
    CHECK(
        run({"--data", test_support::fixture("fixtures/invalid/bad-certainty.json"), "mechanisms"})
            .status == 65);
    CHECK(
        run({"validate", test_support::fixture("fixtures/curation/uncited-source.json")}).status ==
        65);
    CHECK(run({"export", "-o", "/nonexistent-dir/x.md"}).status == 73);
}

TEST_CASE("usage errors are one line on stderr and nothing on stdout", "[cli]") {
    const auto o = run({"mechanisms", "--min-level", "excellent"});
    CHECK(o.out.empty());
    CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);
    CHECK_THAT(o.err, Catch::StartsWith("massage-evidence: error: --min-level: \"excellent\""));
    CHECK_THAT(o.err, Catch::Contains("high, moderate, low or very-low"));
}

TEST_CASE("export writes a file, refuses to overwrite it, and replaces it with --force", "[cli]") {
    const auto path = (std::filesystem::temp_directory_path() / "me-cli-export-test.md").string();
    std::remove(path.c_str());
    const auto first = run({"--data", small, "export", "-o", path, "--date", "2026-02-01"});
    CHECK(first.status == 0);
    CHECK(first.out.empty());
    CHECK_THAT(test_support::slurp(path), Catch::StartsWith("# A small test dataset\n"));
    const auto again = run({"--data", small, "export", "-o", path});
    CHECK(again.status == 73);
    CHECK_THAT(again.err, Catch::Contains("already exists; add --force"));
    CHECK(run({"--data", small, "export", "-o", path, "--force", "--title", "T"}).status == 0);
    CHECK_THAT(test_support::slurp(path), Catch::StartsWith("# T\n"));
    std::remove(path.c_str());
}

TEST_CASE("help and version go to stdout and succeed", "[cli]") {
    const auto help = run({"mechanisms", "--help"});
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("--min-level") && Catch::Contains("Examples:"));
    const auto version = run({"--version"});
    CHECK(version.status == 0);
    CHECK_THAT(version.out, Catch::StartsWith("massage-evidence "));
}

TEST_CASE("export checks --sections, --audience and --condition like every other value", "[cli]") {
    const auto unknown = run({"export", "--sections", "key-messages,summary"});
    CHECK(unknown.status == 2);
    CHECK(unknown.out.empty());
    CHECK_THAT(unknown.err, Catch::Contains("\"summary\" is not a report section") &&
                                Catch::Contains("key-messages, how-to-read, mechanisms"));
    CHECK(run({"export", "--sections", "key-messages,,references"}).status == 2);
    CHECK(run({"export", "--sections", ""}).status == 2);
    CHECK(run({"export", "--audience", "doctor"}).status == 2);
    CHECK(run({"export", "--condition", "knees"}).status == 2);

    // Loose spellings are accepted, and the list order does not matter.
    const auto loose = run({"--data", small, "export", "--date", "2026-02-01", "--sections",
                            " References , Key_Messages", "--audience", "PATIENT", "--condition",
                            "Low Back Pain"});
    CHECK(loose.status == 0);
    const auto canonical =
        run({"--data", small, "export", "--date", "2026-02-01", "--sections",
             "key-messages,references", "--audience", "patient", "--condition", "low-back-pain"});
    CHECK(loose.out == canonical.out);
    CHECK_THAT(loose.out, Catch::Contains("## Key messages") && Catch::Contains("## References") &&
                              !Catch::Contains("## How to read this"));
}

TEST_CASE("export says on stderr what a filter leaves out, and still writes the report", "[cli]") {
    const auto none = run({"--data", small, "export", "--min-level", "high"});
    CHECK(none.status == 0);
    CHECK(none.err == "massage-evidence: no claim matches --min-level high\n");
    CHECK_THAT(none.out, Catch::Contains("No claim matches the filters."));
    // --category narrows only the mechanisms: the clinical effects stay.
    const auto category = run({"--data", small, "export", "--category", "neurological"});
    CHECK(category.err.empty());
    CHECK_THAT(category.out, Catch::Contains("Pressure closes a pain gate") &&
                                 !Catch::Contains("| Warming the tissue") &&
                                 Catch::Contains("Hip osteoarthritis"));
}

TEST_CASE("front matter opens the exported file", "[cli]") {
    const auto o = run({"--data", small, "export", "--front-matter", "--date", "2026-02-01"});
    CHECK(o.status == 0);
    CHECK_THAT(o.out, Catch::StartsWith("---\ntitle: \"A small test dataset\"\n"));
}

TEST_CASE("commands that need no data do not parse the dataset", "[cli]") {
    int parses = 0;
    environment env;
    env.variable = [](const std::string&) {
        return std::optional<std::string>();
    };
    env.load_embedded = [&parses] {
        ++parses;
        return massage_evidence::load_embedded_dataset();
    };
    const auto parses_for = [&](const std::vector<std::string>& args) {
        parses = 0;
        std::string out;
        std::string err;
        CHECK(massage_evidence::cli::run(args, out, err, env) == 0);
        CHECK_FALSE(out.empty());
        return parses;
    };
    CHECK(parses_for({"mechanisms", "--format", "csv"}) == 1); // the count is real
    CHECK(parses_for({"--version"}) == 0);
    CHECK(parses_for({"--help"}) == 0);
    CHECK(parses_for({"mechanisms", "--help"}) == 0);
    CHECK(parses_for({}) == 0);
}

TEST_CASE("help does not read a dataset named by the environment", "[cli]") {
    const std::map<std::string, std::string> broken{
        {"MASSAGE_EVIDENCE_DATA", test_support::fixture("fixtures/invalid/syntax-truncated.json")}};
    CHECK(run({"mechanisms"}, broken).status == 65); // the check below can fail
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"--help"}, {"mechanisms", "--help"}}) {
        const auto o = run(args, broken);
        CHECK(o.status == 0);
        CHECK(o.err.empty());
    }
}

TEST_CASE("file names and values from the command line are echoed escaped", "[cli][safety]") {
    const auto dir = std::filesystem::temp_directory_path() / "me-cli-safety-test";
    std::filesystem::create_directories(dir);
    const auto hostile_name = (dir / "bad\x1b[31mname\xe2\x80\xae.json").string();
    const auto no_raw_escape = [](const outcome& o) {
        return o.out.find('\x1b') == std::string::npos && o.err.find('\x1b') == std::string::npos &&
               o.out.find("\xe2\x80\xae") == std::string::npos &&
               o.err.find("\xe2\x80\xae") == std::string::npos;
    };

    std::filesystem::copy_file(small, hostile_name,
                               std::filesystem::copy_options::overwrite_existing);
    const auto valid = run({"validate", hostile_name});
    CHECK(valid.status == 0);
    CHECK(no_raw_escape(valid));
    CHECK_THAT(valid.out, Catch::Contains("bad\\e[31mname\\u{202E}.json: valid"));

    std::filesystem::copy_file(test_support::fixture("fixtures/invalid/bad-certainty.json"),
                               hostile_name, std::filesystem::copy_options::overwrite_existing);
    const auto invalid = run({"validate", hostile_name});
    CHECK(invalid.status == 65);
    CHECK(no_raw_escape(invalid));
    CHECK_THAT(invalid.err,
               Catch::Contains("1 finding in ") && Catch::Contains("bad\\e[31mname\\u{202E}.json"));
    const auto listing = run({"--data", hostile_name, "mechanisms"});
    CHECK(listing.status == 65);
    CHECK(no_raw_escape(listing));
    std::filesystem::remove_all(dir);

    const auto date = run({"export", "--date", "\x1b[31m2026-01-01"});
    CHECK(date.status == 2);
    CHECK(no_raw_escape(date));
    CHECK_THAT(date.err, Catch::Contains("--date \"\\e[31m2026-01-01\" is not a date"));
    const auto epoch = run({"export"}, {{"SOURCE_DATE_EPOCH", "12\x1b[2J"}});
    CHECK(epoch.status == 2);
    CHECK(no_raw_escape(epoch));
    CHECK_THAT(epoch.err, Catch::Contains("SOURCE_DATE_EPOCH \"12\\e[2J\""));
}

TEST_CASE("check prints the same whatever the number of threads that read the text", "[cli]") {
    // Longer than a piece (256 KiB), with blank lines to cut at: read side by side with threads.
    std::string page;
    for (const char* file :
         {"fixtures/check/brochure.md", "fixtures/check-corpus/sports-blog.md"}) {
        page += test_support::slurp(test_support::fixture(file)) + "\n\n";
    }
    std::string text;
    while (text.size() < 700 * 1024) {
        text += page;
    }
    test_support::scratch_dir dir;
    const auto path = dir / "long.md";
    {
        std::ofstream out(path, std::ios::binary);
        out << text;
    }
    for (const std::vector<std::string>& format :
         {std::vector<std::string>{"--format", "json"}, {"--summary"}}) {
        auto args = std::vector<std::string>{"check", "--threads", "1"};
        args.insert(args.end(), format.begin(), format.end());
        args.push_back(path);
        const auto one = run(args, {}, false);
        REQUIRE(one.status == 0);
        CHECK(one.out.size() > 1000);
        for (const char* threads : {"2", "3", "0"}) {
            args[2] = threads;
            const auto several = run(args, {}, false);
            CHECK(several.status == 0);
            CHECK(several.out == one.out);
            CHECK(several.err == one.err);
        }
    }
}

TEST_CASE("check says when a file's comments keep out every claim it makes", "[cli]") {
    test_support::scratch_dir dir;
    const auto path = dir / "page.md";
    {
        std::ofstream out(path, std::ios::binary);
        out << "<!-- massage-evidence-disable -->\nMassage boosts circulation in sore muscles.\n"
               "<!-- massage-evidence-disable-line trigger-point -->\n";
    }
    for (const bool summary : {false, true}) {
        auto args = std::vector<std::string>{"check", "--fail-on", "contradicted", path};
        if (summary) {
            args.insert(args.begin() + 1, "--summary");
        }
        const auto result = run(args, {}, false);
        CAPTURE(summary, result.err);
        CHECK(result.status == 0); // kept out, so not failed on
        CHECK_THAT(result.out, Catch::Contains("0 claims, 0 negated mentions, 2 suppressed by "
                                               "comments."));
        CHECK_THAT(result.err, Catch::Contains(path + ":3:1: 'trigger-point' in "
                                                      "massage-evidence-disable-line is not a "
                                                      "claim id of the dataset"));
        CHECK_THAT(result.err, Catch::Contains("no massage claims left in " + path +
                                               ": its comments suppress 2\n"));
    }
}
