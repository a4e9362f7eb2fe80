// The fixed plain-language wording shared by every renderer for the patient audience. The
// sentences depend only on verdict and certainty, never on the claim's own text, so they stay
// grammatical for any claim a dataset holds; the claim itself is shown beside them.

#include "massage_evidence/plain_language.hpp"

namespace massage_evidence {

namespace {

/// Index of a certainty among high, moderate, low: the three levels that state a direction.
constexpr std::size_t stated_level(certainty level) noexcept {
    switch (level) {
    case certainty::high:
        return 0;
    case certainty::moderate:
        return 1;
    case certainty::low:
    case certainty::very_low:
        break;
    }
    return 2;
}

} // namespace

std::string_view informative_statement(verdict v, certainty level) noexcept {
    // GRADE: very low certainty never supports a directional statement.
    if (level == certainty::very_low) {
        return "It is uncertain whether this is true, because the evidence is very uncertain.";
    }
    static constexpr std::array<std::string_view, 3> supported{
        "This is true.", "This is probably true.", "This may be true."};
    static constexpr std::array<std::string_view, 3> contradicted{
        "This is not true.", "This is probably not true.", "This may not be true."};
    static constexpr std::array<std::string_view, 3> not_supported{
        "Massage makes little or no difference here.",
        "Massage probably makes little or no difference here.",
        "Massage may make little or no difference here."};
    static constexpr std::array<std::string_view, 3> mixed{
        "This is true only in some situations.", "This is probably true only in some situations.",
        "This may be true only in some situations."};
    const std::size_t i = stated_level(level);
    switch (v) {
    case verdict::supported:
        return supported[i];
    case verdict::contradicted:
        return contradicted[i];
    case verdict::not_supported:
        return not_supported[i];
    case verdict::mixed:
        return mixed[i];
    case verdict::insufficient:
        break;
    }
    return "We do not know whether this is true, because there is too little research.";
}

std::string_view certainty_meaning(certainty level) noexcept {
    switch (level) {
    case certainty::high:
        return "Further research is very unlikely to change this.";
    case certainty::moderate:
        return "Further research may change this.";
    case certainty::low:
        return "Further research is likely to change this.";
    case certainty::very_low:
        break;
    }
    return "Further research is very likely to change this.";
}

std::string_view confidence_phrase(certainty level) noexcept {
    switch (level) {
    case certainty::high:
        return "high confidence";
    case certainty::moderate:
        return "moderate confidence";
    case certainty::low:
        return "limited confidence";
    case certainty::very_low:
        break;
    }
    return "very little confidence";
}

std::string_view verdict_in_words(verdict v) noexcept {
    switch (v) {
    case verdict::supported:
        return "research backs this";
    case verdict::mixed:
        return "research backs this only in part";
    case verdict::not_supported:
        return "research finds little or no effect";
    case verdict::contradicted:
        return "research points the other way";
    case verdict::insufficient:
        break;
    }
    return "too little research to say";
}

std::string_view verdict_meaning(verdict v) noexcept {
    switch (v) {
    case verdict::supported:
        return "The best evidence points the way the claim says.";
    case verdict::mixed:
        return "The evidence points both ways, or the claim holds only in part or in some "
               "situations.";
    case verdict::not_supported:
        return "Studies looked for the effect and found little or none.";
    case verdict::contradicted:
        return "The best evidence points the other way from the claim.";
    case verdict::insufficient:
        break;
    }
    return "Too little direct evidence to judge the claim either way.";
}

std::string_view comparator_in_words(comparator c) noexcept {
    switch (c) {
    case comparator::no_treatment:
        return "no treatment";
    case comparator::sham:
        return "a pretend (sham) massage";
    case comparator::usual_care:
        return "usual care";
    case comparator::active_treatment:
        return "other active treatments";
    case comparator::mixed:
        break;
    }
    return "different things in different studies";
}

std::string_view follow_up_in_words(follow_up when) noexcept {
    switch (when) {
    case follow_up::immediate:
        return "straight after a session";
    case follow_up::short_term:
        return "in the short term";
    case follow_up::long_term:
        break;
    }
    return "in the long term";
}

} // namespace massage_evidence
