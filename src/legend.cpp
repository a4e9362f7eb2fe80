// The words of `explain`. The meanings are written for this tool, in plain clinical English; the
// verdict and patient wording come from plain_language.cpp so a reader meets one vocabulary in
// the listings, `show`, the report and here. The crosswalk to SORT and Oxford CEBM is stated as
// approximate, because the three scales grade different things.

#include "massage_evidence/legend.hpp"

#include "ascii_case.hpp"
#include "massage_evidence/vocabulary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace massage_evidence {
namespace {

using detail::capitalised;

std::string_view clinician_certainty(certainty level) noexcept {
    switch (level) {
    case certainty::high:
        return "The true effect is very probably close to what the studies found; new research "
               "is very unlikely to change the conclusion.";
    case certainty::moderate:
        return "The true effect is probably close to what the studies found, but it could be "
               "substantially different.";
    case certainty::low:
        return "The true effect may be substantially different from what the studies found.";
    case certainty::very_low:
        break;
    }
    return "Any estimate is very uncertain; the true effect is probably substantially "
           "different from it.";
}

std::string_view domain_meaning(grade_domain domain) noexcept {
    switch (domain) {
    case grade_domain::risk_of_bias:
        return "Flaws in how the studies were run, such as unconcealed allocation, no blinding "
               "of participants or assessors, or many participants lost, that can bias results.";
    case grade_domain::inconsistency:
        return "The studies disagree with each other more than chance would explain.";
    case grade_domain::indirectness:
        return "The studies answer a different question: other people, another treatment or "
               "comparison, or a surrogate outcome (blood flow, a hormone level) instead of pain "
               "or function.";
    case grade_domain::imprecision:
        return "Too few participants or events, or a confidence interval wide enough to include "
               "both a worthwhile effect and none.";
    case grade_domain::publication_bias:
        return "Studies with disappointing results are probably missing from the literature, "
               "for example when only small positive trials exist.";
    case grade_domain::large_effect:
        return "The effect is so large that bias alone is unlikely to explain it (used for "
               "observational evidence).";
    case grade_domain::dose_response:
        return "More of the treatment gives more of the effect.";
    case grade_domain::plausible_confounding:
        break;
    }
    return "Any remaining bias would have made the effect look smaller, so the real effect is "
           "probably at least as large.";
}

std::string_view kind_meaning(claim_kind kind) noexcept {
    switch (kind) {
    case claim_kind::mechanism:
        return "How massage is said to relieve pain, for example by increasing circulation or "
               "closing the pain gate. Listed by 'mechanisms'.";
    case claim_kind::condition:
        return "A clinical effect: whether massage relieves a painful condition, against a "
               "stated comparator and at a stated follow-up. Listed by 'conditions'.";
    case claim_kind::practice:
        break;
    }
    return "How to give massage: dose, technique or timing. Listed by 'techniques'.";
}

std::string_view category_meaning(category c) noexcept {
    switch (c) {
    case category::biomechanical:
        return "Mechanical effects on tissue, for example on stiffness, trigger points or "
               "adhesions.";
    case category::neurological:
        return "Effects on the nervous system, for example pressure signals gating pain in the "
               "spinal cord or changes in reflex excitability.";
    case category::physiological:
        return "Effects on body chemistry and circulation, for example blood flow, inflammation, "
               "hormones or the autonomic nervous system.";
    case category::psychological:
        break;
    }
    return "Effects through the mind and the setting of treatment, for example mood, anxiety, "
           "expectations and the therapist's attention and touch.";
}

std::string_view direction_meaning(direction d) noexcept {
    switch (d) {
    case direction::supports:
        return "The source's findings point the way the claim says.";
    case direction::contradicts:
        return "The source's findings point the other way.";
    case direction::mixed:
        return "Some findings point each way, or the effect appeared only in part.";
    case direction::no_effect:
        return "The source looked for the effect and found little or none.";
    case direction::theory:
        break;
    }
    return "The source proposes or explains the idea without testing it.";
}

std::string_view type_meaning(source_type t) noexcept {
    switch (t) {
    case source_type::guideline:
        return "A clinical practice guideline: a professional body's recommendations, graded "
               "from the evidence.";
    case source_type::cochrane_review:
        return "A systematic review carried out with Cochrane's methods.";
    case source_type::systematic_review:
        return "A review that searches for, appraises and often pools every study on a "
               "question.";
    case source_type::rct:
        return "A randomized controlled trial: participants are allocated to treatments by "
               "chance.";
    case source_type::crossover_trial:
        return "A trial in which each participant receives the treatments in turn, in random "
               "order.";
    case source_type::observational:
        return "A study that observes without assigning treatment, such as a cohort, "
               "case-control or reliability study.";
    case source_type::laboratory:
        return "An experiment in the laboratory, usually in healthy volunteers, measuring a "
               "surrogate such as blood flow or a blood marker.";
    case source_type::narrative_review:
        return "A review that summarises and interprets studies without a systematic search.";
    case source_type::theory:
        return "A paper or book that proposes a model or mechanism.";
    case source_type::modelling:
        return "A computational or mathematical model.";
    case source_type::evidence_map:
        break;
    }
    return "An overview of what research exists on a topic, without pooling results.";
}

// GRADE level, nearest SORT strength, nearest Oxford CEBM levels, typical evidence.
struct crosswalk_row {
    certainty level;
    std::string_view sort;
    std::string_view cebm;
    std::string_view typical;
};

constexpr std::array<crosswalk_row, 4> crosswalk{{
    {certainty::high, "A", "1",
     "Several well-run randomized trials, or their systematic review, that agree on outcomes "
     "that matter to patients."},
    {certainty::moderate, "A or B", "1 rated down, or 2",
     "Randomized trials with one important limitation, or unusually strong observational "
     "evidence."},
    {certainty::low, "B", "2 rated down, or 3",
     "Randomized trials with serious limitations, or controlled observational studies."},
    {certainty::very_low, "C", "4 or 5",
     "Case series, uncontrolled or laboratory studies, surrogate outcomes, expert opinion or "
     "theory."},
}};

template <class Enum, class Meaning>
std::vector<legend_entry> entries_of(Meaning meaning) {
    std::vector<legend_entry> out;
    out.reserve(vocabulary<Enum>::entries.size());
    for (const auto& entry : vocabulary<Enum>::entries) {
        out.push_back({std::string(entry.token),
                       std::string(entry.label),
                       std::string(meaning(entry.value)),
                       {},
                       {},
                       {}});
    }
    return out;
}

// Words a user may type for a whole section.
const std::vector<std::pair<std::string_view, std::string_view>>& section_aliases() {
    static const std::vector<std::pair<std::string_view, std::string_view>> aliases{
        {"certainty", "certainty"},   {"levels", "certainty"},
        {"level", "certainty"},       {"grade", "certainty"},
        {"domains", "domains"},       {"domain", "domains"},
        {"verdicts", "verdicts"},     {"verdict", "verdicts"},
        {"kinds", "kinds"},           {"kind", "kinds"},
        {"categories", "categories"}, {"category", "categories"},
        {"directions", "directions"}, {"direction", "directions"},
        {"types", "types"},           {"type", "types"},
        {"source-types", "types"},    {"crosswalk", "crosswalk"},
        {"sort", "crosswalk"},        {"cebm", "crosswalk"},
        {"oxford", "crosswalk"},      {"scales", "crosswalk"},
    };
    return aliases;
}

} // namespace

