// Reading the directives of check_directives.hpp from a text's comments, and answering for each
// finding whether they keep it out. Which findings exist is the checker's business, not this
// file's; a comment that only looks like a directive is reported, never guessed at.

#include "check/check_directives.hpp"

#include "check/unread_text.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <tuple>

namespace massage_evidence::detail {
namespace {

constexpr std::string_view prefix = "massage-evidence-";

enum class directive_kind { disable, enable, disable_line, disable_next_line };

struct directive_name {
    std::string_view name;
    directive_kind kind;
};

constexpr std::array<directive_name, 4> directive_names{{
    {"disable", directive_kind::disable},
    {"enable", directive_kind::enable},
    {"disable-line", directive_kind::disable_line},
    {"disable-next-line", directive_kind::disable_next_line},
}};

bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The words of `text`, split at white space and commas ("a, b c").
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (is_space(text[at]) || text[at] == ',')) {
            ++at;
        }
        const auto begin = at;
        while (at < text.size() && !is_space(text[at]) && text[at] != ',') {
            ++at;
        }
        if (at > begin) {
            words.push_back(text.substr(begin, at - begin));
        }
    }
    return words;
}

// The body of the comment `span`: between "<!--" and "-->" (or the end of the text).
std::string_view comment_body(std::string_view text, const unread_span& span) {
    auto body = text.substr(span.begin + comment_open.size(),
                            span.end - std::min(span.end, span.begin + comment_open.size()));
    if (body.ends_with("-->")) {
        body.remove_suffix(3);
    }
    return body;
}

// What to say of a comment or code block that is never closed.
std::string unclosed_message(std::string_view text, const unread_span& span) {
    if (span.kind == unread_kind::comment) {
        return "this comment has no closing -->, so nothing after it is checked; close it with "
               "-->";
    }
    const auto fence = code_fence_at(text, span.begin);
    const std::string line(fence.length, fence.mark);
    return fmt::format("this code block has no closing {0}, so nothing after it is checked; end "
                       "it with a line of {0}",
                       line);
}

// Counts lines and columns forward through a text, as the tokenizer does: lines from 1, columns
// in code points from 1, a byte-order mark not counted. Only forward, so that a text of many
// directives on one long line is still read once.
class text_position {
public:
    explicit text_position(std::string_view text) : text_(text) {
        if (text_.starts_with("\xEF\xBB\xBF")) {
            at_ = 3;
        }
    }

    // Moves to byte `to` (not before the last place asked for), which must begin a code point.
    // A code point is a column, and so is each byte that is not UTF-8, as the tokenizer counts.
    void move_to(std::size_t to) noexcept {
        while (at_ < to) {
            if (text_[at_] == '\n') {
                ++at_;
                ++line_;
                column_ = 1;
                continue;
            }
            static_cast<void>(decode_utf8(text_, at_)); // its length only
            ++column_;
        }
    }
    [[nodiscard]] std::size_t line() const noexcept { return line_; }
    [[nodiscard]] std::size_t column() const noexcept { return column_; }

private:
    std::string_view text_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1;
};

} // namespace

const std::size_t* finding_filter::claim_set::keeper(std::string_view id) const {
    const auto listed = find(id);
    if (all) {
        return listed == ids.end() ? &all_by : nullptr;
    }
    return listed == ids.end() ? nullptr : &listed->second;
}

void finding_filter::claim_set::mark(std::string_view id, bool keep_out, std::size_t by) {
    // With `all` set, `ids` are the exceptions: keeping one out takes it off the list.
    const bool listed = keep_out != all;
    const auto at = find(id);
    if (listed && at == ids.end()) {
        ids.emplace_back(id, by);
    } else if (!listed && at != ids.end()) {
        ids.erase(at);
    }
}

