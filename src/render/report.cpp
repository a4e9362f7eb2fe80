// The Markdown evidence summary written by `export`. It is built from sections, each a function
// appending to the output, so later sections (clinical effects, practice, diagrams) slot in
// without touching the others. References are numbered in order of first citation across the
// whole report, and every data string passes through escape_markdown.

#include "massage_evidence/render.hpp"

#include "massage_evidence/vocabulary.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace massage_evidence {
namespace {

constexpr std::string_view default_disclaimer =
    "This summary is for education and information. It is not medical advice and does not "
    "replace assessment and treatment by a qualified health professional.";

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

// Numbers sources in order of first citation.
class reference_numbers {
public:
    explicit reference_numbers(const dataset& data) {
        for (const auto& s : data.sources) {
            by_id_.emplace(s.id, &s);
        }
    }
    std::size_t number(std::string_view id) {
        const auto it = numbers_.find(id);
        if (it != numbers_.end()) {
            return it->second;
        }
        const auto found = by_id_.find(id);
        if (found == by_id_.end()) {
            return 0;
        }
        order_.push_back(found->second);
        numbers_.emplace(id, order_.size());
        return order_.size();
    }
    [[nodiscard]] const std::vector<const source*>& in_order() const { return order_; }

private:
    std::unordered_map<std::string_view, const source*> by_id_;
    std::unordered_map<std::string_view, std::size_t> numbers_;
    std::vector<const source*> order_;
};

std::string citation_marks(const claim& c, reference_numbers& refs) {
    std::string out;
    for (const auto& r : c.sources) {
        if (const auto n = refs.number(r.ref); n != 0) {
            out += fmt::format("[{}]", n);
        }
    }
    return out;
}

std::string sentence(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != '!') {
        out += '.';
    }
    return out;
}

void header_section(const dataset& data, const report_options& options, std::string& out) {
    const auto& title = options.title.empty() ? data.info.title : options.title;
    out += fmt::format("# {}\n\n", escape_markdown(title));
    out += fmt::format("Dataset **{}** version {}, evidence reviewed {}. Report date {}.\n\n",
                       escape_markdown(data.info.name), escape_markdown(data.info.version),
                       escape_markdown(data.info.review_date), escape_markdown(options.date));
    if (options.filter.empty()) {
        out += "Filters: none; every mechanism in the dataset is included.\n\n";
    } else {
        out += fmt::format("Filters: `{}`.\n\n", options.filter.describe());
    }
}

void summary_section(const std::vector<const claim*>& claims, reference_numbers& refs,
                     std::string& out) {
    out += "## Summary of findings\n\n";
    if (claims.empty()) {
        out += "No mechanism matches the filters.\n\n";
        return;
    }
    listing table;
    table.columns = {{"Mechanism", true}, {"Category", false},  {"Claim", true},
                     {"Verdict", false},  {"Certainty", false}, {"References", false}};
    for (const auto* c : claims) {
        table.rows.push_back({{c->name, {}, {}},
                              {std::string(to_string(c->category)), {}, {}},
                              {c->statement, {}, {}},
                              {std::string(to_string(c->verdict)), {}, {}},
                              {certainty_with_symbols(c->certainty), {}, {}},
                              {citation_marks(*c, refs), {}, {}}});
    }
    render_markdown_table(table, out);
    out += '\n';
}

void grading_paragraph(const claim& c, std::string& out) {
    out += fmt::format("**Why this certainty.** Started at {} ({}).", label_of(c.grading.start),
                       escape_markdown(c.grading.basis));
    if (c.grading.domains.empty()) {
        out += " Not rated down or up.";
    }
    for (const auto& d : c.grading.domains) {
        out += fmt::format(" Rated {} {} for {}: {}", d.change < 0 ? "down" : "up",
                           d.change < 0 ? -d.change : d.change, label_of(d.domain),
                           escape_markdown(sentence(d.reason)));
    }
    out += "\n\n";
}

void mechanism_section(const claim& c, reference_numbers& refs, std::string& out) {
    out += fmt::format("### {}\n\n", escape_markdown(c.name));
    out += fmt::format("**Claim.** {}\n\n", escape_markdown(sentence(c.statement)));
    out += fmt::format("**What the evidence shows.** {} {}\n\n",
                       escape_markdown(sentence(c.evidence)), citation_marks(c, refs));
    out += fmt::format("**Verdict:** {}. **Certainty:** {} {}.\n\n", label_of(c.verdict),
                       grade_symbols(c.certainty), label_of(c.certainty));
    grading_paragraph(c, out);
    for (const auto& caveat : c.caveats) {
        out += fmt::format("- {}\n", escape_markdown(sentence(caveat)));
    }
    if (!c.caveats.empty()) {
        out += '\n';
    }
}

void references_section(const reference_numbers& refs, std::string& out) {
    out += "## References\n\n";
    if (refs.in_order().empty()) {
        out += "No sources are cited.\n\n";
        return;
    }
    std::size_t n = 0;
    for (const auto* s : refs.in_order()) {
        out += fmt::format("{}. {}", ++n, escape_markdown(vancouver_citation(*s)));
        if (!s->doi.empty()) {
            out += fmt::format(" doi: [{}](https://doi.org/{}).", escape_markdown(s->doi),
                               url_encode(s->doi));
        }
        if (!s->pmid.empty()) {
            out += fmt::format(" PMID: [{}](https://pubmed.ncbi.nlm.nih.gov/{}/).",
                               escape_markdown(s->pmid), url_encode(s->pmid));
        }
        out += '\n';
    }
    out += '\n';
}

void closing_section(const dataset& data, const report_options& options, std::string& out) {
    out += "## Disclaimer\n\n";
    out += escape_markdown(data.info.disclaimer.empty() ? default_disclaimer
                                                        : std::string_view(data.info.disclaimer));
    out += "\n\n---\n\n";
    out += fmt::format("Generated by massage-evidence {} from dataset {} {} ({}, {}).\n",
                       escape_markdown(options.tool_version), escape_markdown(data.info.name),
                       escape_markdown(data.info.version), escape_markdown(data.info.license),
                       escape_markdown(data.info.grading_system));
}

} // namespace

std::string vancouver_citation(const source& s) {
    std::string out;
    std::string names;
    for (std::size_t i = 0; i < s.authors.size(); ++i) {
        if (i > 0) {
            names += ", ";
        }
        names += s.authors[i];
    }
    if (s.et_al && !names.empty()) {
        names += ", et al";
    }
    if (!s.group_author.empty()) {
        names += names.empty() ? s.group_author : "; " + s.group_author;
    }
    if (!names.empty()) {
        out += sentence(names) + ' ';
    }
    out += sentence(s.title);
    if (!s.journal.empty()) {
        out += ' ' + sentence(s.journal);
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

void render_report(const dataset& data, const report_options& options, std::string& out) {
    const auto claims = select_claims(data, claim_kind::mechanism, options.filter);
    reference_numbers refs(data);

    header_section(data, options, out);
    summary_section(claims, refs, out);
    if (!claims.empty()) {
        out += "## Findings by mechanism\n\n";
        for (const auto* c : claims) {
            mechanism_section(*c, refs, out);
        }
    }
    references_section(refs, out);
    closing_section(data, options, out);
}

} // namespace massage_evidence