std::vector<legend_section> legend(audience reader) {
    std::vector<legend_section> out;
    const bool patient = reader == audience::patient;

    legend_section levels{
        "certainty",
        "GRADE certainty",
        "How sure we can be that the studies show the true effect. Evidence from randomized "
        "trials starts at high, evidence from observational or uncontrolled studies or from "
        "theory at low; the domains below move it down or up.",
        {},
        {}};
    for (const auto& entry : vocabulary<certainty>::entries) {
        const auto meaning =
            patient ? fmt::format("{}. {}", capitalised(confidence_phrase(entry.value)),
                                  certainty_meaning(entry.value))
                    : std::string(clinician_certainty(entry.value));
        levels.entries.push_back({std::string(entry.token),
                                  std::string(entry.label),
                                  meaning,
                                  std::string(grade_symbols(entry.value)),
                                  {},
                                  {}});
    }
    out.push_back(std::move(levels));

    out.push_back({"domains",
                   "GRADE domains",
                   "The reasons a body of evidence is rated down (the first five) or up (the "
                   "last three), by one or two levels each. 'show ID' gives the reason for every "
                   "rating of a claim.",
                   {},
                   entries_of<grade_domain>(domain_meaning)});

    legend_section verdicts{"verdicts",
                            "Verdicts",
                            "What the evidence says about a claim. The certainty says how far "
                            "to trust that verdict.",
                            {},
                            {}};
    for (const auto& entry : vocabulary<verdict>::entries) {
        const auto meaning = patient
                                 ? fmt::format("{}. {}", capitalised(verdict_in_words(entry.value)),
                                               verdict_meaning(entry.value))
                                 : std::string(verdict_meaning(entry.value));
        verdicts.entries.push_back(
            {std::string(entry.token), std::string(entry.label), meaning, {}, {}, {}});
    }
    out.push_back(std::move(verdicts));

    out.push_back({"kinds",
                   "Kinds of claim",
                   "The dataset holds three kinds of claim.",
                   {},
                   entries_of<claim_kind>(kind_meaning)});
    out.push_back({"categories",
                   "Mechanism categories",
                   "Mechanisms are grouped by the kind of effect they propose.",
                   {},
                   entries_of<category>(category_meaning)});
    out.push_back({"directions",
                   "Directions of a source",
                   "How one source bears on one claim, shown beside each source by 'show'.",
                   {},
                   entries_of<direction>(direction_meaning)});
    out.push_back({"types",
                   "Source types",
                   "The design of each source, as 'sources --type' filters them.",
                   {},
                   entries_of<source_type>(type_meaning)});

    legend_section scales{
        "crosswalk",
        "GRADE and other scales",
        "An approximate guide to two scales clinicians often meet: the SORT strength of "
        "recommendation (A, B, C) and the Oxford CEBM levels of evidence (1 to 5).",
        "The scales grade different things: GRADE rates how certain a body of evidence is for "
        "one outcome, SORT grades a recommendation and asks whether the outcomes matter to "
        "patients, and the Oxford levels rank study designs before appraisal. Read each row as "
        "neighbours, not equivalents. SORT counts evidence on surrogate outcomes (blood flow, "
        "hormone levels), on which most mechanism claims here rest, as disease-oriented: C, "
        "whatever its GRADE level.",
        {}};
    for (const auto& row : crosswalk) {
        scales.entries.push_back({std::string(to_string(row.level)),
                                  std::string(label_of(row.level)), std::string(row.typical),
                                  std::string(grade_symbols(row.level)), std::string(row.sort),
                                  std::string(row.cebm)});
    }
    out.push_back(std::move(scales));
    return out;
}

