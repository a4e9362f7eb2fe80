// "How to read this": what the certainty levels and verdicts mean, and what the flags and
// bracketed numbers are. The meanings come from plain_language.hpp, so the report and the
// display commands explain the scale in the same words. Nothing here comes from the data.

#include "render/report/markdown_text.hpp"
#include "render/report/sections.hpp"

#include "massage_evidence/render.hpp"

#include <fmt/format.h>

namespace massage_evidence::detail {
namespace {

void clinician_legend(const report_context& ctx, std::string& out) {
    out += "**Certainty of the evidence (GRADE)** says how confident we can be in a finding. "
           "Each grade starts from the design of the studies (randomized trials start high; "
           "observational, laboratory or theory-only evidence starts low). It is rated down for "
           "risk of bias, inconsistency, indirectness, imprecision or publication bias, and up "
           "for a large effect, a dose-response gradient or plausible confounding; each claim "
           "gives its reasons.\n\n";
    listing levels;
    levels.columns = {{"Certainty", false}, {"Confidence", false}, {"What it means", true}};
    for (const auto& entry : vocabulary<certainty>::entries) {
        levels.rows.push_back({{certainty_for(ctx, entry.value), {}, {}},
                               {capitalized(confidence_phrase(entry.value)), {}, {}},
                               {std::string(certainty_meaning(entry.value)), {}, {}}});
    }
    render_markdown_table(levels, out, true);
    out += "\n**Verdicts** say what the evidence shows about each claim.\n\n";
    listing verdicts;
    verdicts.columns = {{"Verdict", false}, {"What it means", true}};
    for (const auto& entry : vocabulary<verdict>::entries) {
        verdicts.rows.push_back({{std::string(entry.label), {}, {}},
                                 {std::string(verdict_meaning(entry.value)), {}, {}}});
    }
    render_markdown_table(verdicts, out, true);
    out += "\nA **warning** box marks a claim the evidence contradicts or does not support; a "
           "**note** marks a finding of very low certainty. Each source is listed with its "
           "direction for the claim: it supports it, contradicts it, is mixed, found no effect, "
           "or offers theory only. Numbers in square brackets point to the numbered references "
           "at the end.\n\n";
}

void patient_legend(const report_context& ctx, std::string& out) {
    out += "For each claim we say what research shows and how sure we can be. The wording "
           "tells you how sure: a plain statement when we are very sure, \"probably\" when we "
           "are fairly sure, \"may\" when we are not very sure, and \"it is uncertain whether\" "
           "when the evidence is very uncertain.\n\n";
    listing levels;
    levels.columns = {{"How sure we are", false}, {"What it means", true}};
    for (const auto& entry : vocabulary<certainty>::entries) {
        levels.rows.push_back({{certainty_for(ctx, entry.value), {}, {}},
                               {std::string(certainty_meaning(entry.value)), {}, {}}});
    }
    render_markdown_table(levels, out, true);
    out += '\n';
    listing verdicts;
    verdicts.columns = {{"What research shows", false}, {"What it means", true}};
    for (const auto& entry : vocabulary<verdict>::entries) {
        verdicts.rows.push_back({{verdict_for(ctx, entry.value), {}, {}},
                                 {std::string(verdict_meaning(entry.value)), {}, {}}});
    }
    render_markdown_table(verdicts, out, true);
    out += "\nA **warning** box marks a claim that research does not back or points against; a "
           "**note** marks a finding we are very unsure about. Numbers in square brackets point "
           "to the list of research at the end.\n\n";
}

} // namespace

void how_to_read_section(const report_context& ctx, std::string& out) {
    out += "## How to read this\n\n";
    if (ctx.for_patients()) {
        patient_legend(ctx, out);
    } else {
        clinician_legend(ctx, out);
    }
}

} // namespace massage_evidence::detail
