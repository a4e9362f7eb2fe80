// RIS records for reference managers (Zotero, EndNote, Mendeley). The format is line based:
// "TY  - " opens a record and "ER  - " closes it, each line is a two-letter tag, two spaces, a
// hyphen and a space, and lines end in CRLF. Tags follow what the common importers read: T2 and
// J2 for the (abbreviated) journal, AN for the PubMed id and C2 for the PMC id, as EndNote does.

#include "massage_evidence/cite.hpp"

#include "printable.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

std::string_view record_type(publication_form form) noexcept {
    switch (form) {
    case publication_form::article:
        return "JOUR";
    case publication_form::report:
        return "RPRT";
    case publication_form::book:
        return "BOOK";
    case publication_form::other:
        break;
    }
    return "GEN";
}

// One tag line. A value cannot span lines in RIS, so line breaks become spaces; other control
// characters are escaped like everywhere else.
void tag(std::string& out, std::string_view name, std::string_view value) {
    std::string flat(value);
    for (auto& c : flat) {
        if (c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    out += fmt::format("{}  - {}\r\n", name, detail::escape_unsafe(flat));
}

std::string ris_person(std::string_view author) {
    const auto name = split_author(author);
    return name.initials.empty()
               ? name.family
               : fmt::format("{}, {}", name.family, dotted_initials(name.initials));
}

} // namespace

void render_ris(const source& s, std::string& out) {
    tag(out, "TY", record_type(publication_form_of(s)));
    tag(out, "ID", s.id);
    for (const auto& author : s.authors) {
        tag(out, "AU", ris_person(author));
    }
    if (!s.group_author.empty()) {
        tag(out, "AU", s.group_author);
    }
    tag(out, "TI", s.title);
    if (!s.journal.empty()) {
        tag(out, "T2", s.journal);
        tag(out, "J2", s.journal);
    }
    if (!s.publisher.empty()) {
        tag(out, "PB", s.publisher);
    }
    if (s.year) {
        tag(out, "PY", std::to_string(*s.year));
    }
    if (!s.volume.empty()) {
        tag(out, "VL", s.volume);
    }
    if (!s.issue.empty()) {
        tag(out, "IS", s.issue);
    }
    if (!s.pages.empty()) {
        const auto dash = s.pages.find('-');
        tag(out, "SP", s.pages.substr(0, dash));
        if (dash != std::string::npos) {
            tag(out, "EP", s.pages.substr(dash + 1));
        }
    }
    if (!s.doi.empty()) {
        tag(out, "DO", s.doi);
    }
    if (!s.pmid.empty()) {
        tag(out, "AN", s.pmid);
    }
    if (!s.pmcid.empty()) {
        tag(out, "C2", s.pmcid);
    }
    if (s.et_al) {
        tag(out, "N1", "Only the first authors are listed.");
    }
    tag(out, "ER", "");
}

} // namespace massage_evidence
