// Whole-document rules: identity, references, grading arithmetic (integrity), and the curation
// rules of docs/data-format.md. Field-level rules (types, enumerations, formats) are the
// loader's; this file sees only the typed model and reports JSON pointers built from indexes.

#include "massage_evidence/validate.hpp"

#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

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

// Where a claim sits. Its pointer text is built only when there is a finding to report, so a
// clean dataset of any size costs no string formatting here.
struct claim_place {
    claim_kind kind;
    std::size_t index;

    [[nodiscard]] std::string pointer() const { return claim_pointer(kind, index); }
};

// Calls `visit(claim, place)` for every claim of every kind, in document order.
template <class Visit>
void for_each_claim(const dataset& data, Visit&& visit) {
    for (const auto* list : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& c = (*list)[i];
            visit(c, claim_place{c.kind, i});
        }
    }
}

// Where an id is first used, and whether any source or any claim uses it.
struct id_use {
    claim_place first{claim_kind::mechanism, 0};
    bool first_is_source = false;
    bool source = false;
    bool claim = false;

    [[nodiscard]] std::string pointer() const {
        return first_is_source ? fmt::format("/sources/{}", first.index) : first.pointer();
    }
};

// Every id of the dataset with its first use, in one open-addressing array sized once: no
// allocation per id, and a lookup costs a cache miss or two however large the dataset is, which
// keeps loading time linear in the dataset's size (a node-based map does not: see
// docs/benchmarks.md). The ids are views of the dataset's strings.
class id_table {
public:
    explicit id_table(std::size_t ids) {
        std::size_t capacity = 16;
        while (capacity < ids + ids / 2) {
            capacity *= 2; // at most two thirds full
        }
        slots_.resize(capacity);
    }

    /// The use recorded for `id`, and whether it was recorded now (as `use`) or before.
    std::pair<id_use*, bool> insert(std::string_view id, const id_use& use) {
        const auto hash = std::hash<std::string_view>{}(id);
        for (auto i = hash & mask(); /* the table is never full */; i = (i + 1) & mask()) {
            auto& s = slots_[i];
            if (s.id.data() == nullptr) {
                s = slot{hash, id, use};
                return {&s.use, true};
            }
            if (s.hash == hash && s.id == id) {
                return {&s.use, false};
            }
        }
    }

    /// The use recorded for `id`, or nullptr.
    [[nodiscard]] const id_use* find(std::string_view id) const {
        const auto hash = std::hash<std::string_view>{}(id);
        for (auto i = hash & mask();; i = (i + 1) & mask()) {
            const auto& s = slots_[i];
            if (s.id.data() == nullptr) {
                return nullptr;
            }
            if (s.hash == hash && s.id == id) {
                return &s.use;
            }
        }
    }

private:
    struct slot {
        std::size_t hash = 0;
        std::string_view
            id; // a null data() marks an empty slot; a dataset's strings never have one
        id_use use;
    };
    std::vector<slot> slots_;

    [[nodiscard]] std::size_t mask() const noexcept { return slots_.size() - 1; }
};

// Claims cite a handful of sources, so a linear search finds repeats faster than a hash set;
// the set takes over for the rare claim that cites many.
class citation_set {
public:
    void clear() {
        small_.clear();
        large_.clear();
    }
    // False when `ref` was inserted before.
    bool insert(std::string_view ref) {
        if (!large_.empty() || small_.size() == small_limit) {
            if (large_.empty()) {
                large_.insert(small_.begin(), small_.end());
            }
            return large_.insert(ref).second;
        }
        if (std::find(small_.begin(), small_.end(), ref) != small_.end()) {
            return false;
        }
        small_.push_back(ref);
        return true;
    }

private:
    static constexpr std::size_t small_limit = 16;
    std::vector<std::string_view> small_;
    std::unordered_set<std::string_view> large_;
};

std::string describe_grading(const grading& g) {
    std::string out = fmt::format("start {}", to_string(g.start));
    for (const auto& d : g.domains) {
        out += fmt::format(", {:+d} {}", d.change, to_string(d.domain));
    }
    return out;
}

