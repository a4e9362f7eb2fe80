#include "massage_evidence/error.hpp"
#include "path_pattern.hpp"
#include "support/error_of.hpp"

#include <catch2/catch.hpp>

#include <string>

using massage_evidence::detail::path_pattern;

namespace {

// An entry by its path below the walked directory; its name is the last part.
bool excludes(const char* pattern, std::string_view path) {
    const auto slash = path.rfind('/');
    const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    return path_pattern(pattern).matches(name, path);
}

} // namespace

TEST_CASE("a pattern without a slash matches names at any depth", "[path_pattern]") {
    CHECK(excludes("node_modules", "node_modules"));
    CHECK(excludes("node_modules", "themes/dark/node_modules"));
    CHECK_FALSE(excludes("node_modules", "node_modules_old"));
    CHECK_FALSE(excludes("node_modules", "my_node_modules"));
    CHECK(excludes("*.draft.md", "blog/2026/offer.draft.md"));
    CHECK_FALSE(excludes("*.draft.md", "blog/2026/offer.md"));
    CHECK(excludes("CHANGELOG.md", "docs/CHANGELOG.md"));
    CHECK_FALSE(excludes("changelog.md", "docs/CHANGELOG.md")); // case counts, as in paths
    CHECK(excludes("page-?.md", "page-1.md"));
    CHECK_FALSE(excludes("page-?.md", "page-10.md"));
    CHECK(excludes("*", "anything/at/all"));
    // A trailing slash, as .gitignore writes directories, still matches by name.
    CHECK(excludes("vendor/", "a/b/vendor"));
}

TEST_CASE("a pattern with a slash matches the whole path below the directory", "[path_pattern]") {
    CHECK(excludes("blog/drafts", "blog/drafts"));
    CHECK_FALSE(excludes("blog/drafts", "news/blog/drafts"));
    CHECK_FALSE(excludes("blog/drafts", "blog/drafts-2026"));
    CHECK(excludes("/blog/drafts", "blog/drafts")); // a leading slash changes nothing
    CHECK(excludes("/index.md", "index.md"));
    CHECK_FALSE(excludes("/index.md", "blog/index.md")); // unlike the bare name

    // One star stays within a part of the path; two cross parts.
    CHECK(excludes("blog/*.md", "blog/knots.md"));
    CHECK_FALSE(excludes("blog/*.md", "blog/2026/knots.md"));
    CHECK(excludes("blog/**.md", "blog/2026/knots.md"));
    CHECK(excludes("blog/**", "blog/2026/knots.md"));
    CHECK_FALSE(excludes("blog/**", "blog")); // the files below it, not the directory itself
    CHECK_FALSE(excludes("blog/?", "blog/ab"));
    CHECK_FALSE(excludes("blog?knots.md", "blog/knots.md")); // ? is never a slash

    // "**/" may stand for no directories at all.
    CHECK(excludes("docs/**/old.md", "docs/old.md"));
    CHECK(excludes("docs/**/old.md", "docs/a/b/old.md"));
    CHECK_FALSE(excludes("docs/**/old.md", "docs/a/bold.md"));
    CHECK(excludes("**/drafts/*.md", "drafts/a.md"));
    CHECK(excludes("**/drafts/*.md", "x/y/drafts/a.md"));
    CHECK_FALSE(excludes("**/drafts/*.md", "x/y/drafts/z/a.md"));
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
