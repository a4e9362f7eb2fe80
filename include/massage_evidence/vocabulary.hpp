#pragma once

/// The closed vocabularies of the dataset (certainty, verdict, category, ...): their spellings in
/// JSON, their labels for people, and parsing from both the data (exact) and the command line
/// (forgiving: case, `-`, `_` and spaces do not matter).
///
///     auto c = parse_loose<certainty>("Very_Low"); // certainty::very_low
///     to_string(certainty::very_low);             // "very-low"

#include "massage_evidence/model.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace massage_evidence {

/// One spelling of an enumerator: its JSON token and its label for people.
template <class Enum>
struct vocabulary_entry {
    Enum value;
    std::string_view token;
    std::string_view label;
};

/// Specialised for every closed vocabulary; `entries` lists every enumerator in order.
template <class Enum>
struct vocabulary;

template <>
struct vocabulary<certainty> {
    static constexpr std::string_view what = "certainty level";
    static constexpr std::array<vocabulary_entry<certainty>, 4> entries{{
        {certainty::high, "high", "High"},
        {certainty::moderate, "moderate", "Moderate"},
        {certainty::low, "low", "Low"},
        {certainty::very_low, "very-low", "Very low"},
    }};
};

template <>
struct vocabulary<verdict> {
    static constexpr std::string_view what = "verdict";
    static constexpr std::array<vocabulary_entry<verdict>, 5> entries{{
        {verdict::supported, "supported", "Supported"},
        {verdict::mixed, "mixed", "Mixed"},
        {verdict::not_supported, "not-supported", "Not supported"},
        {verdict::contradicted, "contradicted", "Contradicted"},
        {verdict::insufficient, "insufficient", "Insufficient"},
    }};
};

template <>
struct vocabulary<category> {
    static constexpr std::string_view what = "category";
    static constexpr std::array<vocabulary_entry<category>, 4> entries{{
        {category::biomechanical, "biomechanical", "Biomechanical"},
        {category::neurological, "neurological", "Neurological"},
        {category::physiological, "physiological", "Physiological"},
        {category::psychological, "psychological", "Psychological"},
    }};
};

template <>
struct vocabulary<direction> {
    static constexpr std::string_view what = "direction";
    static constexpr std::array<vocabulary_entry<direction>, 5> entries{{
        {direction::supports, "supports", "Supports"},
        {direction::contradicts, "contradicts", "Contradicts"},
        {direction::mixed, "mixed", "Mixed"},
        {direction::no_effect, "no-effect", "No effect"},
        {direction::theory, "theory", "Theory"},
    }};
};

template <>
struct vocabulary<source_type> {
    static constexpr std::string_view what = "source type";
    static constexpr std::array<vocabulary_entry<source_type>, 11> entries{{
        {source_type::guideline, "guideline", "Guideline"},
        {source_type::cochrane_review, "cochrane-review", "Cochrane review"},
        {source_type::systematic_review, "systematic-review", "Systematic review"},
        {source_type::rct, "rct", "Randomized controlled trial"},
        {source_type::crossover_trial, "crossover-trial", "Crossover trial"},
        {source_type::observational, "observational", "Observational study"},
        {source_type::laboratory, "laboratory", "Laboratory study"},
        {source_type::narrative_review, "narrative-review", "Narrative review"},
        {source_type::theory, "theory", "Theory paper"},
        {source_type::modelling, "modelling", "Modelling study"},
        {source_type::evidence_map, "evidence-map", "Evidence map"},
    }};
};

template <>
struct vocabulary<grade_domain> {
    static constexpr std::string_view what = "GRADE domain";
    static constexpr std::array<vocabulary_entry<grade_domain>, 8> entries{{
        {grade_domain::risk_of_bias, "risk-of-bias", "Risk of bias"},
        {grade_domain::inconsistency, "inconsistency", "Inconsistency"},
        {grade_domain::indirectness, "indirectness", "Indirectness"},
        {grade_domain::imprecision, "imprecision", "Imprecision"},
        {grade_domain::publication_bias, "publication-bias", "Publication bias"},
        {grade_domain::large_effect, "large-effect", "Large effect"},
        {grade_domain::dose_response, "dose-response", "Dose-response"},
        {grade_domain::plausible_confounding, "plausible-confounding", "Plausible confounding"},
    }};
};

template <>
struct vocabulary<claim_kind> {
    static constexpr std::string_view what = "claim kind";
    static constexpr std::array<vocabulary_entry<claim_kind>, 3> entries{{
        {claim_kind::mechanism, "mechanism", "Mechanism"},
        {claim_kind::condition, "condition", "Clinical effect"},
        {claim_kind::practice, "practice", "Practice"},
    }};
};

