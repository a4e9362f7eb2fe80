// Matching `check --exclude` patterns. The pattern is turned into steps once; matching fills a
// table of "steps i.. match text j.." from the end, one row at a time, so any number of stars
// costs time proportional to pattern times path, never the exponential backtracking of a naive
// matcher.

#include "path_pattern.hpp"

#include "massage_evidence/error.hpp"

#include <fmt/format.h>

namespace massage_evidence::detail {

path_pattern::path_pattern(std::string_view pattern) {
    auto body = pattern;
    while (!body.empty() && body.back() == '/') {
        body.remove_suffix(1); // "node_modules/" as .gitignore writes it
    }
    by_path_ = body.find('/') != std::string_view::npos;
    while (!body.empty() && body.front() == '/') {
        body.remove_prefix(1);
    }
    if (body.empty()) {
        throw usage_error(fmt::format("--exclude: '{}' names nothing; give a name such as "
                                      "node_modules or a path below the directory such as "
                                      "blog/drafts",
                                      pattern));
    }
    for (std::size_t at = 0; at < body.size(); ++at) {
        const char c = body[at];
        if (c == '?') {
            tokens_.push_back({step::one, 0});
        } else if (c != '*') {
            tokens_.push_back({step::literal, c});
        } else if (at + 1 < body.size() && body[at + 1] == '*') {
            while (at + 1 < body.size() && body[at + 1] == '*') {
                ++at;
            }
            if (at + 1 < body.size() && body[at + 1] == '/') {
                ++at;
                tokens_.push_back({step::any_parts, 0});
            } else {
                tokens_.push_back({step::any, 0});
            }
        } else {
            tokens_.push_back({step::star, 0});
        }
    }
}

bool path_pattern::matches(std::string_view name, std::string_view path) const {
    const auto text = by_path_ ? path : name;
    const std::size_t n = text.size();
    // next[j]: steps after the current one match text[j..]; at first, no steps match only "".
    std::vector<char> next(n + 1, 0);
    std::vector<char> current(n + 1, 0);
    next[n] = 1;
    for (auto step_at = tokens_.rbegin(); step_at != tokens_.rend(); ++step_at) {
        // For any_parts: whether some k > j with text[k - 1] == '/' has next[k].
        bool later_part = false;
        for (std::size_t j = n + 1; j-- > 0;) {
            const bool more = j < n;
            switch (step_at->kind) {
            case step::literal:
                current[j] = more && text[j] == step_at->c && next[j + 1];
                break;
            case step::one:
                current[j] = more && text[j] != '/' && next[j + 1];
                break;
            case step::star:
                current[j] = next[j] || (more && text[j] != '/' && current[j + 1]);
                break;
            case step::any:
                current[j] = next[j] || (more && current[j + 1]);
                break;
            case step::any_parts:
                later_part = later_part || (more && text[j] == '/' && next[j + 1]);
                current[j] = next[j] || later_part;
                break;
            }
        }
        std::swap(next, current);
    }
    return next[0] != 0;
}

} // namespace massage_evidence::detail
