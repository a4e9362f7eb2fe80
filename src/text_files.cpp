// Turning the paths given to `check` into the texts it reads: each directory is walked for text
// and Markdown files. Reading them is input.cpp's job; a path that is not a directory is passed
// on untouched, so that a missing or unreadable file is reported in one place, the same way for
// every command.

#include "massage_evidence/text_files.hpp"

#include "ascii_case.hpp"
#include "massage_evidence/error.hpp"
#include "path_pattern.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

namespace massage_evidence {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 7> text_extensions{".md",   ".markdown", ".mdown", ".mkd",
                                                          ".mkdn", ".txt",      ".text"};

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) noexcept {
    if (text.size() < suffix.size()) {
        return false;
    }
    const auto tail = text.substr(text.size() - suffix.size());
    return std::equal(tail.begin(), tail.end(), suffix.begin(),
                      [](char a, char b) { return detail::ascii_lower(a) == b; });
}

error unlisted(const fs::path& directory, const std::error_code& why) {
    if (why == std::errc::permission_denied) {
        return input_error(directory.string(), "permission denied; make the directory readable");
    }
    return input_error(directory.string(), fmt::format("cannot list: {}", why.message()));
}

// What a walk found below one directory.
struct walk_result {
    std::vector<std::string> files; ///< in path order
    std::size_t excluded = 0;       ///< entries left out by a pattern
};

bool excluded_by(const std::vector<detail::path_pattern>& excludes, std::string_view name,
                 std::string_view below) {
    return std::any_of(excludes.begin(), excludes.end(),
                       [&](const auto& pattern) { return pattern.matches(name, below); });
}

// The text files below `root`, in path order. Walked with a list of directories still to read
// rather than by recursion, so a very deep tree cannot exhaust the stack. Each directory carries
// its path below `root` ("" for `root`), which is what patterns with a slash are matched against.
walk_result text_files_below(const fs::path& root,
                             const std::vector<detail::path_pattern>& excludes) {
    walk_result result;
    std::vector<std::pair<fs::path, std::string>> pending{{root, std::string()}};
    while (!pending.empty()) {
        const auto [directory, below] = std::move(pending.back());
        pending.pop_back();
        std::error_code listing;
        fs::directory_iterator entry(directory, listing);
        for (; !listing && entry != fs::directory_iterator(); entry.increment(listing)) {
            const auto name = entry->path().filename().string();
            if (name.starts_with('.')) {
                continue; // .git, .cache, editors' swap files: never the pages meant
            }
            auto entry_below = below.empty() ? name : below + '/' + name;
            if (excluded_by(excludes, name, entry_below)) {
                ++result.excluded;
                continue;
            }
            // An entry that vanishes or cannot be examined while we look is skipped, as a
            // dangling link is: there is nothing there to check.
            std::error_code examining;
            const auto own = entry->symlink_status(examining);
            if (examining) {
                continue;
            }
            if (fs::is_directory(own)) {
                pending.emplace_back(entry->path(), std::move(entry_below));
            } else if (is_text_file_name(name) && fs::is_regular_file(entry->status(examining))) {
                result.files.push_back(entry->path().string());
            }
        }
        if (listing) {
            throw unlisted(directory, listing);
        }
    }
    std::sort(result.files.begin(), result.files.end());
    return result;
}

} // namespace

bool is_text_file_name(std::string_view name) noexcept {
    return std::any_of(
        text_extensions.begin(), text_extensions.end(), [name](std::string_view extension) {
            return name.size() > extension.size() && ends_with_ignoring_case(name, extension);
        });
}

std::vector<text_input> find_text_inputs(const std::vector<std::string>& paths,
                                         const std::vector<std::string>& excludes) {
    // Patterns are read before anything is walked, so a bad one is reported first.
    const std::vector<detail::path_pattern> patterns(excludes.begin(), excludes.end());
    std::vector<text_input> inputs;
    for (const auto& path : paths) {
        std::error_code examining;
        if (path == "-" || path.empty() || !fs::is_directory(path, examining)) {
            inputs.push_back({path, true});
            continue;
        }
        const auto found = text_files_below(path, patterns);
        if (found.files.empty() && found.excluded > 0) {
            throw input_error(path, "holds no text or Markdown file that --exclude leaves in; "
                                    "check the patterns, or name the files to check");
        }
        if (found.files.empty()) {
            throw input_error(path, "holds no text or Markdown file (.md, .markdown, .txt, ...); "
                                    "name the files to check");
        }
        for (const auto& file : found.files) {
            inputs.push_back({file, false});
        }
    }
    return inputs;
}

} // namespace massage_evidence
