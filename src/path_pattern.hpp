#pragma once

// The patterns of `check --exclude`: which files and directories found below a directory to leave
// out. They follow the shape people know from .gitignore, so `node_modules`, `*.draft.md` and
// `blog/drafts` mean what they would there:
//
// - A pattern without a slash is matched against the name of every entry, at any depth.
// - A pattern with a slash (other than a trailing one) is matched against the entry's path below
//   the directory that was named, with "/" between parts; a leading slash changes nothing.
// - `*` stands for any run of characters within one part of the path, `?` for one character, and
//   `**` for any run that may cross parts: `docs/**/old.md` matches docs/old.md and
//   docs/a/b/old.md. Every other character stands for itself, and case counts, as in paths.
//
//     const path_pattern drafts("blog/drafts");
//     drafts.matches("drafts", "blog/drafts");        // true
//     drafts.matches("drafts", "news/drafts");        // false

#include <string_view>
#include <vector>

namespace massage_evidence::detail {

class path_pattern {
public:
    /// Throws `error` (usage) when `pattern` names nothing: empty, or slashes only.
    explicit path_pattern(std::string_view pattern);

    /// Whether an entry whose own name is `name` and whose path below the named directory is
    /// `path` (`name` is its last part) matches.
    [[nodiscard]] bool matches(std::string_view name, std::string_view path) const;

private:
    enum class step : unsigned char {
        literal,   ///< the character `c`
        one,       ///< ?: one character, not "/"
        star,      ///< *: any run without "/"
        any,       ///< **: any run
        any_parts, ///< **/: nothing, or any run that ends with "/"
    };
    struct token {
        step kind = step::literal;
        char c = 0;
    };

    std::vector<token> tokens_;
    bool by_path_ = false; ///< the pattern had a slash: match the whole path, not the name
};

} // namespace massage_evidence::detail
