// What `show` says about one claim or one source, built as a sheet (see sheet.hpp) and printed
// in the format asked for. The clinician's sheet uses GRADE's terms; the patient's uses the
// shared plain-language wording, so it reads the same as the report for patients.

#include "massage_evidence/show.hpp"

#include "ascii_case.hpp"
#include "massage_evidence/cite.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "render/sheet.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>

namespace massage_evidence {
namespace {

using detail::capitalised;

std::string as_sentence(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != '!') {
        out += '.';
    }
    return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += separator;
        }
        out += item;
    }
    return out;
}

// "circulation · mechanism · physiological", with the comparator and follow-up of a clinical
// effect: the facts that tell this claim apart from its neighbours.
std::string claim_subtitle(const claim& c) {
    std::string kind(label_of(c.kind));
    if (!kind.empty()) {
        kind.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(kind.front())));
    }
    std::vector<std::string> parts{c.id, kind};
    switch (c.kind) {
    case claim_kind::mechanism:
        parts.emplace_back(to_string(c.category));
        break;
    case claim_kind::condition:
        parts.emplace_back(to_string(c.condition));
        if (!c.population.empty()) {
            parts.push_back(c.population);
        }
        parts.push_back(fmt::format("vs {}", to_string(c.comparator)));
        parts.emplace_back(to_string(c.follow_up));
        break;
    case claim_kind::practice:
        parts.emplace_back(to_string(c.topic));
        break;
    }
    return joined(parts, " · ");
}

std::string size_of_evidence(const claim& c) {
    std::vector<std::string> parts;
    if (c.studies) {
        parts.push_back(fmt::format("{} stud{}", *c.studies, *c.studies == 1 ? "y" : "ies"));
    }
    if (c.participants) {
        parts.push_back(
            fmt::format("{} participant{}", *c.participants, *c.participants == 1 ? "" : "s"));
    }
    return joined(parts, ", ");
}

detail::sheet_section grading_section(const claim& c) {
    detail::sheet_section section{"Why this certainty", detail::section_shape::bullets, {}};
    section.entries.push_back(
        {fmt::format("Started at {}: {}", to_string(c.grading.start), as_sentence(c.grading.basis)),
         {},
         {},
         {}});
    if (c.grading.domains.empty()) {
        section.entries.push_back({"Not rated down or up.", {}, {}, {}});
    }
    for (const auto& d : c.grading.domains) {
        section.entries.push_back(
            {fmt::format("Rated {} {} for {}: {}", d.change < 0 ? "down" : "up", std::abs(d.change),
                         to_string(d.domain), as_sentence(d.reason)),
             {},
             {},
             {}});
    }
    if (!c.grading.notes.empty()) {
        section.entries.push_back({"Note: " + as_sentence(c.grading.notes), {}, {}, {}});
    }
    return section;
}

detail::sheet_section sources_section(const dataset& data, const claim& c) {
    detail::sheet_section section{
        fmt::format("Sources ({})", c.sources.size()), detail::section_shape::numbered, {}};
    for (const auto& r : c.sources) {
        const auto* s = data.find_source(r.ref);
        detail::sheet_entry entry;
        entry.text = s ? fmt::format("{} ({}, {}): {}", r.ref, to_string(s->type),
                                     to_string(r.direction), r.finding)
                       : fmt::format("{} ({}): {}", r.ref, to_string(r.direction), r.finding);
        if (s) {
            entry.more.push_back(vancouver_reference(*s));
        }
        section.entries.push_back(std::move(entry));
    }
    return section;
}

detail::sheet clinician_sheet(const dataset& data, const claim& c) {
    using detail::section_shape;
    detail::sheet page{c.name, claim_subtitle(c), {}};
    page.sections.push_back({"Claim", section_shape::paragraphs, {{c.statement, {}, {}, {}}}});
    if (c.kind == claim_kind::condition && (!c.effect.empty() || c.studies || c.participants)) {
        detail::sheet_section effect{"Effect", section_shape::paragraphs, {}};
        if (!c.effect.empty()) {
            effect.entries.push_back({c.effect, {}, {}, {}});
        }
        if (const auto size = size_of_evidence(c); !size.empty()) {
            effect.entries.push_back({size, {}, {}, {}});
        }
        page.sections.push_back(std::move(effect));
    }
    page.sections.push_back(
        {"What the evidence shows", section_shape::paragraphs, {{c.evidence, {}, {}, {}}}});
    page.sections.push_back(
        {"Verdict",
         section_shape::paragraphs,
         {{fmt::format("{}: {}", to_string(c.verdict), verdict_meaning(c.verdict)),
           {},
           {},
           c.verdict}}});
    page.sections.push_back({"Certainty",
                             section_shape::paragraphs,
                             {{certainty_with_symbols(c.certainty), {}, c.certainty, {}}}});
    page.sections.push_back(grading_section(c));
    page.sections.push_back(sources_section(data, c));
    if (!c.caveats.empty()) {
        detail::sheet_section caveats{"Caveats", section_shape::bullets, {}};
        for (const auto& caveat : c.caveats) {
            caveats.entries.push_back({as_sentence(caveat), {}, {}, {}});
        }
        page.sections.push_back(std::move(caveats));
    }
    if (!c.steps.empty()) {
        detail::sheet_section chain{
            "The explanation as people tell it", section_shape::numbered, {}};
        for (const auto& step : c.steps) {
            detail::sheet_entry entry{as_sentence(step.text), {}, {}, {}};
            if (const auto* graded = data.find_claim(step.claim_id)) {
                entry.more.push_back(fmt::format("{}: {}, {}", graded->id,
                                                 to_string(graded->verdict),
                                                 to_string(graded->certainty)));
            }
            chain.entries.push_back(std::move(entry));
        }
        page.sections.push_back(std::move(chain));
    }
    if (c.kind == claim_kind::mechanism && !c.explains.empty()) {
        page.sections.push_back({"Said to explain relief in",
                                 section_shape::paragraphs,
                                 {{joined(c.explains, ", "), {}, {}, {}}}});
    }
    page.sections.push_back(
        {"In plain words", section_shape::paragraphs, {{c.plain_language, {}, {}, {}}}});
    return page;
}

