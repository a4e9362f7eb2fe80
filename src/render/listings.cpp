// The rows and columns of the listing commands, shared by the table, Markdown and CSV printers,
// so the three always agree on what a listing contains.

#include "massage_evidence/render.hpp"

#include "massage_evidence/vocabulary.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

cell certainty_cell(certainty level, bool symbols) {
    return {symbols ? certainty_with_symbols(level) : std::string(to_string(level)), level, {}};
}

cell verdict_cell(verdict v) {
    return {std::string(to_string(v)), {}, v};
}

} // namespace

std::string certainty_with_symbols(certainty level) {
    return fmt::format("{} {}", grade_symbols(level), to_string(level));
}

listing mechanism_listing(const std::vector<const claim*>& claims, bool symbols) {
    listing out;
    out.columns = {{"Mechanism", true}, {"Category", false},  {"Claim", true},
                   {"Verdict", false},  {"Certainty", false}, {"Sources", false}};
    for (const auto* c : claims) {
        out.rows.push_back({
            {c->name, {}, {}},
            {std::string(to_string(c->category)), {}, {}},
            {c->statement, {}, {}},
            verdict_cell(c->verdict),
            certainty_cell(c->certainty, symbols),
            {std::to_string(c->sources.size()), {}, {}},
        });
    }
    return out;
}

listing condition_listing(const std::vector<const claim*>& claims, bool symbols) {
    listing out;
    out.columns = {{"Condition", true},  {"Population", true}, {"Comparator", false},
                   {"Follow-up", false}, {"Effect", true},     {"Verdict", false},
                   {"Certainty", false}, {"Sources", false}};
    for (const auto* c : claims) {
        out.rows.push_back({
            {std::string(to_string(c->condition)), {}, {}},
            {c->population.empty() ? std::string("all") : c->population, {}, {}},
            {std::string(to_string(c->comparator)), {}, {}},
            {std::string(to_string(c->follow_up)), {}, {}},
            {c->effect.empty() ? c->statement : c->effect, {}, {}},
            verdict_cell(c->verdict),
            certainty_cell(c->certainty, symbols),
            {std::to_string(c->sources.size()), {}, {}},
        });
    }
    return out;
}

} // namespace massage_evidence
