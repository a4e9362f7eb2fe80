// The rows and columns of the listing commands, shared by the table, Markdown and CSV printers,
// so the three always agree on what a listing contains.

#include "massage_evidence/render.hpp"

#include "massage_evidence/cite.hpp"
#include "massage_evidence/plain_language.hpp"
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

listing practice_listing(const std::vector<const claim*>& claims, bool symbols) {
    listing out;
    out.columns = {{"Practice", true}, {"Topic", false},     {"Claim", true},
                   {"Verdict", false}, {"Certainty", false}, {"Sources", false}};
    for (const auto* c : claims) {
        out.rows.push_back({
            {c->name, {}, {}},
            {std::string(to_string(c->topic)), {}, {}},
            {c->statement, {}, {}},
            verdict_cell(c->verdict),
            certainty_cell(c->certainty, symbols),
            {std::to_string(c->sources.size()), {}, {}},
        });
    }
    return out;
}

listing claim_listing(const std::vector<const claim*>& claims, bool symbols) {
    listing out;
    out.columns = {{"ID", false},      {"Kind", false},      {"Name", true},
                   {"Verdict", false}, {"Certainty", false}, {"Sources", false}};
    for (const auto* c : claims) {
        out.rows.push_back({
            {c->id, {}, {}},
            {std::string(to_string(c->kind)), {}, {}},
            {c->name, {}, {}},
            verdict_cell(c->verdict),
            certainty_cell(c->certainty, symbols),
            {std::to_string(c->sources.size()), {}, {}},
        });
    }
    return out;
}

listing patient_listing(const std::vector<const claim*>& claims) {
    listing out;
    out.columns = {{"ID", false},
                   {"Name", true},
                   {"In plain words", true},
                   {"What research says", true},
                   {"How sure we are", true}};
    for (const auto* c : claims) {
        out.rows.push_back({
            {c->id, {}, {}},
            {c->name, {}, {}},
            {c->plain_language, {}, {}},
            {std::string(verdict_in_words(c->verdict)), {}, c->verdict},
            {std::string(confidence_phrase(c->certainty)), c->certainty, {}},
        });
    }
    return out;
}

listing source_listing(const dataset& data, const std::vector<const source*>& sources) {
    listing out;
    out.columns = {
        {"ID", false}, {"Type", false}, {"Year", false}, {"Reference", true}, {"Cited by", false}};
    for (const auto* s : sources) {
        out.rows.push_back({
            {s->id, {}, {}},
            {std::string(to_string(s->type)), {}, {}},
            {s->year ? std::to_string(*s->year) : std::string(), {}, {}},
            {vancouver_reference(*s), {}, {}},
            {std::to_string(claims_citing(data, s->id).size()), {}, {}},
        });
    }
    return out;
}

} // namespace massage_evidence
