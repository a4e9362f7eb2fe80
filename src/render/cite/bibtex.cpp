// BibTeX entries. The key is the source id, so a citation in a manuscript names the same source
// as the dataset. Values are escaped for LaTeX (its ten special characters), and every title
// word holding a capital is wrapped in braces so bibliography styles that lower-case titles
// keep "Doppler" and "ACP" as written.

#include "massage_evidence/cite.hpp"

#include "printable.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

std::string latex_escaped(std::string_view raw) {
    // Control characters become visible escapes first; their backslashes are then escaped too.
    const auto safe = detail::escape_unsafe(raw);
    std::string out;
    out.reserve(safe.size());
    for (const char c : safe) {
        switch (c) {
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '{':
        case '}':
        case '#':
        case '$':
        case '%':
        case '&':
        case '_':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool has_capital(std::string_view word) noexcept {
    for (const char c : word) {
        if (c >= 'A' && c <= 'Z') {
            return true;
        }
    }
    return false;
}

std::string protected_title(std::string_view title) {
    std::string out;
    std::size_t start = 0;
    while (start <= title.size()) {
        const auto end = std::min(title.find(' ', start), title.size());
        const auto word = title.substr(start, end - start);
        if (start > 0) {
            out += ' ';
        }
        if (has_capital(word)) {
            out += '{' + latex_escaped(word) + '}';
        } else {
            out += latex_escaped(word);
        }
        start = end + 1;
    }
    return out;
}

std::string bibtex_authors(const source& s) {
    std::string out;
    const auto add = [&out](const std::string& name) {
        if (!out.empty()) {
            out += " and ";
        }
        out += name;
    };
    for (const auto& author : s.authors) {
        const auto name = split_author(author);
        if (name.initials.empty()) {
            add('{' + latex_escaped(name.family) + '}');
        } else {
            add(fmt::format("{}, {}", latex_escaped(name.family), dotted_initials(name.initials)));
        }
    }
    if (!s.group_author.empty()) {
        // Double braces: a committee is one name, not a surname and given names.
        add('{' + latex_escaped(s.group_author) + '}');
    }
    if (s.et_al && !out.empty()) {
        add("others");
    }
    return out;
}

std::string_view entry_type(publication_form form) noexcept {
    switch (form) {
    case publication_form::article:
        return "article";
    case publication_form::report:
        return "techreport";
    case publication_form::book:
        return "book";
    case publication_form::other:
        break;
    }
    return "misc";
}

// BibTeX's convention for page ranges is a double hyphen (an en dash in print).
std::string bibtex_pages(std::string_view pages) {
    std::string out = latex_escaped(pages);
    const auto dash = out.find('-');
    if (dash != std::string::npos && out.find("--") == std::string::npos) {
        out.replace(dash, 1, "--");
    }
    return out;
}

} // namespace

void render_bibtex(const source& s, std::string& out) {
    const auto form = publication_form_of(s);
    std::vector<std::pair<std::string_view, std::string>> fields;
    if (const auto authors = bibtex_authors(s); !authors.empty()) {
        fields.emplace_back("author", authors);
    }
    fields.emplace_back("title", protected_title(s.title));
    if (!s.journal.empty()) {
        fields.emplace_back("journal", latex_escaped(s.journal));
    }
    if (!s.publisher.empty()) {
        fields.emplace_back(form == publication_form::report ? "institution" : "publisher",
                            latex_escaped(s.publisher));
    }
    if (s.year) {
        fields.emplace_back("year", std::to_string(*s.year));
    }
    if (!s.volume.empty()) {
        fields.emplace_back("volume", latex_escaped(s.volume));
    }
    if (!s.issue.empty()) {
        fields.emplace_back("number", latex_escaped(s.issue));
    }
    if (!s.pages.empty()) {
        fields.emplace_back("pages", bibtex_pages(s.pages));
    }
    if (!s.doi.empty()) {
        fields.emplace_back("doi", latex_escaped(s.doi));
    }
    if (!s.pmid.empty()) {
        fields.emplace_back("pmid", latex_escaped(s.pmid));
    }
    if (!s.pmcid.empty()) {
        fields.emplace_back("pmcid", latex_escaped(s.pmcid));
    }
    out += fmt::format("@{}{{{},\n", entry_type(form), detail::escape_unsafe(s.id));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += fmt::format("  {} = {{{}}}{}\n", fields[i].first, fields[i].second,
                           i + 1 < fields.size() ? "," : "");
    }
    out += "}\n";
}

} // namespace massage_evidence