detail::sheet patient_sheet(const claim& c) {
    using detail::section_shape;
    detail::sheet page{c.name, c.id, {}};
    page.sections.push_back(
        {"What people say", section_shape::paragraphs, {{c.statement, {}, {}, {}}}});
    page.sections.push_back({"What research says",
                             section_shape::paragraphs,
                             {{fmt::format("{}. {}", capitalised(verdict_in_words(c.verdict)),
                                           informative_statement(c.verdict, c.certainty)),
                               {},
                               {},
                               c.verdict}}});
    page.sections.push_back({"How sure we are",
                             section_shape::paragraphs,
                             {{fmt::format("{}. {}", capitalised(confidence_phrase(c.certainty)),
                                           certainty_meaning(c.certainty)),
                               {},
                               c.certainty,
                               {}}}});
    page.sections.push_back(
        {"In plain words", section_shape::paragraphs, {{c.plain_language, {}, {}, {}}}});
    if (!c.caveats.empty()) {
        detail::sheet_section caveats{"Good to know", section_shape::bullets, {}};
        for (const auto& caveat : c.caveats) {
            caveats.entries.push_back({as_sentence(caveat), {}, {}, {}});
        }
        page.sections.push_back(std::move(caveats));
    }
    page.sections.push_back(
        {"Where this comes from",
         section_shape::paragraphs,
         {{fmt::format("{} source{}; 'massage-evidence cite {}' lists them.", c.sources.size(),
                       c.sources.size() == 1 ? "" : "s", c.id),
           {},
           {},
           {}}}});
    return page;
}

detail::sheet claim_sheet(const dataset& data, const claim& c, audience reader) {
    return reader == audience::patient ? patient_sheet(c) : clinician_sheet(data, c);
}

detail::sheet source_sheet(const dataset& data, const source& s) {
    using detail::section_shape;
    detail::sheet page{s.title, fmt::format("{} · {}", s.id, label_of(s.type)), {}};
    page.sections.push_back(
        {"Reference", section_shape::paragraphs, {{vancouver_reference(s), {}, {}, {}}}});
    const auto add = [&page](std::string_view heading, const std::string& text) {
        if (!text.empty()) {
            page.sections.push_back(
                {std::string(heading), section_shape::paragraphs, {{text, {}, {}, {}}}});
        }
    };
    add("Sample", s.n);
    add("Funding", s.funding);
    add("Notes", s.notes);
    const auto citing = claims_citing(data, s.id);
    detail::sheet_section cited{
        fmt::format("Cited by ({})", citing.size()), section_shape::numbered, {}};
    for (const auto& [by, reference] : citing) {
        cited.entries.push_back({fmt::format("{} ({}): {}", by->id, to_string(reference->direction),
                                             reference->finding),
                                 {by->name},
                                 {},
                                 {}});
    }
    page.sections.push_back(std::move(cited));
    return page;
}

} // namespace

void render_claim_page(const dataset& data, const claim& c, audience reader,
                       const terminal_options& options, std::string& out) {
    detail::render_sheet_text(claim_sheet(data, c, reader), options, out);
}

void render_claim_markdown(const dataset& data, const claim& c, audience reader, std::string& out) {
    detail::render_sheet_markdown(claim_sheet(data, c, reader), out);
}

listing claim_detail_listing(const dataset& data, const claim& c, audience reader) {
    return detail::sheet_listing(claim_sheet(data, c, reader));
}

void render_source_page(const dataset& data, const source& s, const terminal_options& options,
                        std::string& out) {
    detail::render_sheet_text(source_sheet(data, s), options, out);
}

void render_source_markdown(const dataset& data, const source& s, std::string& out) {
    detail::render_sheet_markdown(source_sheet(data, s), out);
}

listing source_detail_listing(const dataset& data, const source& s) {
    return detail::sheet_listing(source_sheet(data, s));
}

} // namespace massage_evidence
