// The two text styles of `cite`: Vancouver, as medical journals use it (the report's reference
// format plus DOI and PMID), and APA 7. Both are single lines of raw text (render_citations
// escapes them for the terminal); neither
// fills in a field the dataset lacks (APA's "(n.d.)" says so instead of guessing a year).

#include "massage_evidence/cite.hpp"

#include "massage_evidence/render.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

bool ends_sentence(std::string_view text) {
    if (text.empty()) {
        return true;
    }
    const char last = text.back();
    return last == '.' || last == '?' || last == '!' || text.ends_with("…");
}

std::string as_sentence(std::string_view text) {
    std::string out(text);
    if (!ends_sentence(out)) {
        out += '.';
    }
    return out;
}

// "Shoemaker, J. K." for a person; a name that is not "Surname Initials" is kept as written.
std::string apa_person(std::string_view author) {
    const auto name = split_author(author);
    if (name.initials.empty()) {
        return name.family;
    }
    return fmt::format("{}, {}", name.family, dotted_initials(name.initials));
}

// APA's author list: "A, B., & C, D." with a group author last; when the dataset knows only the
// first authors, the list ends in "et al." rather than pretending to be complete.
std::string apa_authors(const source& s) {
    std::vector<std::string> names;
    for (const auto& author : s.authors) {
        names.push_back(apa_person(author));
    }
    if (!s.group_author.empty()) {
        names.push_back(s.group_author);
    }
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            out += ", ";
            if (i + 1 == names.size() && !s.et_al) {
                out += "& ";
            }
        }
        out += names[i];
    }
    if (s.et_al && !names.empty()) {
        out += ", et al.";
    }
    return out;
}

// APA writes page ranges with an en dash.
std::string en_dash_range(std::string_view pages) {
    std::string out(pages);
    if (const auto dash = out.find('-'); dash != std::string::npos) {
        out.replace(dash, 1, "–");
    }
    return out;
}

} // namespace

std::string vancouver_reference(const source& s) {
    std::string out = vancouver_citation(s);
    if (!s.doi.empty()) {
        out += fmt::format(" doi: {}.", s.doi);
    }
    if (!s.pmid.empty()) {
        out += fmt::format(" PMID: {}.", s.pmid);
    }
    return out;
}

std::string apa_reference(const source& s) {
    const auto authors = apa_authors(s);
    const auto year = s.year ? fmt::format("({}).", *s.year) : std::string("(n.d.).");
    std::string out;
    if (authors.empty()) {
        // With no author, APA moves the title to the author position.
        out = fmt::format("{} {}", as_sentence(s.title), year);
    } else {
        out = fmt::format("{} {} {}", as_sentence(authors), year, as_sentence(s.title));
    }
    if (!s.journal.empty()) {
        std::string source_part = s.journal;
        if (!s.volume.empty()) {
            source_part += ", " + s.volume;
        }
        if (!s.issue.empty()) {
            source_part += (s.volume.empty() ? ", (" : "(") + s.issue + ")";
        }
        if (!s.pages.empty()) {
            source_part += ", " + en_dash_range(s.pages);
        }
        out += ' ' + as_sentence(source_part);
    } else if (!s.publisher.empty()) {
        out += ' ' + as_sentence(s.publisher);
    }
    if (!s.doi.empty()) {
        out += " https://doi.org/" + s.doi;
    }
    return out;
}

} // namespace massage_evidence
