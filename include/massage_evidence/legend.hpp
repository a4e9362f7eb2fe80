#pragma once

/// The built-in legend of `explain`: what each GRADE certainty level, GRADE domain, verdict, kind
/// of claim, mechanism category, source direction and source type means, and an approximate
/// crosswalk from GRADE to the SORT taxonomy and the Oxford CEBM levels of evidence. The patient
/// audience reads certainty levels and verdicts in the shared plain-language wording.
///
///     auto sections = legend(audience::clinician);
///     auto found = lookup_legend(sections, "indirectness"); // the domains section, one entry

#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/render.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// One term of the legend.
struct legend_entry {
    std::string term;    ///< the token as the data and the flags write it, e.g. "very-low"
    std::string label;   ///< the term for people, e.g. "Very low"
    std::string meaning; ///< what it means, one or two sentences
    std::string symbols; ///< GRADE symbols, certainty levels only
    std::string sort;    ///< crosswalk only: the nearest SORT strength
    std::string cebm;    ///< crosswalk only: the nearest Oxford CEBM levels
};

/// A group of terms, e.g. the GRADE domains.
struct legend_section {
    std::string name;  ///< stable token, e.g. "domains"
    std::string title; ///< heading, e.g. "GRADE domains"
    std::string intro; ///< one or two sentences before the terms
    std::string note;  ///< a caveat after the terms, may be empty
    std::vector<legend_entry> entries;
};

/// The whole legend, in the order `explain` prints it.
[[nodiscard]] std::vector<legend_section> legend(audience reader);

/// The part of the legend `term` asks for: a whole section when it names one (e.g. "domains",
/// "grade", "sort"), else every entry with that term, in their sections (e.g. "mixed" is both a
/// verdict and a direction). Case, "-", "_" and spaces do not matter. nullopt when nothing
/// matches.
[[nodiscard]] std::optional<std::vector<legend_section>>
lookup_legend(const std::vector<legend_section>& sections, std::string_view term);

/// Every term and section name `lookup_legend` accepts, for "did you mean".
[[nodiscard]] std::vector<std::string> legend_terms(const std::vector<legend_section>& sections);

/// The legend for a terminal: a heading, the introduction and a table per section.
void render_legend_text(const std::vector<legend_section>& sections,
                        const terminal_options& options, std::string& out);
/// The legend in Markdown: a level-2 heading and a table per section.
void render_legend_markdown(const std::vector<legend_section>& sections, std::string& out);
/// Section, term, meaning, SORT and Oxford CEBM columns, one row per entry, for CSV.
[[nodiscard]] listing legend_listing(const std::vector<legend_section>& sections);
/// The JSON contract of `explain` (docs/json.md): an array of sections with their entries.
void render_legend_json(const std::vector<legend_section>& sections, std::string& out);

} // namespace massage_evidence
