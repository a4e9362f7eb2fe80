// Totals of `check` findings, for `--summary` and `--fail-on`: counted one finding at a time, so
// that a large text's findings can be counted without being kept.

#include "massage_evidence/check.hpp"

#include <algorithm>

namespace massage_evidence {

void check_counter::next_file() {
    ++totals_.files;
}

void check_counter::add(const check_finding& finding) {
    ++totals_.findings;
    // Findings of one claim often come together: skip the hash for a repeat.
    if (finding.subject != last_subject_) {
        const auto [at, added] = row_of_.try_emplace(finding.subject, totals_.by_claim.size());
        if (added) {
            totals_.by_claim.push_back({finding.subject, 0, 0, 0});
            last_file_.push_back(0);
        }
        last_subject_ = finding.subject;
        last_row_ = at->second;
    }
    auto& tally = totals_.by_claim[last_row_];
    if (last_file_[last_row_] != totals_.files) {
        last_file_[last_row_] = totals_.files;
        ++tally.files;
    }
    if (finding.negated) {
        ++totals_.negated;
        ++tally.negated;
    } else {
        ++totals_.claims;
        ++tally.claims;
        ++totals_.verdicts[static_cast<std::size_t>(finding.subject->verdict)];
    }
}

check_totals summarize(const std::vector<text_check>& checked) {
    check_counter counter;
    for (const auto& file : checked) {
        counter.next_file();
        for (const auto& f : file.findings) {
            counter.add(f);
        }
        counter.add_suppressed(file.suppressed);
    }
    return counter.totals();
}

bool has_claim_with_verdict(const check_totals& totals,
                            const std::vector<verdict>& verdicts) noexcept {
    return std::any_of(verdicts.begin(), verdicts.end(),
                       [&](verdict v) { return totals.verdicts[static_cast<std::size_t>(v)] > 0; });
}

bool has_claim_with_verdict(const std::vector<text_check>& checked,
                            const std::vector<verdict>& verdicts) noexcept {
    for (const auto& file : checked) {
        for (const auto& f : file.findings) {
            if (!f.negated &&
                std::find(verdicts.begin(), verdicts.end(), f.subject->verdict) != verdicts.end()) {
                return true;
            }
        }
    }
    return false;
}

} // namespace massage_evidence
