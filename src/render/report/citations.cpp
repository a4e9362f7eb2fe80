// Citation numbering and the reference list. Numbers follow first citation across the whole
// report, so they are handed out while the sections are written; the list is written last from
// what was handed out, which keeps the list and the in-text marks in step by construction.

#include "render/report/citations.hpp"

#include "massage_evidence/render.hpp"
#include "render/report/markdown_text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace massage_evidence {
namespace detail {
namespace {

// Characters that may stand in a link destination as they are; everything else is
// percent-encoded so a DOI with parentheses or spaces cannot end the link early.
std::string url_encode(std::string_view text) {
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                           c == '/' || c == ':' || c == ';';
        if (plain) {
            out += ch;
        } else {
            out += fmt::format("%{:02X}", c);
        }
    }
    return out;
}

} // namespace

citation_numbers::citation_numbers(const dataset& data) {
    for (const auto& s : data.sources) {
        by_id_.emplace(s.id, &s);
    }
}

std::size_t citation_numbers::number(std::string_view source_id) {
    if (const auto it = numbers_.find(source_id); it != numbers_.end()) {
        return it->second;
    }
    const auto found = by_id_.find(source_id);
    if (found == by_id_.end()) {
        return 0;
    }
    order_.push_back(found->second);
    numbers_.emplace(found->second->id, order_.size());
    return order_.size();
}

std::string citation_marks(const claim& c, citation_numbers& citations) {
    // Numbers are handed out in the claim's order (first citation), then listed ascending with
    // runs of three or more joined by an en dash, as Vancouver style writes them: [2, 5–7].
    std::vector<std::size_t> numbers;
    for (const auto& r : c.sources) {
        if (const auto n = citations.number(r.ref); n != 0) {
            numbers.push_back(n);
        }
    }
    if (numbers.empty()) {
        return {};
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    std::string out = "[";
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t run = i;
        while (run + 1 < numbers.size() && numbers[run + 1] == numbers[run] + 1) {
            ++run;
        }
        out += i == 0 ? "" : ", ";
        if (run - i >= 2) {
            out += fmt::format("{}–{}", numbers[i], numbers[run]);
        } else {
            out += std::to_string(numbers[i]);
            if (run == i + 1) {
                out += fmt::format(", {}", numbers[run]);
            }
        }
        i = run + 1;
    }
    return out + ']';
}

std::string citation_mark(std::string_view source_id, citation_numbers& citations) {
    const auto n = citations.number(source_id);
    return n == 0 ? std::string() : fmt::format("[{}]", n);
}

void references_section(const citation_numbers& citations, std::string& out) {
    out += "## References\n\n";
    if (citations.in_order().empty()) {
        out += "No sources are cited in the sections included.\n\n";
        return;
    }
    std::size_t n = 0;
    for (const auto* s : citations.in_order()) {
        out += fmt::format("{}. {}", ++n, block_text(vancouver_citation(*s)));
        if (!s->doi.empty()) {
            out += fmt::format(" doi: [{}](https://doi.org/{}).", inline_text(s->doi),
                               url_encode(s->doi));
        }
        if (!s->pmid.empty()) {
            out += fmt::format(" PMID: [{}](https://pubmed.ncbi.nlm.nih.gov/{}/).",
                               inline_text(s->pmid), url_encode(s->pmid));
        }
        out += '\n';
    }
    out += '\n';
}

} // namespace detail

std::string vancouver_citation(const source& s) {
    std::string out;
    std::string names;
    // Vancouver lists up to six authors, then "et al".
    constexpr std::size_t most_authors = 6;
    const auto listed = std::min(s.authors.size(), most_authors);
    for (std::size_t i = 0; i < listed; ++i) {
        if (i > 0) {
            names += ", ";
        }
        names += s.authors[i];
    }
    if ((s.et_al || s.authors.size() > most_authors) && !names.empty()) {
        names += ", et al";
    }
    if (!s.group_author.empty()) {
        names += names.empty() ? s.group_author : "; " + s.group_author;
    }
    if (!names.empty()) {
        out += detail::sentence(names) + ' ';
    }
    out += detail::sentence(s.title);
    if (!s.journal.empty()) {
        out += ' ' + detail::sentence(s.journal);
    } else if (!s.publisher.empty()) {
        out += ' ' + s.publisher + (s.year ? ";" : ".");
    }
    if (s.year) {
        out += fmt::format(" {}", *s.year);
    }
    if (!s.volume.empty()) {
        out += fmt::format(";{}", s.volume);
    }
    if (!s.issue.empty()) {
        out += fmt::format("({})", s.issue);
    }
    if (!s.pages.empty()) {
        out += fmt::format(":{}", s.pages);
    }
    if (s.year || !s.volume.empty() || !s.issue.empty() || !s.pages.empty()) {
        out += '.';
    }
    return out;
}

} // namespace massage_evidence
