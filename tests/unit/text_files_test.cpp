#include "massage_evidence/error.hpp"
#include "massage_evidence/text_files.hpp"
#include "support/error_of.hpp"
#include "support/scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace massage_evidence;
namespace fs = std::filesystem;

namespace {

void write(const std::string& path, const std::string& text = "Massage eases sore muscles.\n") {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path) << text;
}

std::vector<std::string> paths_of(const std::vector<text_input>& inputs) {
    std::vector<std::string> paths;
    for (const auto& input : inputs) {
        paths.push_back(input.path);
    }
    return paths;
}

std::string failure_of(const std::vector<std::string>& paths) {
    const auto raised = test_support::error_of([&] { (void)find_text_inputs(paths); });
    CHECK(raised.kind == error_kind::input);
    return raised.message;
}

} // namespace

TEST_CASE("text and Markdown files are told by their extension, in any case", "[text_files]") {
    for (const auto* name : {"page.md", "page.markdown", "page.mdown", "page.mkd", "page.mkdn",
                             "notes.txt", "notes.text", "README.MD", "Notes.TxT"}) {
        CAPTURE(name);
        CHECK(is_text_file_name(name));
    }
    for (const auto* name : {"page.html", "style.css", "logo.svg", "data.json", "md", "txt", ".md",
                             "page.md.bak", "page.mdx", "page.", "page"}) {
        CAPTURE(name);
        CHECK_FALSE(is_text_file_name(name));
    }
}

TEST_CASE("a directory stands for the text files below it, in path order", "[text_files]") {
    const test_support::scratch_dir dir;
    write(dir / "site/index.md");
    write(dir / "site/blog/2026/knots.md");
    write(dir / "site/blog/about.TXT");
    write(dir / "site/a.md");
    write(dir / "site/style.css");
    write(dir / "site/.git/HEAD.txt");
    write(dir / "site/.drafts/offer.md");
    write(dir / "site/.hidden.md");
    fs::create_directories(dir / "site/empty");

    const auto inputs = find_text_inputs({dir / "site"});
    CHECK(paths_of(inputs) ==
          std::vector<std::string>{dir / "site/a.md", dir / "site/blog/2026/knots.md",
                                   dir / "site/blog/about.TXT", dir / "site/index.md"});
    for (const auto& input : inputs) {
        CHECK_FALSE(input.named);
    }
}

TEST_CASE("named paths are kept as given, in the order given", "[text_files]") {
    const test_support::scratch_dir dir;
    write(dir / "site/page.md");
    write(dir / "style.css");

    // A named file is read whatever its name; a missing one is left for reading to report.
    const auto inputs =
        find_text_inputs({dir / "style.css", "-", dir / "site", dir / "missing.md", ""});
    CHECK(paths_of(inputs) == std::vector<std::string>{dir / "style.css", "-", dir / "site/page.md",
                                                       dir / "missing.md", ""});
    CHECK(inputs[0].named);
    CHECK(inputs[1].named);
    CHECK_FALSE(inputs[2].named);
    CHECK(inputs[3].named);

    // A trailing separator on the directory does not double in the paths found.
    CHECK(paths_of(find_text_inputs({dir / "site/"})) ==
          std::vector<std::string>{dir / "site/page.md"});
}

TEST_CASE("links to files are read, links to directories are not followed", "[text_files]") {
    const test_support::scratch_dir dir;
    write(dir / "pages/real.md");
    write(dir / "elsewhere/linked.md");
    fs::create_symlink(dir / "elsewhere/linked.md", dir / "pages/link.md");
    fs::create_symlink(dir / "pages", dir / "pages/loop"); // would never end if followed
    fs::create_symlink(dir / "nowhere.md", dir / "pages/dangling.md");

    CHECK(paths_of(find_text_inputs({dir / "pages"})) ==
          std::vector<std::string>{dir / "pages/link.md", dir / "pages/real.md"});

    // A link to a directory named on the command line is followed: the user chose it.
    fs::create_symlink(dir / "elsewhere", dir / "shortcut");
    CHECK(paths_of(find_text_inputs({dir / "shortcut"})) ==
          std::vector<std::string>{dir / "shortcut/linked.md"});
}

TEST_CASE("a directory with no text file in it is an error, not a silent pass", "[text_files]") {
    const test_support::scratch_dir dir;
    write(dir / "assets/logo.svg");
    write(dir / "assets/.notes.md");
    const auto message = failure_of({dir / "assets"});
    CHECK_THAT(message, Catch::StartsWith(dir / "assets: holds no text or Markdown file") &&
                            Catch::Contains("name the files to check"));

    fs::create_directories(dir / "bare");
    CHECK_THAT(failure_of({dir / "bare"}), Catch::Contains("holds no text or Markdown file"));
}

TEST_CASE("a directory that cannot be listed is named in the error", "[text_files]") {
    if (::geteuid() == 0) {
        WARN("skipped: root lists any directory");
        return;
    }
    const test_support::scratch_dir dir;
    write(dir / "site/page.md");
    write(dir / "site/private/notes.md");
    ::chmod((dir / "site/private").c_str(), 0);
    const auto message = failure_of({dir / "site"});
    ::chmod((dir / "site/private").c_str(), 0755);
    CHECK_THAT(message, Catch::StartsWith(dir / "site/private: permission denied"));
}

TEST_CASE("excluded files and directories are left out of a walk", "[text_files]") {
    const test_support::scratch_dir dir;
    write(dir / "site/index.md");
    write(dir / "site/node_modules/pkg/README.md");
    write(dir / "site/theme/node_modules/x/README.md");
    write(dir / "site/blog/knots.md");
    write(dir / "site/blog/offer.draft.md");
    write(dir / "site/blog/drafts/next.md");
    write(dir / "site/news/drafts/kept.md");

    CHECK(
        paths_of(find_text_inputs({dir / "site"}, {"node_modules", "*.draft.md", "blog/drafts"})) ==
        std::vector<std::string>{dir / "site/blog/knots.md", dir / "site/index.md",
                                 dir / "site/news/drafts/kept.md"});

    // Patterns with a slash are read below each directory named: under site/blog, knots.md is
    // "knots.md", not "blog/knots.md", and "/drafts" is site/blog/drafts.
    CHECK(paths_of(find_text_inputs({dir / "site/blog"}, {"/drafts", "blog/knots.md"})) ==
          std::vector<std::string>{dir / "site/blog/knots.md", dir / "site/blog/offer.draft.md"});

    // A file named on the command line is checked even when a pattern matches it.
    CHECK(paths_of(find_text_inputs({dir / "site/blog/offer.draft.md"}, {"*.draft.md"})) ==
          std::vector<std::string>{dir / "site/blog/offer.draft.md"});
}

TEST_CASE("a directory whose every text file is excluded says so", "[text_files]") {
    const test_support::scratch_dir dir;
    write(dir / "site/a.draft.md");
    write(dir / "site/old/b.md");
    const auto raised = test_support::error_of([&] {
        (void)find_text_inputs({dir / "site"}, {"*.draft.md", "old"});
    });
    CHECK(raised.kind == error_kind::input);
    CHECK_THAT(raised.message, Catch::StartsWith(dir / "site: holds no text or Markdown file "
                                                       "that --exclude leaves in"));

    const auto bad = test_support::error_of([&] { (void)find_text_inputs({dir / "site"}, {""}); });
    CHECK(bad.kind == error_kind::usage);
}