finding_filter::finding_filter(std::string_view text,
                               const std::function<bool(std::string_view)>& is_claim,
                               bool read_directives) {
    text_position position(text);
    claim_set current;
    unread_finder finder(text);
    for (auto span = finder.next(0); span.found(); span = finder.next(span.end)) {
        if (!span.closed) {
            // A stray "<!--" or fence hides the rest of the text, as it hides the rest of the
            // page, so claims written after it would pass `--fail-on` unseen.
            position.move_to(span.begin);
            problems_.push_back({position.line(), position.column(), unclosed_message(text, span)});
        }
        if (!read_directives || span.kind != unread_kind::comment) {
            continue; // a directive shown in a code block is an example, not an instruction
        }
        auto body = comment_body(text, span);
        while (!body.empty() && is_space(body.front())) {
            body.remove_prefix(1);
        }
        if (!body.starts_with(prefix)) {
            continue; // a note to editors
        }
        // What follows a "--" of its own is the writer's reason, as in ESLint's comments.
        auto words = words_of(body);
        words.erase(std::find(words.begin(), words.end(), "--"), words.end());
        position.move_to(span.begin);
        const auto line = position.line();
        const auto column = position.column();
        const auto problem = [&](std::string message) {
            problems_.push_back({line, column, std::move(message)});
        };
        const auto name = words.front().substr(prefix.size());
        const auto* known = std::find_if(directive_names.begin(), directive_names.end(),
                                         [&](const auto& d) { return d.name == name; });
        if (known == directive_names.end()) {
            problem(fmt::format("'{}' is not a directive of massage-evidence; use "
                                "massage-evidence-disable, -enable, -disable-line or "
                                "-disable-next-line",
                                printable(words.front())));
            continue;
        }
        std::vector<std::string_view> ids;
        for (std::size_t i = 1; i < words.size(); ++i) {
            if (is_claim(words[i])) {
                ids.push_back(words[i]);
            } else {
                problem(fmt::format("'{}' in {} is not a claim id of the dataset; "
                                    "'massage-evidence claims' lists them",
                                    printable(words[i]), words.front()));
            }
        }
        if (ids.empty() && words.size() > 1) {
            continue; // every id was wrong: keeping out all claims instead would hide too much
        }
        if (known->kind == directive_kind::enable) {
            // Enabling takes away from what is kept out: with no ids, everything.
            if (ids.empty()) {
                current = {};
            }
            for (const auto id : ids) {
                current.mark(id, false, 0);
            }
            regions_.push_back({span.end, current});
            continue;
        }
        const auto by = directives_.size();
        directives_.push_back({line, column, words.front()});
        claim_set named;
        named.all = ids.empty();
        named.all_by = by;
        for (const auto id : ids) {
            named.ids.emplace_back(id, by);
        }
        switch (known->kind) {
        case directive_kind::disable:
            // Disabling adds to what is kept out: with no ids, everything.
            if (named.all) {
                current = named;
            } else {
                for (const auto id : ids) {
                    current.mark(id, true, by);
                }
            }
            regions_.push_back({span.end, current});
            break;
        case directive_kind::disable_line: {
            position.move_to(span.end);
            for (auto l = line; l <= position.line(); ++l) {
                lines_.push_back({l, named});
            }
            break;
        }
        case directive_kind::disable_next_line:
            position.move_to(span.end);
            lines_.push_back({position.line() + 1, named});
            break;
        case directive_kind::enable:
            break; // above
        }
    }
    std::stable_sort(lines_.begin(), lines_.end(),
                     [](const line_rule& a, const line_rule& b) { return a.line < b.line; });
}

bool finding_filter::directives_hide(const check_finding& finding) {
    const auto id = std::string_view(finding.subject->id);
    const auto after =
        std::upper_bound(regions_.begin(), regions_.end(), finding.begin,
                         [](std::size_t offset, const region& r) { return offset < r.from; });
    const std::size_t* by = nullptr;
    if (after != regions_.begin()) {
        by = std::prev(after)->disabled.keeper(id);
    }
    const auto [first, last] =
        std::equal_range(lines_.begin(), lines_.end(), line_rule{finding.line, {}},
                         [](const line_rule& a, const line_rule& b) { return a.line < b.line; });
    for (auto rule = first; rule != last && by == nullptr; ++rule) {
        by = rule->disabled.keeper(id);
    }
    if (by == nullptr) {
        return false;
    }
    directives_[*by].used = true;
    return true;
}

std::vector<directive_problem> finding_filter::problems() const {
    auto out = problems_;
    for (const auto& d : directives_) {
        if (!d.used) {
            out.push_back({d.line, d.column,
                           fmt::format("{} keeps nothing out; remove it if the text it was for "
                                       "has changed",
                                       d.name)});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return out;
}

} // namespace massage_evidence::detail
