#pragma once

// GitHub-Flavored Markdown as GitHub reads it, via cmark-gfm: tests parse what we write and
// compare the rendered text of each table cell with the value we meant to write.

#include <string>
#include <vector>

namespace test_support {

/// A parsed GFM table: the header row, then the body rows, each cell as plain text.
struct gfm_table {
    std::vector<std::vector<std::string>> rows;
};

/// A list: ordered or not, its start number, and the text of each item.
struct gfm_list {
    bool ordered = false;
    int start = 0;
    std::vector<std::string> items;
};

/// A fenced or indented code block: its info string ("mermaid") and content.
struct gfm_code_block {
    std::string info;
    std::string literal;
};

/// A block quote: the text of its first line (up to the first line break) and all its text.
struct gfm_blockquote {
    std::string first_line;
    std::string text;
};

/// A link: destination and text.
struct gfm_link {
    std::string url;
    std::string text;
};

/// A heading: level and text.
struct gfm_heading {
    int level = 0;
    std::string text;
};

/// `markdown` without a leading YAML front matter block (`---` ... `---`); the block itself,
/// without its fences, goes to `front_matter` when given. cmark-gfm has no front matter support, so
/// tests strip it first, as static-site generators do.
[[nodiscard]] std::string strip_front_matter(const std::string& markdown,
                                             std::string* front_matter = nullptr);

/// Every table in `markdown`, in document order (table, strikethrough, autolink extensions and
/// footnotes on).
[[nodiscard]] std::vector<gfm_table> parse_tables(const std::string& markdown);

/// The plain text of every paragraph, heading and list item, in order.
[[nodiscard]] std::vector<std::string> parse_text_blocks(const std::string& markdown);

/// Every heading, in document order.
[[nodiscard]] std::vector<gfm_heading> parse_headings(const std::string& markdown);

/// Every list, nested ones included, in document order.
[[nodiscard]] std::vector<gfm_list> parse_lists(const std::string& markdown);

/// Every code block, in document order.
[[nodiscard]] std::vector<gfm_code_block> parse_code_blocks(const std::string& markdown);

/// Every top-level block quote, in document order.
[[nodiscard]] std::vector<gfm_blockquote> parse_blockquotes(const std::string& markdown);

/// Every link (explicit or autolinked), in document order.
[[nodiscard]] std::vector<gfm_link> parse_links(const std::string& markdown);

/// How many nodes of a cmark type ("html_block", "html_inline", "footnote_reference", ...).
[[nodiscard]] std::size_t count_nodes(const std::string& markdown, const std::string& type);

} // namespace test_support
