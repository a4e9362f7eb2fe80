// The key-messages paragraph: for each kind of claim, how many the evidence supports,
// contradicts, finds no effect for, finds mixed or cannot judge, which findings are the most
// certain and how many are very uncertain. Everything is counted from the selected claims, so
// the paragraph stays true for any dataset and any filter. Claim names are data and escaped;
// the sentences around them are fixed.

#include "render/report/markdown_text.hpp"
#include "render/report/sections.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace massage_evidence::detail {
namespace {

// Verdicts in the order the paragraph reports them: the clear answers first.
constexpr std::array<verdict, 5> reporting_order{verdict::supported, verdict::contradicted,
                                                 verdict::not_supported, verdict::mixed,
                                                 verdict::insufficient};

// What the evidence does for `n` claims with verdict `v`; the subject ("the evidence",
// "research") comes before.
std::string verdict_clause(verdict v, const std::string& n, bool for_patients) {
    switch (v) {
    case verdict::supported:
        return (for_patients ? "backs " : "supports ") + n;
    case verdict::contradicted:
        return (for_patients ? "points the other way for " : "contradicts ") + n;
    case verdict::not_supported:
        return "finds little or no effect for " + n;
    case verdict::mixed:
        return for_patients ? "backs " + n + " only in part" : "is mixed for " + n;
    case verdict::insufficient:
        break;
    }
    return (for_patients ? "is too limited to judge " : "is insufficient to judge ") + n;
}

std::string names_of(const std::vector<const claim*>& claims) {
    std::vector<std::string> names;
    for (const auto* c : claims) {
        names.push_back(inline_text(c->name));
    }
    return joined_with_semicolons(names);
}

// Small groups are named so the paragraph says which claims, not only how many.
constexpr std::size_t most_names = 4;

// What a group of claims is, in the singular and the plural: "mechanism proposed to explain
// how massage relieves pain".
struct kind_phrase {
    std::string singular;
    std::string plural;
};

// "Of the N <what>, the evidence supports two (A; B), contradicts one (C) and ...", or for a
// single claim "One <what> is covered here: A. The evidence supports it."
std::string verdict_sentence(const std::vector<const claim*>& claims, const kind_phrase& what,
                             bool for_patients) {
    const std::string subject = for_patients ? "research" : "the evidence";
    if (claims.size() == 1) {
        return fmt::format("One {} is covered here: {} {} {}.", what.singular,
                           inline_text(sentence(claims.front()->name)), capitalized(subject),
                           verdict_clause(claims.front()->verdict, "it", for_patients));
    }
    std::vector<std::string> clauses;
    for (const auto v : reporting_order) {
        std::vector<const claim*> group;
        std::copy_if(claims.begin(), claims.end(), std::back_inserter(group),
                     [v](const claim* c) { return c->verdict == v; });
        if (group.empty()) {
            continue;
        }
        std::string n = number_in_words(group.size());
        if ((v == verdict::supported || v == verdict::contradicted) && group.size() <= most_names) {
            n += " (" + names_of(group) + ")";
        }
        clauses.push_back(verdict_clause(v, n, for_patients));
    }
    return fmt::format("Of the {} {}, {} {}.", number_in_words(claims.size()), what.plural, subject,
                       joined_with_and(clauses));
}

// The most certain findings, and how many are very uncertain.
std::string certainty_sentence(const std::vector<const claim*>& claims, bool for_patients) {
    const auto most =
        (*std::max_element(claims.begin(), claims.end(), [](const claim* a, const claim* b) {
            return a->certainty < b->certainty;
        }))->certainty;
    const auto very_low =
        static_cast<std::size_t>(std::count_if(claims.begin(), claims.end(), [](const claim* c) {
            return c->certainty == certainty::very_low;
        }));
    std::vector<const claim*> top;
    std::copy_if(claims.begin(), claims.end(), std::back_inserter(top),
                 [most](const claim* c) { return c->certainty == most; });

    if (claims.size() == 1) {
        return for_patients ? fmt::format("We have {} in this finding.", confidence_phrase(most))
                            : fmt::format("The certainty of the evidence is {}.",
                                          lowercase_first(label_of(most)));
    }
    std::string out;
    if (most >= certainty::moderate) {
        std::vector<std::string> named;
        for (const auto* c : top) {
            named.push_back(fmt::format("{} ({})", inline_text(c->name),
                                        for_patients ? verdict_in_words(c->verdict)
                                                     : lowercase_first(label_of(c->verdict))));
        }
        if (top.size() > most_names) {
            out = for_patients ? fmt::format("We have {} in the findings for {} of them.",
                                             confidence_phrase(most), number_in_words(top.size()))
                               : fmt::format("{} reach {} certainty, the highest here.",
                                             capitalized(number_in_words(top.size())),
                                             lowercase_first(label_of(most)));
        } else if (for_patients) {
            out = fmt::format("We have {} in the {} for {}.", confidence_phrase(most),
                              top.size() == 1 ? "finding" : "findings",
                              joined_with_semicolons(named));
        } else {
            out = fmt::format("The most certain {}, at {} certainty, {} for {}.",
                              top.size() == 1 ? "finding" : "findings",
                              lowercase_first(label_of(most)), top.size() == 1 ? "is" : "are",
                              joined_with_semicolons(named));
        }
        if (very_low > 0) {
            out += for_patients ? fmt::format(" For {} the evidence is very uncertain.",
                                              number_in_words(very_low))
                                : fmt::format(" {} on very low certainty evidence.",
                                              capitalized(number_in_words(very_low)) +
                                                  (very_low == 1 ? " rests" : " rest"));
        }
        return out;
    }
    if (for_patients) {
        if (most == certainty::very_low) {
            return "We have very little confidence in any of them: the evidence is very "
                   "uncertain.";
        }
        out = fmt::format("We have at most {} in any of them", confidence_phrase(most));
        if (very_low > 0) {
            out += fmt::format(", and for {} the evidence is very uncertain",
                               number_in_words(very_low));
        }
        return out + '.';
    }
    out = "None reaches moderate or high certainty";
    if (very_low > 0) {
        out += very_low == claims.size()
                   ? ", and all rest on very low certainty evidence"
                   : fmt::format(", and {} on very low certainty evidence",
                                 number_in_words(very_low) + (very_low == 1 ? " rests" : " rest"));
    }
    return out + '.';
}

// Where the clinical effects were graded: "in ten conditions", or "for knee osteoarthritis"
// when there is only one; for patients without the preposition ("what massage does for ...").
std::string conditions_covered(const std::vector<const claim*>& claims, bool for_patients) {
    std::vector<condition> seen;
    for (const auto* c : claims) {
        if (std::find(seen.begin(), seen.end(), c->condition) == seen.end()) {
            seen.push_back(c->condition);
        }
    }
    if (seen.size() == 1) {
        return (for_patients ? "" : "for ") + lowercase_first(label_of(seen.front()));
    }
    return for_patients ? count_of(seen.size(), "kind of pain", "kinds of pain")
                        : "in " + count_of(seen.size(), "condition", "conditions");
}

std::string topics_covered(const std::vector<const claim*>& claims) {
    std::vector<std::string> topics;
    for (const auto& entry : vocabulary<practice_topic>::entries) {
        if (std::any_of(claims.begin(), claims.end(),
                        [&entry](const claim* c) { return c->topic == entry.value; })) {
            topics.push_back(lowercase_first(entry.label));
        }
    }
    return joined_with_and(topics);
}

} // namespace

