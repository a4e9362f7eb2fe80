#pragma once

/// Words for people who are not clinicians: GRADE's informative statements ("probably", "may",
/// "it is uncertain whether") generated from a claim's verdict and certainty, and plain
/// descriptions of certainty levels and verdicts. The report (`export --audience patient`) and the
/// display commands use the same wording, so a reader meets one vocabulary everywhere.
///
///     informative_statement(verdict::supported, certainty::moderate); // "This is probably true."
///     informative_statement(verdict::supported, certainty::very_low);
///     // "It is uncertain whether this is true, because the evidence is very uncertain."

#include "massage_evidence/model.hpp"
#include "massage_evidence/vocabulary.hpp"

#include <array>
#include <string>
#include <string_view>

namespace massage_evidence {

/// Who a rendering is written for: clinicians get GRADE terms and symbols, patients plain words.
enum class audience : std::uint8_t { clinician, patient };

template <>
struct vocabulary<audience> {
    static constexpr std::string_view what = "audience";
    static constexpr std::array<vocabulary_entry<audience>, 2> entries{{
        {audience::clinician, "clinician", "Clinician"},
        {audience::patient, "patient", "Patient"},
    }};
};

/// One sentence saying how far the evidence backs a claim, graded by certainty in GRADE's
/// informative-statement style: high states it, moderate says "probably", low says "may", and
/// very low says it is uncertain "because the evidence is very uncertain", whatever the verdict.
[[nodiscard]] std::string_view informative_statement(verdict v, certainty level) noexcept;

/// What a certainty level means for the reader, e.g. "Further research is very likely to change
/// this." for very low; no symbols, no jargon.
[[nodiscard]] std::string_view certainty_meaning(certainty level) noexcept;

/// How confident the evidence lets us be, as a short phrase, e.g. "very little confidence".
[[nodiscard]] std::string_view confidence_phrase(certainty level) noexcept;

/// A verdict in plain words, e.g. "research points the other way" for contradicted.
[[nodiscard]] std::string_view verdict_in_words(verdict v) noexcept;

/// What a verdict means, one sentence, for legends ("How to read this", `explain`).
[[nodiscard]] std::string_view verdict_meaning(verdict v) noexcept;

/// What a clinical effect was compared with, as a phrase that follows "compared with", e.g.
/// "a pretend (sham) massage".
[[nodiscard]] std::string_view comparator_in_words(comparator c) noexcept;

/// When a clinical effect was measured, e.g. "straight after a session".
[[nodiscard]] std::string_view follow_up_in_words(follow_up when) noexcept;

} // namespace massage_evidence
