#pragma once

/// The texts `check` reads for the paths it is given: a file as named, and for a directory the
/// text and Markdown files below it, so a website's CI can run `check --fail-on contradicted
/// content/` over every page without a shell glob.
///
///     for (const auto& input : find_text_inputs({"content", "extra.txt"})) {
///         // input.path: "content/about.md", "content/blog/2026/knots.md", ..., "extra.txt"
///     }

#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// One text to read, and how it came to be chosen.
struct text_input {
    std::string path;  ///< as given, or the directory as given joined with the file's path
    bool named = true; ///< named on the command line, not found in a directory
};

/// Whether a file found in a directory is a text `check` reads, by its extension (any case):
/// .md, .markdown, .mdown, .mkd, .mkdn, .txt or .text.
[[nodiscard]] bool is_text_file_name(std::string_view name) noexcept;

/// The inputs for `paths`, in the order given. "-" (standard input) and anything that is not a
/// directory stay as they are: reading reports a missing or unreadable file. A directory (or a
/// link to one) is replaced by the regular files below it whose names pass `is_text_file_name`,
/// sorted by path, skipping hidden entries (a name that starts with ".", such as .git) and not
/// following links to directories (so a link cannot lead round in a loop).
///
/// `excludes` are patterns (`check --exclude`: a name such as `node_modules` or `*.draft.md`, or
/// a path below the directory such as `blog/drafts`, with `*`, `?` and `**`; see
/// src/path_pattern.hpp) for files and directories to leave out of a walk; a directory left out
/// is not entered. Paths given in `paths` are never left out: naming a file means checking it.
///
/// Throws `error` (usage) for a pattern that names nothing, and (input) when a directory below
/// cannot be listed, or when a directory yields no text file at all, since then nothing the user
/// meant would be checked.
[[nodiscard]] std::vector<text_input>
find_text_inputs(const std::vector<std::string>& paths,
                 const std::vector<std::string>& excludes = {});

} // namespace massage_evidence
