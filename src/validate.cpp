// Whole-document rules: identity, references, grading arithmetic (integrity), and the curation
// rules of docs/data-format.md. Field-level rules (types, enumerations, formats) are the
// loader's; this file sees only the typed model and reports JSON pointers built from indexes.

#include "massage_evidence/validate.hpp"

#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace massage_evidence {
namespace {

std::string_view array_name(claim_kind kind) {
    switch (kind) {
    case claim_kind::mechanism:
        return "mechanisms";
    case claim_kind::condition:
        return "conditions";
    case claim_kind::practice:
        break;
    }
    return "practices";
}

// Calls `visit(claim, pointer)` for every claim of every kind, in document order.
template <class Visit>
void for_each_claim(const dataset& data, Visit&& visit) {
    for (const auto* list : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& c = (*list)[i];
            visit(c, claim_pointer(c.kind, i));
        }
    }
}

std::string describe_grading(const grading& g) {
    std::string out = fmt::format("start {}", to_string(g.start));
    for (const auto& d : g.domains) {
        out += fmt::format(", {:+d} {}", d.change, to_string(d.domain));
    }
    return out;
}

void check_grading(const claim& c, const std::string& where, diagnostics& findings) {
    int total = 0;
    std::array<bool, vocabulary<grade_domain>::entries.size()> seen{};
    for (std::size_t i = 0; i < c.grading.domains.size(); ++i) {
        const auto& d = c.grading.domains[i];
        const auto at = fmt::format("{}/grading/domains/{}", where, i);
        auto& already = seen[static_cast<std::size_t>(d.domain)];
        if (already) {
            findings.add(diagnostic_kind::duplicate_domain, at + "/domain",
                         fmt::format("domain \"{}\" is rated twice; rate each domain once",
                                     to_string(d.domain)));
        }
        already = true;
        if (rates_down(d.domain) && d.change > 0) {
            findings.add(diagnostic_kind::grade_mismatch, at + "/change",
                         fmt::format("\"{}\" can only rate down (expected -1 or -2, found {:+d})",
                                     to_string(d.domain), d.change));
        } else if (!rates_down(d.domain) && d.change < 0) {
            findings.add(diagnostic_kind::grade_mismatch, at + "/change",
                         fmt::format("\"{}\" can only rate up (expected 1 or 2, found {:+d})",
                                     to_string(d.domain), d.change));
        }
        total += d.change;
    }
    const auto computed = shift(c.grading.start, total);
    if (computed != c.certainty) {
        findings.add(diagnostic_kind::grade_mismatch, where + "/certainty",
                     fmt::format("certainty is \"{}\" but its grading gives \"{}\" ({}); change "
                                 "the certainty or the domain ratings",
                                 to_string(c.certainty), to_string(computed),
                                 describe_grading(c.grading)));
    }
}

} // namespace

std::string claim_pointer(claim_kind kind, std::size_t index) {
    return fmt::format("/{}/{}", array_name(kind), index);
}

void check_integrity(const dataset& data, diagnostics& findings) {
    std::unordered_map<std::string_view, std::string> first_use;
    const auto claim_id_once = [&](std::string_view id, const std::string& where) {
        const auto [it, inserted] = first_use.emplace(id, where);
        if (!inserted) {
            findings.add(diagnostic_kind::duplicate_id, where + "/id",
                         fmt::format("id \"{}\" is already used at {}; ids must be unique across "
                                     "claims and sources",
                                     detail::printable(id), it->second));
        }
    };

    for (std::size_t i = 0; i < data.sources.size(); ++i) {
        claim_id_once(data.sources[i].id, fmt::format("/sources/{}", i));
    }
    for_each_claim(data,
                   [&](const claim& c, const std::string& where) { claim_id_once(c.id, where); });

    std::unordered_set<std::string_view> source_ids;
    for (const auto& s : data.sources) {
        source_ids.insert(s.id);
    }
    std::unordered_set<std::string_view> claim_ids;
    for_each_claim(data, [&](const claim& c, const std::string&) { claim_ids.insert(c.id); });

    for_each_claim(data, [&](const claim& c, const std::string& where) {
        if (c.sources.empty()) {
            findings.add(diagnostic_kind::no_sources, where + "/sources",
                         "a claim needs at least one source; cite the evidence it rests on");
        }
        std::unordered_set<std::string_view> cited;
        for (std::size_t i = 0; i < c.sources.size(); ++i) {
            const auto& ref = c.sources[i].ref;
            const auto at = fmt::format("{}/sources/{}/ref", where, i);
            if (source_ids.count(ref) == 0) {
                findings.add(diagnostic_kind::dangling_reference, at,
                             fmt::format("\"{}\" names no source; add it to /sources or fix the "
                                         "id",
                                         detail::printable(ref)));
            } else if (!cited.insert(ref).second) {
                findings.add(diagnostic_kind::duplicate_citation, at,
                             fmt::format("\"{}\" is cited twice by this claim; merge the two "
                                         "findings",
                                         detail::printable(ref)));
            }
        }
        for (std::size_t i = 0; i < c.steps.size(); ++i) {
            if (claim_ids.count(c.steps[i].claim_id) == 0) {
                findings.add(
                    diagnostic_kind::dangling_reference, fmt::format("{}/steps/{}/claim", where, i),
                    fmt::format("\"{}\" names no claim", detail::printable(c.steps[i].claim_id)));
            }
        }
        for (std::size_t i = 0; i < c.explains.size(); ++i) {
            if (!parse_exact<condition>(c.explains[i])) {
                findings.add(diagnostic_kind::bad_enum, fmt::format("{}/explains/{}", where, i),
                             fmt::format("\"{}\" is not a condition (expected {})",
                                         detail::printable(c.explains[i]),
                                         valid_tokens<condition>()));
            }
        }
        check_grading(c, where, findings);
    });
}