std::optional<std::vector<legend_section>>
lookup_legend(const std::vector<legend_section>& sections, std::string_view term) {
    const auto wanted = detail::fold_token(term);
    for (const auto& [alias, name] : section_aliases()) {
        if (detail::fold_token(alias) != wanted) {
            continue;
        }
        for (const auto& section : sections) {
            if (section.name == name) {
                return std::vector<legend_section>{section};
            }
        }
    }
    std::vector<legend_section> found;
    for (const auto& section : sections) {
        // The crosswalk repeats the certainty levels; a level asked for by name is answered by
        // the certainty section alone.
        if (section.name == "crosswalk") {
            continue;
        }
        legend_section part = section;
        part.entries.clear();
        part.note.clear();
        for (const auto& entry : section.entries) {
            if (detail::fold_token(entry.term) == wanted ||
                detail::fold_token(entry.label) == wanted) {
                part.entries.push_back(entry);
            }
        }
        if (!part.entries.empty()) {
            found.push_back(std::move(part));
        }
    }
    if (found.empty()) {
        return std::nullopt;
    }
    return found;
}

std::vector<std::string> legend_terms(const std::vector<legend_section>& sections) {
    std::vector<std::string> out;
    for (const auto& [alias, name] : section_aliases()) {
        out.emplace_back(alias);
    }
    for (const auto& section : sections) {
        for (const auto& entry : section.entries) {
            if (std::find(out.begin(), out.end(), entry.term) == out.end()) {
                out.push_back(entry.term);
            }
        }
    }
    return out;
}

} // namespace massage_evidence
