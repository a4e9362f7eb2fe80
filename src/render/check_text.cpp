// The annotated view of `check` for people: the paragraphs that make claims, with the claims
// bracketed and numbered, and under each paragraph a note per claim saying what the evidence
// shows. Colour (by verdict) only repeats what the brackets and notes say. The checked text is
// untrusted: every piece of it is escaped before it is written.

#include "massage_evidence/check_render.hpp"

#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace massage_evidence {
namespace {

constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::size_t short_paragraph_lines = 8; // longer ones show only their claiming lines
constexpr std::size_t long_line_bytes = 400;     // longer lines show only the claims' surroundings
constexpr std::size_t excerpt_bytes = 100;       // bytes kept on each side of a claim then

std::string_view verdict_colour(verdict v) noexcept {
    switch (v) {
    case verdict::supported:
        return "\x1b[32m"; // green
    case verdict::mixed:
        return "\x1b[33m"; // yellow
    case verdict::not_supported:
        return "\x1b[35m"; // magenta
    case verdict::contradicted:
        return "\x1b[31m"; // red
    case verdict::insufficient:
        return "\x1b[2m"; // dim
    }
    return {};
}

std::string superscript(std::size_t number) {
    static constexpr std::array<std::string_view, 10> digits{"⁰", "¹", "²", "³", "⁴",
                                                             "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string out;
    for (const char c : std::to_string(number)) {
        out += digits[static_cast<std::size_t>(c - '0')];
    }
    return out;
}

// Words of `text` (already escaped) wrapped to `width` columns: `first` before the first line,
// `hanging` before the others. Width 0 does not wrap.
void append_wrapped(std::string& out, std::string_view first, std::string_view hanging,
                    std::string_view text, std::size_t width) {
    out += first;
    std::size_t column = detail::display_width(first);
    bool line_empty = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find(' ', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const auto word = text.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty()) {
            continue;
        }
        const auto word_width = detail::display_width(word);
        if (!line_empty && width > 0 && column + 1 + word_width > width) {
            out += '\n';
            out += hanging;
            column = detail::display_width(hanging);
            line_empty = true;
        }
        if (!line_empty) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word_width;
        line_empty = false;
    }
    out += '\n';
}

// Text from the checked file made safe and one line long: tabs become spaces, then escaping.
std::string safe(std::string_view raw) {
    std::string flat(raw);
    std::replace(flat.begin(), flat.end(), '\t', ' ');
    return detail::escape_unsafe(flat);
}

// Findings that share the same words (one phrase of two claims) share one pair of brackets.
struct marked_span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string numbers; ///< superscripts of the notes
    std::string_view colour;
};

// Moves `at` back to the start of a UTF-8 character, so an excerpt never splits one.
std::size_t char_start(std::string_view text, std::size_t at) noexcept {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
        --at;
    }
    return at;
}

class paragraph_printer {
public:
    paragraph_printer(const text_check& file, const terminal_options& options, std::string& out)
        : file_(file), options_(options), out_(out) {}

    void print(const paragraph_span& paragraph, const std::vector<marked_span>& spans,
               std::size_t number_width) {
        spans_ = &spans;
        open_ = false;
        const std::string_view text = file_.text;
        std::vector<std::pair<std::size_t, std::size_t>> lines;
        for (std::size_t start = paragraph.begin; start <= paragraph.end;) {
            auto stop = text.find('\n', start);
            if (stop == std::string_view::npos || stop > paragraph.end) {
                stop = paragraph.end;
            }
            auto content_end = stop;
            if (content_end > start && text[content_end - 1] == '\r') {
                --content_end;
            }
            lines.emplace_back(start, content_end);
            start = stop + 1;
        }
        const bool all = lines.size() <= short_paragraph_lines;
        bool skipped = false;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            // Named copies, not a structured binding: clang 14 (the fuzz build) cannot capture one.
            const auto begin = lines[i].first;
            const auto end = lines[i].second;
            const bool marked = std::any_of(spans.begin(), spans.end(), [&](const auto& s) {
                return s.begin <= end && s.end >= begin;
            });
            if (!all && !marked) {
                skipped = true;
                continue;
            }
            if (skipped) {
                out_ += fmt::format("{:>{}} │ …\n", "", number_width);
                skipped = false;
            }
            out_ += fmt::format("{:>{}} │ ", paragraph.first_line + i, number_width);
            print_line(begin, end);
            out_ += '\n';
        }
        if (skipped) {
            out_ += fmt::format("{:>{}} │ …\n", "", number_width);
        }
    }

