#pragma once

/// Ranked full-text search over claims and sources, case-insensitive, every word required, each
/// matching at the start of a word ("endorphin" finds "endorphins", "gate" not "investigate").
/// A hit's score weighs where the words were found: a claim's name and statement count most, its
/// evidence and the findings of its sources less, and a source's title, authors and journal least;
/// a field holding the whole query as a phrase earns a bonus. Results come best first, with the
/// best-scoring field and a snippet around the match.
///
///     for (const auto& hit : search(data, "pain gate")) {
///         hit.score; to_string(hit.best.field); hit.best.text;
///     }

#include "massage_evidence/model.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/vocabulary.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// Where a match was found. The order is the order of weight within claims, then sources.
enum class search_field : std::uint8_t {
    name,
    claim,
    lay_phrases,
    id,
    evidence,
    findings,
    plain_language,
    caveats,
    grading,
    title,
    authors,
    journal,
    notes,
};

template <>
struct vocabulary<search_field> {
    static constexpr std::string_view what = "search field";
    static constexpr std::array<vocabulary_entry<search_field>, 13> entries{{
        {search_field::name, "name", "Name"},
        {search_field::claim, "claim", "Claim"},
        {search_field::lay_phrases, "lay_phrases", "Lay phrase"},
        {search_field::id, "id", "Id"},
        {search_field::evidence, "evidence", "Evidence"},
        {search_field::findings, "findings", "Finding"},
        {search_field::plain_language, "plain_language", "Plain language"},
        {search_field::caveats, "caveats", "Caveat"},
        {search_field::grading, "grading", "Grading"},
        {search_field::title, "title", "Title"},
        {search_field::authors, "authors", "Authors"},
        {search_field::journal, "journal", "Journal"},
        {search_field::notes, "notes", "Notes"},
    }};
};

/// How much one occurrence of a query word in this field adds to the score.
[[nodiscard]] int field_weight(search_field field) noexcept;

/// The query's words: split at anything but letters, digits and non-ASCII characters, ASCII
/// lower-cased, repeats dropped. "Pain-gate!" gives {"pain", "gate"}.
[[nodiscard]] std::vector<std::string> search_terms(std::string_view query);

/// A place where the query matched: the field and the text of that field (one element for list
/// fields such as caveats), with the byte ranges of every occurrence of a query word in it.
struct field_match {
    search_field field = search_field::name;
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> ranges; ///< (offset, length), in order
    int score = 0;
};

/// One claim or one source that contains every word of the query.
struct search_hit {
    const claim* matched_claim = nullptr;   ///< set for claims
    const source* matched_source = nullptr; ///< set for sources
    int score = 0;
    field_match best;                 ///< the field that scored most
    std::vector<search_field> fields; ///< every field that matched, best first, once each
};

/// Every claim and source containing all words of `query`, best first; ties keep the order of
/// the listings (mechanisms, clinical effects, practices, then sources). No words: no hits.
[[nodiscard]] std::vector<search_hit> search(const dataset& data, std::string_view query);

/// True when every word of `query` occurs in the claim's own text (name, statement, lay phrases,
/// id, evidence, findings, plain language, caveats, grading reasons). Used by `claims --search`.
[[nodiscard]] bool claim_matches_text(const claim& c, std::string_view query);

/// A window of a field around its first match, as pieces to print: text outside and inside the
/// matches, and whether text was cut at either end.
struct snippet {
    struct piece {
        std::string text;
        bool match = false;
    };
    std::vector<piece> pieces;
    bool cut_before = false;
    bool cut_after = false;

    /// The window as plain text, "…" marking cuts.
    [[nodiscard]] std::string plain() const;
};

/// About `context` characters either side of the first match of `found`, cut at spaces where
/// possible and never inside a UTF-8 character; line breaks become spaces.
[[nodiscard]] snippet make_snippet(const field_match& found, std::size_t context = 40);

/// Score, ID, kind, name, field and snippet of each hit (plain text), for Markdown and CSV.
[[nodiscard]] listing search_listing(const std::vector<search_hit>& hits);

/// The hits for a terminal: a line naming each hit, then the field and its snippet, wrapped to
/// the width; on a colour terminal the matched words are marked. Everything from the data is
/// escaped.
void render_search_text(const std::vector<search_hit>& hits, const terminal_options& options,
                        std::string& out);

/// The JSON contract of `search` (docs/json.md): an array of hits, best first.
void render_search_json(const std::vector<search_hit>& hits, std::string& out);

} // namespace massage_evidence
