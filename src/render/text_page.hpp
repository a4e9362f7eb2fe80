#pragma once

// A page of text for a terminal, written line by line into the caller's string: headings,
// paragraphs wrapped to the terminal width with an indent, and spans that carry a colour or a
// highlight. Every piece of data text is escaped before it is measured or printed; styles are
// only emitted when colour is on, so the words are the same with or without it. Internal to the
// library (used by `show`, `search`, `explain` and `stats`).

#include "massage_evidence/render.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// Raw (unescaped) text with the terminal style it should have, if any.
struct styled_span {
    std::string text;
    std::string_view style;
};

class text_page {
public:
    text_page(const terminal_options& options, std::string& out) : options_(options), out_(out) {}

    /// A heading on its own line, bold on colour terminals.
    void heading(std::string_view raw);
    /// Data text escaped and wrapped, each line indented by `indent` spaces.
    void paragraph(std::string_view raw, std::size_t indent);
    /// Styled spans escaped and wrapped as one paragraph. The first line starts with `first`
    /// (already safe, e.g. "  1. "); the following lines are indented to its width.
    void spans(const std::vector<styled_span>& pieces, std::string_view first);
    /// The same with the following lines indented by `hanging` spaces.
    void spans(const std::vector<styled_span>& pieces, std::string_view first, std::size_t hanging);
    /// An empty line.
    void blank();

    [[nodiscard]] bool color() const noexcept { return options_.color; }

private:
    const terminal_options& options_;
    std::string& out_;
};

} // namespace massage_evidence::detail
