#pragma once

/// Output formats. Every renderer appends to a caller's string and never writes to stdout, so the
/// command line decides where bytes go and tests compare strings.
///
/// Listings go through one neutral shape, `listing` (columns and cells), which the table,
/// Markdown and CSV printers share; JSON has its own stable, documented shape (docs/json.md).
///
///     auto rows = select_claims(data, claim_kind::mechanism, filter);
///     std::string out;
///     render_table(mechanism_listing(rows, true), terminal_options{true, 100}, out);

#include "massage_evidence/model.hpp"
#include "massage_evidence/query.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// The formats every listing command offers.
enum class output_format { table, markdown, json, csv };

/// One cell: its text, plus the certainty or verdict it shows so a terminal can colour it (colour
/// only repeats what the text says).
struct cell {
    std::string text;
    std::optional<certainty> level;
    std::optional<verdict> judged;
};

/// A column header; `wrap` columns may be narrowed and wrapped to fit a terminal.
struct column {
    std::string header;
    bool wrap = false;
};

/// A table of cells, the common input of the table, Markdown and CSV printers.
struct listing {
    std::vector<column> columns;
    std::vector<std::vector<cell>> rows;
};

/// How a terminal table is drawn: colour on or off, and the width to fit (0: do not wrap).
struct terminal_options {
    bool color = false;
    std::size_t width = 0;
};

/// Aligned columns for a terminal. Untrusted text is escaped, never printed raw.
void render_table(const listing& rows, const terminal_options& options, std::string& out);
/// A GitHub-Flavored Markdown table; every cell escaped so it renders as the same text. With
/// `weighted`, the delimiter row has as many dashes as a column needs (its longest word, more
/// for long text): GFM ignores that, but pandoc's Markdown reader takes the dashes as relative
/// column widths, so the report's tables keep their shape in HTML and PDF.
void render_markdown_table(const listing& rows, std::string& out, bool weighted = false);
/// RFC 4180 CSV with CRLF line ends; cells that a spreadsheet would run as formulas are defused.
void render_csv(const listing& rows, std::string& out);

/// Name, category, claim, verdict, certainty and number of sources of each mechanism.
/// `symbols` adds GRADE symbols beside the certainty word (tables and Markdown, not CSV).
[[nodiscard]] listing mechanism_listing(const std::vector<const claim*>& claims, bool symbols);
/// Condition, population, comparator, follow-up, effect, verdict, certainty, sources.
[[nodiscard]] listing condition_listing(const std::vector<const claim*>& claims, bool symbols);

/// Practice, topic, claim, verdict, certainty, sources (`techniques`).
[[nodiscard]] listing practice_listing(const std::vector<const claim*>& claims, bool symbols);
/// ID, kind, name, verdict, certainty, sources: claims of every kind together (`claims`).
[[nodiscard]] listing claim_listing(const std::vector<const claim*>& claims, bool symbols);
/// ID, name, the plain-language summary, what research says and how sure we are, in the shared
/// plain-language wording: any claim listing for `--audience patient`.
[[nodiscard]] listing patient_listing(const std::vector<const claim*>& claims);
/// ID, type, year, Vancouver reference and the number of claims citing it (`sources`).
[[nodiscard]] listing source_listing(const dataset& data,
                                     const std::vector<const source*>& sources);

/// The JSON contract of the listing commands: an array of claim objects (docs/json.md).
void render_claims_json(const std::vector<const claim*>& claims, std::string& out);
/// The JSON contract of `sources`: an array of source objects (docs/json.md).
void render_sources_json(const dataset& data, const std::vector<const source*>& sources,
                         std::string& out);

/// "⊕⊕◯◯ low": GRADE symbols beside the word.
[[nodiscard]] std::string certainty_with_symbols(certainty level);

/// Text made literal for GitHub-Flavored Markdown: inline markup, HTML and table pipes escaped,
/// line breaks folded to spaces, control characters shown as escapes.
[[nodiscard]] std::string escape_markdown(std::string_view text);

/// One reference in Vancouver style, using only the fields the dataset holds. The report
/// (report.hpp) lists these with DOI and PubMed links.
[[nodiscard]] std::string vancouver_citation(const source& s);

} // namespace massage_evidence
