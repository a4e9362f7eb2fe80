#pragma once

/// Citations of sources in five styles, for pasting into a manuscript or importing into a
/// reference manager. Every style uses only the fields the dataset holds: a missing year, page
/// range or DOI stays missing, never guessed. render_citations escapes text styles for terminals;
/// BibTeX escapes LaTeX's special characters and protects capitals with braces; RIS has CRLF line
/// ends; CSL-JSON follows the CSL data schema (an array of items, each with `id` and `type`).
///
///     std::string out;
///     render_citations({data.find_source("shoemaker1997")}, citation_style::bibtex, out);

#include "massage_evidence/model.hpp"
#include "massage_evidence/vocabulary.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// The styles `cite --style` offers.
enum class citation_style : std::uint8_t { vancouver, apa, bibtex, ris, csl_json };

template <>
struct vocabulary<citation_style> {
    static constexpr std::string_view what = "citation style";
    static constexpr std::array<vocabulary_entry<citation_style>, 5> entries{{
        {citation_style::vancouver, "vancouver", "Vancouver (ICMJE/NLM)"},
        {citation_style::apa, "apa", "APA 7th edition"},
        {citation_style::bibtex, "bibtex", "BibTeX"},
        {citation_style::ris, "ris", "RIS"},
        {citation_style::csl_json, "csl-json", "CSL-JSON"},
    }};
};

/// What kind of publication a source is, which decides the entry type in every style.
enum class publication_form : std::uint8_t {
    article, ///< has a journal
    report,  ///< no journal, a publisher, and a review, guideline or study (e.g. an agency report)
    book,    ///< no journal, a publisher, and a theory or narrative work (e.g. a textbook)
    other,   ///< neither journal nor publisher (e.g. a guideline known only by its title)
};

/// The form of `s`, from its journal, publisher and type.
[[nodiscard]] publication_form publication_form_of(const source& s) noexcept;

/// An author written in the dataset's "Surname Initials" form, split. A name that does not end
/// in capital initials is kept whole as `family` with no initials.
struct person_name {
    std::string family;
    std::string initials; ///< capital letters, e.g. "JK"
};
[[nodiscard]] person_name split_author(std::string_view author);

/// "J. K." from "JK": initials with periods, as APA, BibTeX, RIS and CSL given names use them.
[[nodiscard]] std::string dotted_initials(std::string_view initials);

/// Vancouver (NLM) reference with its DOI and PMID, one line of raw data text (callers escape).
[[nodiscard]] std::string vancouver_reference(const source& s);
/// APA 7 reference, one line of raw data text (callers escape). Journal titles are the NLM
/// abbreviations the dataset holds; a list with more authors than known ends in "et al.".
[[nodiscard]] std::string apa_reference(const source& s);
/// One BibTeX entry keyed by the source id.
void render_bibtex(const source& s, std::string& out);
/// One RIS record: TY first, ER last, CRLF line ends.
void render_ris(const source& s, std::string& out);
/// A CSL-JSON array of items, one per source.
void render_csl_json(const std::vector<const source*>& sources, std::string& out);

/// `sources` in `style`, in the order given: a line each in the text styles (escaped for a
/// terminal), entries separated
/// by an empty line in BibTeX and RIS, one array in CSL-JSON.
void render_citations(const std::vector<const source*>& sources, citation_style style,
                      std::string& out);

} // namespace massage_evidence
