#pragma once

// A "sheet": one claim or one source laid out as a title and labelled sections of paragraphs
// and lists, independent of the output format. `show` builds a sheet once and prints it for a
// terminal, as Markdown or as (section, text) rows for CSV, so the three always say the same
// things in the same order. All text in a sheet is raw data; each printer escapes it. Internal.

#include "massage_evidence/render.hpp"

#include <optional>
#include <string>
#include <vector>

namespace massage_evidence::detail {

/// One entry of a section: a paragraph, or an item of a list with optional further lines.
struct sheet_entry {
    std::string text;
    std::vector<std::string> more;  ///< lines printed under the entry (e.g. a citation)
    std::optional<certainty> level; ///< colours the text on a terminal
    std::optional<verdict> judged;
};

enum class section_shape : std::uint8_t { paragraphs, bullets, numbered };

struct sheet_section {
    std::string heading;
    section_shape shape = section_shape::paragraphs;
    std::vector<sheet_entry> entries;
};

struct sheet {
    std::string title;
    std::string subtitle;
    std::vector<sheet_section> sections;
};

void render_sheet_text(const sheet& page, const terminal_options& options, std::string& out);
void render_sheet_markdown(const sheet& page, std::string& out);
/// Columns Section and Text: the title and subtitle first, then one row per entry (further
/// lines joined to it with " | " would be ambiguous, so each becomes its own row).
[[nodiscard]] listing sheet_listing(const sheet& page);

} // namespace massage_evidence::detail