void check_curation(const dataset& data, diagnostics& findings) {
    std::unordered_map<std::string_view, const source*> by_id;
    for (const auto& s : data.sources) {
        by_id.emplace(s.id, &s);
    }
    std::unordered_set<std::string_view> cited;
    for_each_claim(data, [&](const claim& c, const std::string&) {
        for (const auto& r : c.sources) {
            cited.insert(r.ref);
        }
    });
    for (std::size_t i = 0; i < data.sources.size(); ++i) {
        if (cited.count(data.sources[i].id) == 0) {
            findings.add(diagnostic_kind::uncited_source, fmt::format("/sources/{}", i),
                         fmt::format("source \"{}\" is cited by no claim; cite it or remove it",
                                     detail::printable(data.sources[i].id)),
                         severity::curation);
        }
    }

    for (std::size_t i = 0; i < data.mechanisms.size(); ++i) {
        if (data.mechanisms[i].lay_phrases.empty()) {
            findings.add(diagnostic_kind::missing_lay_phrases,
                         claim_pointer(claim_kind::mechanism, i),
                         fmt::format("mechanism \"{}\" has no lay_phrases; add the words people "
                                     "use for it",
                                     detail::printable(data.mechanisms[i].id)),
                         severity::curation);
        }
    }
    // Per condition: at least one of its claims carries the phrases.
    std::unordered_map<int, std::size_t> first_claim_of;
    std::unordered_set<int> phrased;
    for (std::size_t i = 0; i < data.conditions.size(); ++i) {
        const auto key = static_cast<int>(data.conditions[i].condition);
        first_claim_of.emplace(key, i);
        if (!data.conditions[i].lay_phrases.empty()) {
            phrased.insert(key);
        }
    }
    for (const auto& entry : vocabulary<condition>::entries) {
        const auto key = static_cast<int>(entry.value);
        const auto it = first_claim_of.find(key);
        if (it != first_claim_of.end() && phrased.count(key) == 0) {
            findings.add(diagnostic_kind::missing_lay_phrases,
                         claim_pointer(claim_kind::condition, it->second),
                         fmt::format("no claim about \"{}\" has lay_phrases; add them to its "
                                     "main claim",
                                     entry.token),
                         severity::curation);
        }
    }

    for_each_claim(data, [&](const claim& c, const std::string& where) {
        bool only_indirect_designs = !c.sources.empty();
        bool has_contrary = false;
        bool has_review = false;
        int trials = 0;
        for (const auto& r : c.sources) {
            const auto it = by_id.find(r.ref);
            if (it == by_id.end()) {
                continue;
            }
            const auto type = it->second->type;
            if (type != source_type::laboratory && type != source_type::modelling &&
                type != source_type::theory && type != source_type::narrative_review) {
                only_indirect_designs = false;
            }
            if (r.direction == direction::contradicts || r.direction == direction::no_effect) {
                has_contrary = true;
            }
            if (type == source_type::cochrane_review || type == source_type::systematic_review ||
                type == source_type::guideline) {
                has_review = true;
            }
            if (type == source_type::rct) {
                ++trials;
            }
        }
        if (only_indirect_designs && c.certainty > certainty::low) {
            findings.add(diagnostic_kind::grade_above_design, where + "/certainty",
                         fmt::format("\"{}\" rests only on laboratory, modelling, theory or "
                                     "narrative sources, so it cannot be above low (found {})",
                                     detail::printable(c.id), to_string(c.certainty)),
                         severity::curation);
        }
        if ((c.verdict == verdict::contradicted || c.verdict == verdict::not_supported) &&
            !has_contrary) {
            findings.add(diagnostic_kind::verdict_without_contrary_source, where + "/verdict",
                         fmt::format("verdict \"{}\" needs at least one source whose direction "
                                     "is contradicts or no-effect",
                                     to_string(c.verdict)),
                         severity::curation);
        }
        if (c.certainty == certainty::high && !has_review && trials < 2) {
            findings.add(diagnostic_kind::high_without_review, where + "/certainty",
                         "high certainty needs a systematic review, Cochrane review or guideline, "
                         "or at least two randomized trials",
                         severity::curation);
        }
    });
}

} // namespace massage_evidence
