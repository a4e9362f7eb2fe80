#include "massage_evidence/error.hpp"
#include "path_pattern.hpp"
#include "support/error_of.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <string_view>

using massage_evidence::detail::path_pattern;

namespace {

// An entry, by its path below the walked directory (its name is the last part), and whether the
// pattern leaves it out.
struct example {
    const char* pattern;
    std::string_view path;
    bool excluded;
};

void check_examples(std::initializer_list<example> examples) {
    for (const auto& e : examples) {
        CAPTURE(e.pattern, e.path);
        const auto slash = e.path.rfind('/');
        const auto name = slash == std::string_view::npos ? e.path : e.path.substr(slash + 1);
        CHECK(path_pattern(e.pattern).matches(name, e.path) == e.excluded);
    }
}

} // namespace

TEST_CASE("a pattern without a slash matches names at any depth", "[path_pattern]") {
    check_examples({
        {"node_modules", "node_modules", true},
        {"node_modules", "themes/dark/node_modules", true},
        {"node_modules", "node_modules_old", false},
        {"node_modules", "my_node_modules", false},
        {"*.draft.md", "blog/2026/offer.draft.md", true},
        {"*.draft.md", "blog/2026/offer.md", false},
        {"CHANGELOG.md", "docs/CHANGELOG.md", true},
        {"changelog.md", "docs/CHANGELOG.md", false}, // case counts, as in paths
        {"page-?.md", "page-1.md", true},
        {"page-?.md", "page-10.md", false},
        {"*", "anything/at/all", true},
        // A trailing slash, as .gitignore writes directories, still matches by name.
        {"vendor/", "a/b/vendor", true},
    });
}

TEST_CASE("a pattern with a slash matches the whole path below the directory", "[path_pattern]") {
    check_examples({
        {"blog/drafts", "blog/drafts", true},
        {"blog/drafts", "news/blog/drafts", false},
        {"blog/drafts", "blog/drafts-2026", false},
        {"/blog/drafts", "blog/drafts", true}, // a leading slash changes nothing
        {"/index.md", "index.md", true},
        {"/index.md", "blog/index.md", false}, // unlike the bare name

        // One star stays within a part of the path; two cross parts.
        {"blog/*.md", "blog/knots.md", true},
        {"blog/*.md", "blog/2026/knots.md", false},
        {"blog/**.md", "blog/2026/knots.md", true},
        {"blog/**", "blog/2026/knots.md", true},
        {"blog/**", "blog", false}, // the files below it, not the directory itself
        {"blog/?", "blog/ab", false},
        {"blog?knots.md", "blog/knots.md", false}, // ? is never a slash

        // "**/" may stand for no directories at all.
        {"docs/**/old.md", "docs/old.md", true},
        {"docs/**/old.md", "docs/a/b/old.md", true},
        {"docs/**/old.md", "docs/a/bold.md", false},
        {"**/drafts/*.md", "drafts/a.md", true},
        {"**/drafts/*.md", "x/y/drafts/a.md", true},
        {"**/drafts/*.md", "x/y/drafts/z/a.md", false},
    });
}

TEST_CASE("many stars cost time in proportion, not exponentially", "[path_pattern]") {
    // A backtracking matcher takes astronomically long on this; the table takes microseconds.
    // Nothing here is timed: if the matcher were exponential the test would never finish.
    const std::string letters(40, 'a');
    std::string pattern;
    for (int i = 0; i < 20; ++i) {
        pattern += "*a";
    }
    CHECK_FALSE(path_pattern(pattern + "b").matches(letters, letters));
    CHECK(path_pattern(pattern).matches(letters, letters));
}

TEST_CASE("a pattern that names nothing is a usage error", "[path_pattern]") {
    for (const auto* pattern : {"", "/", "///"}) {
        CAPTURE(pattern);
        const auto raised = test_support::error_of([&] { (void)path_pattern(pattern); });
        CHECK(raised.kind == massage_evidence::error_kind::usage);
        CHECK_THAT(raised.message,
                   Catch::Contains("names nothing") && Catch::Contains("such as node_modules"));
    }
}
