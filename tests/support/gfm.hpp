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

/// Every table in `markdown`, in document order (table, strikethrough, autolink extensions on).
[[nodiscard]] std::vector<gfm_table> parse_tables(const std::string& markdown);

/// The plain text of every paragraph, heading and list item, in order.
[[nodiscard]] std::vector<std::string> parse_text_blocks(const std::string& markdown);

} // namespace test_support
