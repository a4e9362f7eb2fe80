// The report's diagrams. A causal chain as popular articles tell it (the data's `steps`, e.g.
// the pain–tension cycle), each step labelled with the verdict of the claim that grades it; and
// a map from mechanisms to the conditions whose relief they are said to explain (`explains`).
// Each diagram is followed by the same content as a list, for readers and renderers without
// Mermaid (pandoc, cmark, screen readers).

#include "render/report/markdown_text.hpp"
#include "render/report/mermaid.hpp"
#include "render/report/sections.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace massage_evidence::detail {
namespace {

// Characters per label line: keeps nodes narrow enough for a chain to fit a page. The verdict
// line may be a little wider so "Not supported · very low certainty" stays on one line.
constexpr std::size_t label_width = 30;
constexpr std::size_t verdict_width = 36;

std::string_view style_of(verdict v) noexcept {
    switch (v) {
    case verdict::supported:
        return "supported";
    case verdict::mixed:
        return "mixed";
    case verdict::not_supported:
        return "notsupported";
    case verdict::contradicted:
        return "contradicted";
    case verdict::insufficient:
        break;
    }
    return "insufficient";
}

// "Contradicted · low certainty" / "Research points the other way · limited confidence";
// `separator` is " · " in a diagram and ", " in prose.
std::string judgement(const report_context& ctx, const claim& c, std::string_view separator) {
    if (ctx.for_patients()) {
        return fmt::format("{}{}{}", verdict_for(ctx, c.verdict), separator,
                           confidence_phrase(c.certainty));
    }
    return fmt::format("{}{}{} certainty", label_of(c.verdict), separator,
                       lowercase_first(label_of(c.certainty)));
}

constexpr std::string_view in_diagram = " · ";
constexpr std::string_view in_prose = ", ";

std::vector<std::string> label_lines(std::string_view text, std::string_view verdict_text) {
    auto lines = wrap_words(text, label_width);
    for (auto& line : wrap_words(verdict_text, verdict_width)) {
        lines.push_back(std::move(line));
    }
    return lines;
}

void chain_diagram(const report_context& ctx, const claim& told, std::string& out) {
    const bool patients = ctx.for_patients();
    out += fmt::format("### {}: {}\n\n", inline_text(told.name),
                       patients ? "the story as it is often told"
                                : "the chain as popular articles tell it");
    out += patients ? "Each step shows what research says about it.\n\n"
                    : "Each step is labelled with the verdict and certainty of the claim that "
                      "grades it.\n\n";
    flowchart chart("TD");
    std::vector<std::string> ids;
    std::string steps_in_words;
    std::size_t n = 0;
    for (const auto& step : told.steps) {
        const claim* grader = step.claim_id.empty() ? nullptr : ctx.data.find_claim(step.claim_id);
        ids.push_back(chart.node(
            "n",
            label_lines(step.text, grader ? judgement(ctx, *grader, in_diagram) : "Not graded"),
            grader ? style_of(grader->verdict) : "ungraded"));
        steps_in_words +=
            fmt::format("{}. {}: {}", ++n, block_text(step.text),
                        grader ? lowercase_first(judgement(ctx, *grader, in_prose)) : "not graded");
        if (grader != nullptr && grader != &told) {
            steps_in_words += fmt::format(" (graded under “{}”)", inline_text(grader->name));
        }
        steps_in_words += ".\n";
    }
    for (std::size_t i = 1; i < ids.size(); ++i) {
        chart.edge(ids[i - 1], ids[i]);
    }
    out += chart.render();
    out += '\n';
    out += steps_in_words;
    out += '\n';
}

void mechanism_map(const report_context& ctx, std::string& out) {
    const bool patients = ctx.for_patients();
    const auto& only = ctx.options.filter.condition;
    // Condition ids in vocabulary order, then any the vocabulary does not know, as written.
    std::vector<std::string> condition_ids;
    for (const auto& entry : vocabulary<condition>::entries) {
        condition_ids.emplace_back(entry.token);
    }
    for (const auto* m : ctx.claims.mechanisms) {
        for (const auto& id : m->explains) {
            if (std::find(condition_ids.begin(), condition_ids.end(), id) == condition_ids.end()) {
                condition_ids.push_back(id);
            }
        }
    }
    const auto wanted = [&only](const std::string& id) {
        return !only || id == to_string(*only);
    };
    std::vector<std::pair<const claim*, std::vector<std::string>>> links;
    for (const auto* m : ctx.claims.mechanisms) {
        std::vector<std::string> targets;
        for (const auto& id : condition_ids) {
            if (wanted(id) &&
                std::find(m->explains.begin(), m->explains.end(), id) != m->explains.end()) {
                targets.push_back(id);
            }
        }
        if (!targets.empty()) {
            links.emplace_back(m, std::move(targets));
        }
    }

    out += patients ? "### Explanations and the kinds of pain they are said to explain\n\n"
                    : "### Mechanisms and the conditions they are said to explain\n\n";
    if (links.empty()) {
        out += patients ? "None of the explanations selected is said to explain relief in the "
                          "conditions selected.\n\n"
                        : "No mechanism selected is said to explain relief in the conditions "
                          "selected.\n\n";
        return;
    }
    out += patients ? "An arrow joins an explanation to a kind of pain whose relief it is said "
                      "to explain. Each explanation shows what research says about it.\n\n"
                    : "An arrow joins a mechanism to a condition whose relief it is said to "
                      "explain. Each mechanism is labelled with its verdict and certainty.\n\n";
    flowchart chart("LR");
    std::vector<std::pair<std::string, std::string>> edges; // mechanism node, condition id
    std::string in_words;
    for (const auto& [m, targets] : links) {
        const auto id = chart.node("m", label_lines(m->name, judgement(ctx, *m, in_diagram)),
                                   style_of(m->verdict));
        std::vector<std::string> labels;
        for (const auto& target : targets) {
            edges.emplace_back(id, target);
            labels.push_back(inline_text(condition_label(target)));
        }
        in_words += fmt::format("- {} ({}): {}.\n", inline_text(m->name),
                                lowercase_first(judgement(ctx, *m, in_prose)),
                                joined_with_semicolons(labels));
    }
    for (const auto& id : condition_ids) {
        const bool used = std::any_of(edges.begin(), edges.end(),
                                      [&id](const auto& e) { return e.second == id; });
        if (!used) {
            continue;
        }
        const auto node =
            chart.node("c", wrap_words(condition_label(id), label_width), "condition");
        for (const auto& e : edges) {
            if (e.second == id) {
                chart.edge(e.first, node);
            }
        }
    }
    out += chart.render();
    out += '\n';
    out += in_words;
    out += '\n';
}

} // namespace

void diagrams_section(const report_context& ctx, std::string& out) {
    out += "## Diagrams\n\n";
    if (ctx.claims.mechanisms.empty()) {
        out += "No mechanism matches the filters, so there is nothing to draw.\n\n";
        return;
    }
    for (const auto* m : ctx.claims.mechanisms) {
        if (!m->steps.empty()) {
            chain_diagram(ctx, *m, out);
        }
    }
    mechanism_map(ctx, out);
}

} // namespace massage_evidence::detail