private:
    const text_check& file_;
    const terminal_options& options_;
    std::string& out_;
    const std::vector<marked_span>* spans_ = nullptr;
    bool open_ = false;
    std::string_view open_colour_;

    void print_line(std::size_t begin, std::size_t end) {
        const std::string_view text = file_.text;
        // Which parts of the line to show: all of it, or around each claim when it is long.
        std::vector<std::pair<std::size_t, std::size_t>> shown;
        if (end - begin <= long_line_bytes) {
            shown.emplace_back(begin, end);
        } else {
            for (const auto& s : *spans_) {
                if (s.begin > end || s.end < begin) {
                    continue;
                }
                const auto from = char_start(text, std::max(begin, s.begin > excerpt_bytes
                                                                       ? s.begin - excerpt_bytes
                                                                       : std::size_t{0}));
                const auto to = char_start(text, std::min(end, s.end + excerpt_bytes));
                if (!shown.empty() && from <= shown.back().second) {
                    shown.back().second = std::max(shown.back().second, to);
                } else {
                    shown.emplace_back(from, to);
                }
            }
        }
        if (open_ && options_.color) {
            out_ += open_colour_;
        }
        for (std::size_t part = 0; part < shown.size(); ++part) {
            const auto [from, to] = shown[part];
            if (part > 0 || from > begin) {
                out_ += "…";
            }
            print_range(from, to);
        }
        if (!shown.empty() && shown.back().second < end) {
            out_ += "…";
        }
        if (open_ && options_.color) {
            out_ += reset;
        }
    }

    void print_range(std::size_t from, std::size_t to) {
        const std::string_view text = file_.text;
        std::size_t at = from;
        for (const auto& s : *spans_) {
            if (s.begin >= from && s.begin < to) {
                out_ += safe(text.substr(at, s.begin - at));
                at = s.begin;
                open_ = true;
                open_colour_ = s.colour;
                if (options_.color) {
                    out_ += bold;
                    out_ += s.colour;
                }
                out_ += '[';
            }
            if (s.end > from && s.end <= to) {
                out_ += safe(text.substr(at, s.end - at));
                at = s.end;
                out_ += ']';
                out_ += s.numbers;
                open_ = false;
                if (options_.color) {
                    out_ += reset;
                }
            }
        }
        out_ += safe(text.substr(at, to - at));
    }
};

std::string note_text(const check_finding& f) {
    const auto& c = *f.subject;
    if (f.negated) {
        return fmt::format("{} ({}), negated here, so not counted as a claim. The evidence: {}, "
                           "{} certainty. {}",
                           c.id, to_string(c.kind), to_string(c.verdict),
                           certainty_with_symbols(c.certainty), c.plain_language);
    }
    return fmt::format("{} ({}): {}, {} certainty. {}", c.id, to_string(c.kind),
                       to_string(c.verdict), certainty_with_symbols(c.certainty), c.plain_language);
}

} // namespace

void render_check_text(const std::vector<text_check>& checked, const terminal_options& options,
                       std::string& out) {
    bool first_block = true;
    for (const auto& file : checked) {
        if (file.findings.empty()) {
            continue;
        }
        const auto last_line = file.findings.back().line + 8;
        const auto number_width = std::max<std::size_t>(3, std::to_string(last_line).size() + 1);
        const auto indent = std::string(number_width, ' ') + "   ";
        paragraph_printer printer(file, options, out);
        std::size_t number = 0;
        for (std::size_t p = 0; p < file.paragraphs.size(); ++p) {
            std::vector<marked_span> spans;
            std::vector<const check_finding*> notes;
            for (const auto& f : file.findings) {
                if (f.paragraph != p) {
                    continue;
                }
                ++number;
                notes.push_back(&f);
                if (!spans.empty() && spans.back().begin == f.begin && spans.back().end == f.end) {
                    spans.back().numbers += superscript(number);
                    continue;
                }
                spans.push_back({f.begin, f.end, superscript(number),
                                 f.negated ? dim : verdict_colour(f.subject->verdict)});
            }
            if (notes.empty()) {
                continue;
            }
            if (!first_block) {
                out += '\n';
            }
            first_block = false;
            const auto& head = *notes.front();
            const auto location =
                fmt::format("{}:{}:{}", detail::escape_unsafe(file.origin), head.line, head.column);
            if (options.color) {
                out += fmt::format("{}{}{}\n", bold, location, reset);
            } else {
                out += location + '\n';
            }
            printer.print(file.paragraphs[p], spans, number_width);
            // A claim found twice in one paragraph gets its note once; the repeat points back.
            std::vector<std::pair<const claim*, std::size_t>> noted;
            std::size_t shown = number - notes.size();
            for (const auto* f : notes) {
                ++shown;
                const auto mark = superscript(shown) + ' ';
                const auto earlier = std::find_if(noted.begin(), noted.end(), [&](const auto& n) {
                    return n.first == f->subject;
                });
                std::string text;
                if (earlier != noted.end()) {
                    text = fmt::format("{} again{}: see {}", f->subject->id,
                                       f->negated ? ", negated here" : "",
                                       superscript(earlier->second));
                } else {
                    noted.emplace_back(f->subject, shown);
                    text = note_text(*f);
                }
                append_wrapped(out, indent + mark,
                               indent + std::string(detail::display_width(mark), ' '), safe(text),
                               options.width);
            }
        }
    }
    if (!checked.empty()) {
        if (!first_block) {
            out += '\n';
        }
        out += check_totals_line(summarize(checked));
        out += '\n';
    }
}

} // namespace massage_evidence
