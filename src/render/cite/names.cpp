// What every citation style needs to know about a source before formatting it: the form of the
// publication and the parts of each author's name. The dataset stores authors the way PubMed
// shows them ("Shoemaker JK"); styles that write "Shoemaker, J. K." need them split.

#include "massage_evidence/cite.hpp"

namespace massage_evidence {
namespace {

bool all_capitals(std::string_view text) noexcept {
    if (text.empty()) {
        return false;
    }
    for (const char c : text) {
        if (c < 'A' || c > 'Z') {
            return false;
        }
    }
    return true;
}

// PubMed writes at most a few initials; a longer capital word is a surname or an acronym.
constexpr std::size_t max_initials = 4;

} // namespace

publication_form publication_form_of(const source& s) noexcept {
    if (!s.journal.empty()) {
        return publication_form::article;
    }
    if (s.publisher.empty()) {
        return publication_form::other;
    }
    if (s.type == source_type::theory || s.type == source_type::narrative_review) {
        return publication_form::book;
    }
    return publication_form::report;
}

person_name split_author(std::string_view author) {
    const auto space = author.rfind(' ');
    if (space == std::string_view::npos) {
        return {std::string(author), {}};
    }
    const auto last = author.substr(space + 1);
    if (!all_capitals(last) || last.size() > max_initials) {
        return {std::string(author), {}};
    }
    return {std::string(author.substr(0, space)), std::string(last)};
}

std::string dotted_initials(std::string_view initials) {
    std::string out;
    for (const char c : initials) {
        if (!out.empty()) {
            out += ' ';
        }
        out += c;
        out += '.';
    }
    return out;
}

} // namespace massage_evidence
