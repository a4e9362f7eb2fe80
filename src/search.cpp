// Full-text search: which claims and sources contain every word of a query, and how well. The
// dataset is small (tens of claims, under a hundred sources), so a linear scan with substring
// matching is both fast enough and easy to reason about; there is no index to keep in sync.
// Rendering of the hits lives in render/search.cpp.

#include "massage_evidence/search.hpp"

#include "ascii_case.hpp"

#include "massage_evidence/query.hpp"
#include "printable.hpp"

#include <algorithm>
#include <functional>

namespace massage_evidence {
namespace {

using detail::ascii_lower;
using detail::ascii_lowered;

bool is_word_byte(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// Occurrences of a word counted per field: beyond a few, repetition says little more.
constexpr int max_counted_occurrences = 3;
// The whole query found as a phrase in one field is worth this many occurrences more.
constexpr int phrase_bonus = 2;

// Looks for every term in one field's text and scores it.
field_match match_field(search_field field, std::string_view text,
                        const std::vector<std::string>& terms, const std::string& phrase,
                        std::vector<bool>& found_terms) {
    field_match out;
    out.field = field;
    out.text = std::string(text);
    const auto haystack = ascii_lowered(text);
    int occurrences = 0;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        int count = 0;
        for (auto at = haystack.find(terms[t]); at != std::string::npos;
             at = haystack.find(terms[t], at + 1)) {
            // Words match at the start of a word: "endorphin" finds "endorphins" and
            // "beta-endorphin", but "gate" does not find "investigate".
            if (at > 0 && is_word_byte(haystack[at - 1])) {
                continue;
            }
            out.ranges.emplace_back(at, terms[t].size());
            ++count;
        }
        if (count > 0) {
            found_terms[t] = true;
        }
        occurrences += std::min(count, max_counted_occurrences);
    }
    if (terms.size() > 1 && haystack.find(phrase) != std::string::npos) {
        occurrences += phrase_bonus;
    }
    out.score = occurrences * field_weight(field);
    // Overlapping ranges ("pain" inside "painful" with "painful" also asked) merge into one.
    std::sort(out.ranges.begin(), out.ranges.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& [offset, length] : out.ranges) {
        if (!merged.empty() && offset <= merged.back().first + merged.back().second) {
            auto& last = merged.back();
            last.second = std::max(last.first + last.second, offset + length) - last.first;
        } else {
            merged.emplace_back(offset, length);
        }
    }
    out.ranges = std::move(merged);
    return out;
}

// Calls `visit(field, text)` for every searchable text of a claim.
void each_claim_field(const claim& c,
                      const std::function<void(search_field, std::string_view)>& visit) {
    visit(search_field::name, c.name);
    visit(search_field::claim, c.statement);
    for (const auto& phrase : c.lay_phrases) {
        visit(search_field::lay_phrases, phrase);
    }
    visit(search_field::id, c.id);
    visit(search_field::evidence, c.evidence);
    for (const auto& r : c.sources) {
        visit(search_field::findings, r.finding);
    }
    visit(search_field::plain_language, c.plain_language);
    for (const auto& caveat : c.caveats) {
        visit(search_field::caveats, caveat);
    }
    visit(search_field::grading, c.grading.basis);
    for (const auto& d : c.grading.domains) {
        visit(search_field::grading, d.reason);
    }
}

void each_source_field(const source& s,
                       const std::function<void(search_field, std::string_view)>& visit) {
    visit(search_field::title, s.title);
    for (const auto& author : s.authors) {
        visit(search_field::authors, author);
    }
    if (!s.group_author.empty()) {
        visit(search_field::authors, s.group_author);
    }
    visit(search_field::id, s.id);
    visit(search_field::journal, s.journal.empty() ? s.publisher : s.journal);
    visit(search_field::notes, s.notes);
}

// Scores one claim or source; a hit only when every term was found somewhere in it.
template <class Visitor>
std::optional<search_hit> score_document(const Visitor& each_field,
                                         const std::vector<std::string>& terms,
                                         const std::string& phrase) {
    std::vector<bool> found(terms.size(), false);
    std::vector<field_match> matches;
    each_field([&](search_field field, std::string_view text) {
        if (text.empty()) {
            return;
        }
        auto m = match_field(field, text, terms, phrase, found);
        if (!m.ranges.empty()) {
            matches.push_back(std::move(m));
        }
    });
    if (matches.empty() || std::find(found.begin(), found.end(), false) != found.end()) {
        return std::nullopt;
    }
    search_hit hit;
    // Best field: highest score; ties go to the weightier field, then the earlier one.
    std::stable_sort(matches.begin(), matches.end(),
                     [](const field_match& a, const field_match& b) {
                         if (a.score != b.score) {
                             return a.score > b.score;
                         }
                         return field_weight(a.field) > field_weight(b.field);
                     });
    for (const auto& m : matches) {
        hit.score += m.score;
        if (std::find(hit.fields.begin(), hit.fields.end(), m.field) == hit.fields.end()) {
            hit.fields.push_back(m.field);
        }
    }
    hit.best = std::move(matches.front());
    return hit;
}

std::string joined_terms(const std::vector<std::string>& terms) {
    std::string out;
    for (const auto& t : terms) {
        if (!out.empty()) {
            out += ' ';
        }
        out += t;
    }
    return out;
}

} // namespace

int field_weight(search_field field) noexcept {
    switch (field) {
    case search_field::name:
        return 10;
    case search_field::claim:
        return 8;
    case search_field::lay_phrases:
        return 6;
    case search_field::id:
        return 5;
    case search_field::evidence:
        return 4;
    case search_field::findings:
    case search_field::plain_language:
        return 3;
    case search_field::caveats:
    case search_field::title:
    case search_field::authors:
        return 2;
    case search_field::grading:
    case search_field::journal:
    case search_field::notes:
        break;
    }
    return 1;
}

std::vector<std::string> search_terms(std::string_view query) {
    std::vector<std::string> terms;
    std::string word;
    const auto flush = [&] {
        if (!word.empty() && std::find(terms.begin(), terms.end(), word) == terms.end()) {
            terms.push_back(word);
        }
        word.clear();
    };
    for (const char c : query) {
        if (is_word_byte(c)) {
            word += ascii_lower(c);
        } else {
            flush();
        }
    }
    flush();
    return terms;
}

std::vector<search_hit> search(const dataset& data, std::string_view query) {
    const auto terms = search_terms(query);
    if (terms.empty()) {
        return {};
    }
    // The phrase is the query's words joined by single spaces: "pain  gate" finds "pain gate".
    const auto phrase = joined_terms(terms);
    std::vector<search_hit> hits;
    for (const auto* c : select_any_claims(data, {})) {
        auto hit =
            score_document([c](const auto& visit) { each_claim_field(*c, visit); }, terms, phrase);
        if (hit) {
            hit->matched_claim = c;
            hits.push_back(std::move(*hit));
        }
    }
    for (const auto& s : data.sources) {
        auto hit =
            score_document([&s](const auto& visit) { each_source_field(s, visit); }, terms, phrase);
        if (hit) {
            hit->matched_source = &s;
            hits.push_back(std::move(*hit));
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const search_hit& a, const search_hit& b) { return a.score > b.score; });
    return hits;
}

bool claim_matches_text(const claim& c, std::string_view query) {
    const auto terms = search_terms(query);
    if (terms.empty()) {
        return true;
    }
    return score_document([&c](const auto& visit) { each_claim_field(c, visit); }, terms,
                          joined_terms(terms))
        .has_value();
}

std::string snippet::plain() const {
    std::string out = cut_before ? "…" : "";
    for (const auto& p : pieces) {
        out += p.text;
    }
    if (cut_after) {
        out += "…";
    }
    return out;
}

snippet make_snippet(const field_match& found, std::size_t context) {
    const std::string_view text = found.text;
    const auto first = found.ranges.empty() ? std::size_t{0} : found.ranges.front().first;
    const std::size_t match_end = found.ranges.empty() ? 0 : first + found.ranges.front().second;
    // A field short enough to show whole is not cut: a title reads better complete.
    const bool short_field = detail::display_width(text) <= 2 * context + (match_end - first);
    // Step back `context` characters (not bytes), then forward to the next space if one is near.
    std::size_t start = short_field ? 0 : first;
    for (std::size_t chars = 0; start > 0 && chars < context; ++chars) {
        --start;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0U) == 0x80U) {
            --start;
        }
    }
    if (start > 0) {
        if (const auto space = text.find(' ', start);
            space != std::string_view::npos && space < first) {
            start = space + 1;
        }
    }
    std::size_t end = short_field ? text.size() : match_end;
    for (std::size_t chars = 0; end < text.size() && chars < context; ++chars) {
        (void)detail::decode_utf8(text, end);
    }
    if (end < text.size()) {
        if (const auto space = text.rfind(' ', end);
            space != std::string_view::npos && space >= match_end) {
            end = space;
        }
    }
    snippet out;
    out.cut_before = start > 0;
    out.cut_after = end < text.size();
    const auto flat = [](std::string_view piece) {
        std::string s(piece);
        std::replace_if(
            s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
        return s;
    };
    std::size_t at = start;
    for (const auto& [offset, length] : found.ranges) {
        if (offset + length <= start || offset >= end) {
            continue;
        }
        const auto from = std::max(offset, start);
        const auto to = std::min(offset + length, end);
        if (from > at) {
            out.pieces.push_back({flat(text.substr(at, from - at)), false});
        }
        out.pieces.push_back({flat(text.substr(from, to - from)), true});
        at = to;
    }
    if (end > at) {
        out.pieces.push_back({flat(text.substr(at, end - at)), false});
    }
    return out;
}

} // namespace massage_evidence
