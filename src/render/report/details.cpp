// A section per claim: the claim, what the evidence shows, the verdict and certainty with the
// reasons it was rated down or up, each source with its direction, and the caveats. Clinical
// effects are grouped under their condition, with the mechanisms said to explain relief there.
// Claims the evidence contradicts or does not support carry a GitHub warning alert; very low
// certainty a note. Patients get the same structure in plain words, without GRADE's terms.

#include "render/report/markdown_text.hpp"
#include "render/report/sections.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace massage_evidence::detail {
namespace {

// "Shoemaker et al., 1997": who and when, beside the number, so a reader can place a source
// without turning to the list.
std::string short_source(const source& s) {
    std::string who;
    // Authors are "Surname Initials" (Vancouver), and a surname may have spaces ("van Dieën").
    const auto surname = [](const std::string& author) {
        const auto space = author.rfind(' ');
        if (space == std::string::npos) {
            return author;
        }
        const auto initials = std::string_view(author).substr(space + 1);
        const bool all_caps = std::all_of(initials.begin(), initials.end(),
                                          [](char c) { return c >= 'A' && c <= 'Z'; });
        return all_caps ? author.substr(0, space) : author;
    };
    if (!s.authors.empty()) {
        who = surname(s.authors[0]);
        if (s.et_al || s.authors.size() > 2) {
            who += " et al.";
        } else if (s.authors.size() == 2) {
            who += " and " + surname(s.authors[1]);
        }
    } else if (!s.group_author.empty()) {
        who = s.group_author;
    } else if (!s.journal.empty()) {
        who = s.journal; // authors unverified, so left out of the data
    } else if (!s.publisher.empty()) {
        who = s.publisher;
    } else {
        who = s.title;
    }
    return s.year ? fmt::format("{}, {}", who, *s.year) : who;
}

void alerts(const report_context& ctx, const claim& c, std::string& out) {
    // GitHub alerts: the marker alone on the first line of a blockquote. A blank line between
    // two alerts keeps them two blockquotes.
    if (c.verdict == verdict::contradicted || c.verdict == verdict::not_supported) {
        out += fmt::format("> [!WARNING]\n> **{}.** {}\n\n", verdict_for(ctx, c.verdict),
                           verdict_meaning(c.verdict));
    }
    if (c.certainty == certainty::very_low) {
        // Not certainty_meaning: the body says that already, the note says what it implies.
        out += ctx.for_patients()
                   ? "> [!NOTE]\n> **The evidence is very uncertain.** The true answer may well "
                     "be different from what is described here.\n\n"
                   : "> [!NOTE]\n> **Very low certainty.** The true effect may be substantially "
                     "different from what is described here.\n\n";
    }
}

void grading_paragraph(const claim& c, std::string& out) {
    out += fmt::format("**Why this certainty.** Started at {}: {}\n",
                       lowercase_first(label_of(c.grading.start)),
                       inline_text(sentence(c.grading.basis)));
    if (c.grading.domains.empty()) {
        out += "Not rated down or up.\n\n";
        return;
    }
    out += '\n';
    for (const auto& d : c.grading.domains) {
        const auto levels = static_cast<std::size_t>(d.change < 0 ? -d.change : d.change);
        out += fmt::format("- Rated {} {} for {}: {}\n", d.change < 0 ? "down" : "up",
                           levels == 1 ? "one level" : number_in_words(levels) + " levels",
                           lowercase_first(label_of(d.domain)), inline_text(sentence(d.reason)));
    }
    out += '\n';
}

void sources_list(const report_context& ctx, const claim& c, std::string& out) {
    out += "**Sources.**\n\n";
    for (const auto& r : c.sources) {
        const auto* s = ctx.data.find_source(r.ref);
        if (s == nullptr) {
            continue;
        }
        out += fmt::format("- **{}** {} ({}): {}\n", label_of(r.direction),
                           inline_text(citation_mark(r.ref, ctx.citations)),
                           inline_text(short_source(*s)), inline_text(sentence(r.finding)));
    }
    out += '\n';
}

void caveats_list(const report_context& ctx, const claim& c, std::string& out) {
    if (c.caveats.empty()) {
        return;
    }
    out += ctx.for_patients() ? "**Keep in mind.**\n\n" : "**Caveats.**\n\n";
    for (const auto& caveat : c.caveats) {
        out += fmt::format("- {}\n", block_text(sentence(caveat)));
    }
    out += '\n';
}

// What the evidence shows and how sure we are; the facts around it (category, comparator,
// population) come from the caller because they differ by kind.
void clinician_body(const report_context& ctx, const claim& c, std::string_view facts,
                    std::string& out) {
    out += fmt::format("**Claim.** {}\n\n", inline_text(sentence(c.statement)));
    if (c.kind == claim_kind::condition && !c.effect.empty()) {
        out += fmt::format("**Effect.** {}\n\n", inline_text(sentence(c.effect)));
    }
    out += fmt::format("**What the evidence shows.** {} {}\n\n", inline_text(sentence(c.evidence)),
                       inline_text(citation_marks(c, ctx.citations)));
    out += fmt::format("**Verdict:** {}. **Certainty:** {}.{}\n\n", label_of(c.verdict),
                       certainty_for(ctx, c.certainty), facts);
    grading_paragraph(c, out);
    sources_list(ctx, c, out);
    caveats_list(ctx, c, out);
}

void patient_body(const report_context& ctx, const claim& c, std::string& out) {
    out += fmt::format("**What people say.** {}\n\n", inline_text(sentence(c.statement)));
    out += fmt::format(
        "**What research shows.** {} {} {}\n\n", informative_statement(c.verdict, c.certainty),
        inline_text(sentence(c.plain_language)), inline_text(citation_marks(c, ctx.citations)));
    out += fmt::format("**How sure we are.** {}. {}\n\n", certainty_for(ctx, c.certainty),
                       certainty_meaning(c.certainty));
    caveats_list(ctx, c, out);
}

std::string explained_conditions(const claim& c) {
    std::vector<std::string> labels;
    for (const auto& id : c.explains) {
        labels.push_back(inline_text(condition_label(id)));
    }
    return joined_with_semicolons(labels);
}

void mechanism_details(const report_context& ctx, const claim& c, std::string& out) {
    out += fmt::format("### {}\n\n", inline_text(c.name));
    alerts(ctx, c, out);
    if (ctx.for_patients()) {
        patient_body(ctx, c, out);
        return;
    }
    std::string facts = fmt::format(" **Category:** {}.", label_of(c.category));
    if (!c.explains.empty()) {
        facts += fmt::format(" **Said to explain relief in:** {}.", explained_conditions(c));
    }
    clinician_body(ctx, c, facts, out);
}

void condition_claim_details(const report_context& ctx, const claim& c, std::string& out) {
    out += fmt::format("#### {}\n\n", inline_text(c.name));
    alerts(ctx, c, out);
    if (ctx.for_patients()) {
        out += fmt::format("**What was tested.** Massage compared with {}, measured {}.\n\n",
                           comparator_in_words(c.comparator), follow_up_in_words(c.follow_up));
        patient_body(ctx, c, out);
        return;
    }
    std::string facts;
    if (!c.population.empty()) {
        facts += fmt::format(" **Population:** {}.", inline_text(c.population));
    }
    facts += fmt::format(" **Comparator:** {}. **Follow-up:** {}.", label_of(c.comparator),
                         label_of(c.follow_up));
    if (c.studies || c.participants) {
        std::vector<std::string> size;
        if (c.studies) {
            size.push_back(count_of(static_cast<std::size_t>(*c.studies), "study", "studies"));
        }
        if (c.participants) {
            size.push_back(
                count_of(static_cast<std::size_t>(*c.participants), "participant", "participants"));
        }
        facts += fmt::format(" **Evidence base:** {}.", joined_with_semicolons(size));
    }
    clinician_body(ctx, c, facts, out);
}

// The selected mechanisms said to explain relief in `which`, as "Name (verdict, certainty)".
std::string mechanisms_for(const report_context& ctx, condition which) {
    std::vector<std::string> named;
    for (const auto* m : ctx.claims.mechanisms) {
        if (std::find(m->explains.begin(), m->explains.end(), to_string(which)) ==
            m->explains.end()) {
            continue;
        }
        named.push_back(fmt::format(
            "{} ({}, {})", inline_text(m->name), lowercase_first(verdict_for(ctx, m->verdict)),
            ctx.for_patients() ? confidence_phrase(m->certainty)
                               : lowercase_first(label_of(m->certainty)) + " certainty"));
    }
    return joined_with_semicolons(named);
}

void condition_details(const report_context& ctx, std::string& out) {
    const auto& claims = ctx.claims.conditions;
    for (std::size_t i = 0; i < claims.size();) {
        const auto which = claims[i]->condition;
        out += fmt::format("### {}\n\n", label_of(which));
        if (const auto mechanisms = mechanisms_for(ctx, which); !mechanisms.empty()) {
            out += fmt::format("{} {}.\n\n",
                               ctx.for_patients() ? "**Explanations offered for relief.**"
                                                  : "**Mechanisms said to explain relief.**",
                               mechanisms);
        }
        for (; i < claims.size() && claims[i]->condition == which; ++i) {
            condition_claim_details(ctx, *claims[i], out);
        }
    }
}

void practice_details(const report_context& ctx, const claim& c, std::string& out) {
    out += fmt::format("### {}\n\n", inline_text(c.name));
    alerts(ctx, c, out);
    if (ctx.for_patients()) {
        patient_body(ctx, c, out);
        return;
    }
    clinician_body(ctx, c, fmt::format(" **Topic:** {}.", label_of(c.topic)), out);
}

} // namespace

void details_section(const report_context& ctx, std::string& out) {
    const bool patients = ctx.for_patients();
    const auto& claims = ctx.claims;
    if (claims.mechanisms.empty() && claims.conditions.empty() && claims.practices.empty()) {
        out += "## The evidence claim by claim\n\nNo claim matches the filters.\n\n";
        return;
    }
    if (!claims.mechanisms.empty()) {
        out += patients ? "## More about each explanation\n\n" : "## Mechanisms in detail\n\n";
        for (const auto* c : claims.mechanisms) {
            mechanism_details(ctx, *c, out);
        }
    }
    if (!claims.conditions.empty()) {
        out +=
            patients ? "## More about each kind of pain\n\n" : "## Clinical effects in detail\n\n";
        condition_details(ctx, out);
    }
    if (!claims.practices.empty()) {
        out += patients ? "## More about how much massage, and what kind\n\n"
                        : "## Practice in detail\n\n";
        for (const auto* c : claims.practices) {
            practice_details(ctx, *c, out);
        }
    }
}

} // namespace massage_evidence::detail