template <>
struct vocabulary<condition> {
    static constexpr std::string_view what = "condition";
    static constexpr std::array<vocabulary_entry<condition>, 10> entries{{
        {condition::low_back_pain, "low-back-pain", "Low back pain"},
        {condition::neck_pain, "neck-pain", "Neck pain"},
        {condition::knee_osteoarthritis, "knee-osteoarthritis", "Knee osteoarthritis"},
        {condition::hip_osteoarthritis, "hip-osteoarthritis", "Hip osteoarthritis"},
        {condition::fibromyalgia, "fibromyalgia", "Fibromyalgia"},
        {condition::doms, "doms", "Delayed-onset muscle soreness"},
        {condition::postoperative_pain, "postoperative-pain", "Postoperative pain"},
        {condition::acute_musculoskeletal_injury, "acute-musculoskeletal-injury",
         "Acute musculoskeletal injury"},
        {condition::chronic_pain, "chronic-pain", "Chronic pain"},
        {condition::musculoskeletal_pain, "musculoskeletal-pain", "Musculoskeletal pain"},
    }};
};

template <>
struct vocabulary<comparator> {
    static constexpr std::string_view what = "comparator";
    static constexpr std::array<vocabulary_entry<comparator>, 5> entries{{
        {comparator::no_treatment, "no-treatment", "No treatment"},
        {comparator::sham, "sham", "Sham"},
        {comparator::usual_care, "usual-care", "Usual care"},
        {comparator::active_treatment, "active-treatment", "Active treatment"},
        {comparator::mixed, "mixed", "Mixed comparators"},
    }};
};

template <>
struct vocabulary<follow_up> {
    static constexpr std::string_view what = "follow-up";
    static constexpr std::array<vocabulary_entry<follow_up>, 3> entries{{
        {follow_up::immediate, "immediate", "Immediate"},
        {follow_up::short_term, "short-term", "Short term"},
        {follow_up::long_term, "long-term", "Long term"},
    }};
};

template <>
struct vocabulary<practice_topic> {
    static constexpr std::string_view what = "practice topic";
    static constexpr std::array<vocabulary_entry<practice_topic>, 3> entries{{
        {practice_topic::dose, "dose", "Dose"},
        {practice_topic::technique, "technique", "Technique"},
        {practice_topic::timing, "timing", "Timing"},
    }};
};

/// The JSON token of an enumerator, e.g. "very-low".
template <class Enum>
[[nodiscard]] constexpr std::string_view to_string(Enum value) noexcept {
    for (const auto& entry : vocabulary<Enum>::entries) {
        if (entry.value == value) {
            return entry.token;
        }
    }
    return {};
}

/// The label of an enumerator for people, e.g. "Very low".
template <class Enum>
[[nodiscard]] constexpr std::string_view label_of(Enum value) noexcept {
    for (const auto& entry : vocabulary<Enum>::entries) {
        if (entry.value == value) {
            return entry.label;
        }
    }
    return {};
}

/// The enumerator whose JSON token is exactly `token`.
template <class Enum>
[[nodiscard]] constexpr std::optional<Enum> parse_exact(std::string_view token) noexcept {
    for (const auto& entry : vocabulary<Enum>::entries) {
        if (entry.token == token) {
            return entry.value;
        }
    }
    return std::nullopt;
}

namespace detail {
/// `text` lower-cased with `-`, `_` and spaces removed, so "Very_Low" and "verylow" compare equal.
[[nodiscard]] std::string fold_token(std::string_view text);
} // namespace detail

/// The enumerator matching `text` regardless of case and of `-`, `_` or spaces.
template <class Enum>
[[nodiscard]] std::optional<Enum> parse_loose(std::string_view text) {
    const std::string folded = detail::fold_token(text);
    for (const auto& entry : vocabulary<Enum>::entries) {
        if (detail::fold_token(entry.token) == folded) {
            return entry.value;
        }
    }
    return std::nullopt;
}

/// "high, moderate, low or very-low": the valid tokens, for error messages.
template <class Enum>
[[nodiscard]] std::string valid_tokens() {
    std::string out;
    const auto& entries = vocabulary<Enum>::entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) {
            out += (i + 1 == entries.size()) ? " or " : ", ";
        }
        out += entries[i].token;
    }
    return out;
}

/// GRADE's symbols for a certainty level, e.g. "⊕⊕◯◯" for low.
[[nodiscard]] std::string_view grade_symbols(certainty level) noexcept;

/// Certainty moved by `steps` levels (negative = down), bounded by very low and high.
[[nodiscard]] certainty shift(certainty level, int steps) noexcept;

/// True for the domains GRADE uses to rate down (risk of bias ... publication bias).
[[nodiscard]] bool rates_down(grade_domain domain) noexcept;

} // namespace massage_evidence
