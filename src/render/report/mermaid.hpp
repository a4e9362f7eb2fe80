#pragma once

// Mermaid flowcharts as GitHub renders them (```mermaid blocks). Every node is declared with a
// generated id (n1, m1, c1, ...) and a quoted label, so no data string ever stands where
// Mermaid reads syntax. Internal.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// `text` made safe inside a double-quoted Mermaid label: line breaks folded, control
/// characters shown as escapes, and `"`, `#`, `&`, `<`, `>`, `%`, backtick and backslash written as
/// Mermaid entity codes (`#quot;`, `#35;`, ...), so the label can neither end early, nor hold
/// markup, nor be read as a Markdown string.
[[nodiscard]] std::string mermaid_label_text(std::string_view text);

/// `text` broken at spaces into lines of at most `width` characters (a longer word stays
/// whole), so labels stay narrow in every renderer.
[[nodiscard]] std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

/// A flowchart under construction: nodes with classes, then edges between declared nodes.
class flowchart {
public:
    /// `direction` is a Mermaid direction: TD or LR.
    explicit flowchart(std::string_view direction);

    /// Declares a node and returns its id. `lines` are raw text (escaped here); `style` names
    /// a class from `node_styles` (see mermaid.cpp).
    std::string node(std::string_view id_prefix, const std::vector<std::string>& lines,
                     std::string_view style);
    /// An arrow between two ids returned by `node`.
    void edge(const std::string& from, const std::string& to);

    /// The fenced ```mermaid block.
    [[nodiscard]] std::string render() const;

private:
    std::string direction_;
    std::vector<std::string> declarations_;
    std::vector<std::string> edges_;
    std::vector<std::pair<std::string, std::string>> styled_; // style, node id
    std::map<std::string, std::size_t, std::less<>> counts_;  // per id prefix
};

} // namespace massage_evidence::detail
