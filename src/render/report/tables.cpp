// The summary-of-findings tables, one per kind of claim, in the spirit of a Cochrane summary of
// findings: what was claimed, what the evidence shows, how certain it is, and where it comes
// from. Clinicians get verdicts and GRADE symbols with words; patients get GRADE's informative
// statements and plain confidence words. Cells go through render_markdown_table, which escapes
// every data string.

#include "render/report/markdown_text.hpp"
#include "render/report/sections.hpp"

#include "massage_evidence/render.hpp"

#include <fmt/format.h>

namespace massage_evidence::detail {
namespace {

cell text_cell(std::string text) {
    return {std::move(text), {}, {}};
}

// Cochrane's "No of participants (studies)", written studies first as the header says.
std::string studies_cell(const claim& c) {
    if (c.studies && c.participants) {
        return fmt::format("{} ({})", *c.studies, *c.participants);
    }
    if (c.studies) {
        return std::to_string(*c.studies);
    }
    if (c.participants) {
        return fmt::format("— ({})", *c.participants);
    }
    return "—";
}

std::string plain_statement(const claim& c) {
    return std::string(informative_statement(c.verdict, c.certainty));
}

void table_or_nothing(const listing& table, std::string_view nothing, std::string& out) {
    if (table.rows.empty()) {
        out += fmt::format("{}\n\n", nothing);
        return;
    }
    render_markdown_table(table, out, true);
    out += '\n';
}

} // namespace

void mechanism_table_section(const report_context& ctx, std::string& out) {
    listing table;
    if (ctx.for_patients()) {
        out += "## How massage is said to work\n\n";
        table.columns = {{"Explanation", true},
                         {"What people say", true},
                         {"What research shows", true},
                         {"How sure we are", false},
                         {"Sources", false}};
        for (const auto* c : ctx.claims.mechanisms) {
            table.rows.push_back({text_cell(c->name), text_cell(c->statement),
                                  text_cell(plain_statement(*c)),
                                  text_cell(certainty_for(ctx, c->certainty)),
                                  text_cell(citation_marks(*c, ctx.citations))});
        }
    } else {
        out += "## Summary of findings: mechanisms\n\n";
        table.columns = {{"Mechanism", true}, {"Category", false},  {"Claim", true},
                         {"Verdict", false},  {"Certainty", false}, {"Sources", false}};
        for (const auto* c : ctx.claims.mechanisms) {
            table.rows.push_back({text_cell(c->name), text_cell(std::string(label_of(c->category))),
                                  text_cell(c->statement),
                                  text_cell(std::string(label_of(c->verdict))),
                                  text_cell(certainty_for(ctx, c->certainty)),
                                  text_cell(citation_marks(*c, ctx.citations))});
        }
    }
    table_or_nothing(table, "No mechanism matches the filters.", out);
}

void condition_table_section(const report_context& ctx, std::string& out) {
    listing table;
    if (ctx.for_patients()) {
        out += "## What massage does for different kinds of pain\n\n";
        // The statement, not the name: "What research shows" answers it ("This may be true.").
        table.columns = {
            {"Condition", false}, {"What people say", true},     {"Compared with", false},
            {"When", false},      {"What research shows", true}, {"How sure we are", false},
            {"Sources", false}};
        for (const auto* c : ctx.claims.conditions) {
            table.rows.push_back(
                {text_cell(std::string(label_of(c->condition))), text_cell(c->statement),
                 text_cell(capitalized(comparator_in_words(c->comparator))),
                 text_cell(capitalized(follow_up_in_words(c->follow_up))),
                 text_cell(plain_statement(*c)), text_cell(certainty_for(ctx, c->certainty)),
                 text_cell(citation_marks(*c, ctx.citations))});
        }
    } else {
        out += "## Summary of findings: clinical effects by condition\n\n";
        // Comparator and follow-up share a column so the effect, the longest text, keeps room.
        table.columns = {{"Condition", false},
                         {"Clinical effect", true},
                         {"Comparison", false},
                         {"Effect", true},
                         {"Verdict", false},
                         {"Certainty", false},
                         {"Studies (participants)", false},
                         {"Sources", false}};
        for (const auto* c : ctx.claims.conditions) {
            table.rows.push_back(
                {text_cell(std::string(label_of(c->condition))), text_cell(c->name),
                 text_cell(fmt::format("{}, {}", label_of(c->comparator),
                                       lowercase_first(label_of(c->follow_up)))),
                 text_cell(c->effect.empty() ? "—" : c->effect),
                 text_cell(std::string(label_of(c->verdict))),
                 text_cell(certainty_for(ctx, c->certainty)), text_cell(studies_cell(*c)),
                 text_cell(citation_marks(*c, ctx.citations))});
        }
    }
    table_or_nothing(table, "No clinical effect matches the filters.", out);
    if (!table.rows.empty() && !ctx.for_patients()) {
        out += "Studies (participants): the number of studies and participants behind the "
               "estimate where the data records them; — where it does not.\n\n";
    }
}

void practice_table_section(const report_context& ctx, std::string& out) {
    listing table;
    if (ctx.for_patients()) {
        out += "## How much massage, and what kind\n\n";
        table.columns = {{"Topic", false},
                         {"What people say", true},
                         {"What research shows", true},
                         {"How sure we are", false},
                         {"Sources", false}};
        for (const auto* c : ctx.claims.practices) {
            table.rows.push_back({text_cell(std::string(label_of(c->topic))),
                                  text_cell(c->statement), text_cell(plain_statement(*c)),
                                  text_cell(certainty_for(ctx, c->certainty)),
                                  text_cell(citation_marks(*c, ctx.citations))});
        }
    } else {
        out += "## Summary of findings: practice\n\n";
        table.columns = {{"Topic", false},   {"Practice", true},   {"Claim", true},
                         {"Verdict", false}, {"Certainty", false}, {"Sources", false}};
        for (const auto* c : ctx.claims.practices) {
            table.rows.push_back({text_cell(std::string(label_of(c->topic))), text_cell(c->name),
                                  text_cell(c->statement),
                                  text_cell(std::string(label_of(c->verdict))),
                                  text_cell(certainty_for(ctx, c->certainty)),
                                  text_cell(citation_marks(*c, ctx.citations))});
        }
    }
    table_or_nothing(table, "No practice claim matches the filters.", out);
}

} // namespace massage_evidence::detail