void key_messages_section(const report_context& ctx, std::string& out) {
    const bool patients = ctx.for_patients();
    const auto& claims = ctx.claims;
    std::vector<std::string> sentences;
    const auto add = [&](const std::vector<const claim*>& group, const kind_phrase& what) {
        if (!group.empty()) {
            sentences.push_back(verdict_sentence(group, what, patients));
            sentences.push_back(certainty_sentence(group, patients));
        }
    };
    add(claims.mechanisms,
        patients ? kind_phrase{"common explanation of how massage eases pain",
                               "common explanations of how massage eases pain"}
                 : kind_phrase{"mechanism proposed to explain how massage relieves pain",
                               "mechanisms proposed to explain how massage relieves pain"});
    if (!claims.conditions.empty()) {
        const auto where = conditions_covered(claims.conditions, patients);
        add(claims.conditions, patients ? kind_phrase{"claim about what massage does for " + where,
                                                      "claims about what massage does for " + where}
                                        : kind_phrase{"clinical effect graded " + where,
                                                      "clinical effects graded " + where});
    }
    if (!claims.practices.empty()) {
        const auto topics = topics_covered(claims.practices);
        add(claims.practices,
            patients
                ? kind_phrase{"claim about how much massage to have and what kind",
                              "claims about how much massage to have and what kind"}
                : kind_phrase{"practice claim about " + topics, "practice claims about " + topics});
    }
    out += "## Key messages\n\n";
    if (sentences.empty()) {
        out += "No claim matches the filters.\n\n";
        return;
    }
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        out += i == 0 ? "" : " ";
        out += sentences[i];
    }
    out += "\n\n";
}

} // namespace massage_evidence::detail