void check_grading(const claim& c, const claim_place& where, diagnostics& findings) {
    int total = 0;
    std::array<bool, vocabulary<grade_domain>::entries.size()> seen{};
    for (std::size_t i = 0; i < c.grading.domains.size(); ++i) {
        const auto& d = c.grading.domains[i];
        const auto at = [&] {
            return fmt::format("{}/grading/domains/{}", where.pointer(), i);
        };
        auto& already = seen[static_cast<std::size_t>(d.domain)];
        if (already) {
            findings.add(diagnostic_kind::duplicate_domain, at() + "/domain",
                         fmt::format("domain \"{}\" is rated twice; rate each domain once",
                                     to_string(d.domain)));
        }
        already = true;
        if (rates_down(d.domain) && d.change > 0) {
            findings.add(diagnostic_kind::grade_mismatch, at() + "/change",
                         fmt::format("\"{}\" can only rate down (expected -1 or -2, found {:+d})",
                                     to_string(d.domain), d.change));
        } else if (!rates_down(d.domain) && d.change < 0) {
            findings.add(diagnostic_kind::grade_mismatch, at() + "/change",
                         fmt::format("\"{}\" can only rate up (expected 1 or 2, found {:+d})",
                                     to_string(d.domain), d.change));
        }
        total += d.change;
    }
    const auto computed = shift(c.grading.start, total);
    if (computed != c.certainty) {
        findings.add(diagnostic_kind::grade_mismatch, where.pointer() + "/certainty",
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
    id_table ids(data.sources.size() + data.mechanisms.size() + data.conditions.size() +
                 data.practices.size());
    const auto claim_id_once = [&](std::string_view id, const id_use& here) {
        const auto [use, inserted] = ids.insert(id, here);
        if (!inserted) {
            findings.add(diagnostic_kind::duplicate_id, here.pointer() + "/id",
                         fmt::format("id \"{}\" is already used at {}; ids must be unique across "
                                     "claims and sources",
                                     detail::printable(id), use->pointer()));
        }
        use->source = use->source || here.source;
        use->claim = use->claim || here.claim;
    };

    for (std::size_t i = 0; i < data.sources.size(); ++i) {
        claim_id_once(data.sources[i].id,
                      id_use{claim_place{claim_kind::mechanism, i}, true, true, false});
    }
    for_each_claim(data, [&](const claim& c, const claim_place& where) {
        claim_id_once(c.id, id_use{where, false, false, true});
    });
    const auto is_source_id = [&](std::string_view id) {
        const auto* use = ids.find(id);
        return use != nullptr && use->source;
    };
    const auto is_claim_id = [&](std::string_view id) {
        const auto* use = ids.find(id);
        return use != nullptr && use->claim;
    };

    citation_set cited;
    for_each_claim(data, [&](const claim& c, const claim_place& where) {
        if (c.sources.empty()) {
            findings.add(diagnostic_kind::no_sources, where.pointer() + "/sources",
                         "a claim needs at least one source; cite the evidence it rests on");
        }
        cited.clear();
        for (std::size_t i = 0; i < c.sources.size(); ++i) {
            const auto& ref = c.sources[i].ref;
            const auto at = [&] {
                return fmt::format("{}/sources/{}/ref", where.pointer(), i);
            };
            if (!is_source_id(ref)) {
                findings.add(diagnostic_kind::dangling_reference, at(),
                             fmt::format("\"{}\" names no source; add it to /sources or fix the "
                                         "id",
                                         detail::printable(ref)));
            } else if (!cited.insert(ref)) {
                findings.add(diagnostic_kind::duplicate_citation, at(),
                             fmt::format("\"{}\" is cited twice by this claim; merge the two "
                                         "findings",
                                         detail::printable(ref)));
            }
        }
        for (std::size_t i = 0; i < c.steps.size(); ++i) {
            if (!is_claim_id(c.steps[i].claim_id)) {
                findings.add(
                    diagnostic_kind::dangling_reference,
                    fmt::format("{}/steps/{}/claim", where.pointer(), i),
                    fmt::format("\"{}\" names no claim", detail::printable(c.steps[i].claim_id)));
            }
        }
        for (std::size_t i = 0; i < c.explains.size(); ++i) {
            if (!parse_exact<condition>(c.explains[i])) {
                findings.add(
                    diagnostic_kind::bad_enum, fmt::format("{}/explains/{}", where.pointer(), i),
                    fmt::format("\"{}\" is not a condition (expected {})",
                                detail::printable(c.explains[i]), valid_tokens<condition>()));
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
    for_each_claim(data, [&](const claim& c, const claim_place&) {
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

    for_each_claim(data, [&](const claim& c, const claim_place& where) {
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
            findings.add(diagnostic_kind::grade_above_design, where.pointer() + "/certainty",
                         fmt::format("\"{}\" rests only on laboratory, modelling, theory or "
                                     "narrative sources, so it cannot be above low (found {})",
                                     detail::printable(c.id), to_string(c.certainty)),
                         severity::curation);
        }
        if ((c.verdict == verdict::contradicted || c.verdict == verdict::not_supported) &&
            !has_contrary) {
            findings.add(diagnostic_kind::verdict_without_contrary_source,
                         where.pointer() + "/verdict",
                         fmt::format("verdict \"{}\" needs at least one source whose direction "
                                     "is contradicts or no-effect",
                                     to_string(c.verdict)),
                         severity::curation);
        }
        if (c.certainty == certainty::high && !has_review && trials < 2) {
            findings.add(diagnostic_kind::high_without_review, where.pointer() + "/certainty",
                         "high certainty needs a systematic review, Cochrane review or guideline, "
                         "or at least two randomized trials",
                         severity::curation);
        }
    });
}

} // namespace massage_evidence
