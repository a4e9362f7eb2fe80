#pragma once

// What the tests of `check` compare: the texts of both check corpora, and two checks of the same
// text found the same, field by field. For tests that hold check to "the same findings however
// it is run" (in pieces, on threads, with a checker that has read other texts).

#include "massage_evidence/check.hpp"

#include <string>
#include <tuple>
#include <vector>

namespace test_support {

/// Every text of tests/fixtures/check-corpus and check-corpus-short, in name order.
[[nodiscard]] std::vector<std::string> check_corpus_texts();

/// Every field of a finding, to compare with ==.
[[nodiscard]] inline auto finding_fields(const massage_evidence::check_finding& f) {
    return std::tuple(f.subject, f.phrase, f.line, f.column, f.begin, f.end, f.sentence_begin,
                      f.sentence_end, f.paragraph, f.negated);
}

/// Fails the running test unless `actual` has the findings, paragraphs and invalid bytes of
/// `expected` (origin and text are not compared).
void require_same_check(const massage_evidence::text_check& actual,
                        const massage_evidence::text_check& expected);

} // namespace test_support
