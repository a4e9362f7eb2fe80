#pragma once

/// Plain value types of the evidence dataset: claims (mechanisms, clinical effects, practices),
/// their GRADE certainty and the sources behind them. Nothing here parses, validates or prints;
/// see load.hpp, validate.hpp and render.hpp for that.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// GRADE certainty of a body of evidence, ordered from weakest to strongest so that `<` means
/// "less certain".
enum class certainty : std::uint8_t { very_low, low, moderate, high };

/// What the evidence says about a claim.
enum class verdict : std::uint8_t { supported, mixed, not_supported, contradicted, insufficient };

/// Family of a mechanism claim.
enum class category : std::uint8_t { biomechanical, neurological, physiological, psychological };

/// How one source bears on one claim.
enum class direction : std::uint8_t { supports, contradicts, mixed, no_effect, theory };

/// Design of a source, used for the plausibility rules of grading.
enum class source_type : std::uint8_t {
    guideline,
    cochrane_review,
    systematic_review,
    rct,
    crossover_trial,
    observational,
    laboratory,
    narrative_review,
    theory,
    modelling,
    evidence_map,
};

/// GRADE domains: the first five rate down, the last three rate up.
enum class grade_domain : std::uint8_t {
    risk_of_bias,
    inconsistency,
    indirectness,
    imprecision,
    publication_bias,
    large_effect,
    dose_response,
    plausible_confounding,
};

/// The three kinds of claim the dataset holds.
enum class claim_kind : std::uint8_t { mechanism, condition, practice };

/// Conditions for which clinical effects are graded.
enum class condition : std::uint8_t {
    low_back_pain,
    neck_pain,
    knee_osteoarthritis,
    hip_osteoarthritis,
    fibromyalgia,
    doms,
    postoperative_pain,
    acute_musculoskeletal_injury,
    chronic_pain,
    musculoskeletal_pain,
};

/// What a clinical effect was compared with.
enum class comparator : std::uint8_t { no_treatment, sham, usual_care, active_treatment, mixed };

/// When a clinical effect was measured.
enum class follow_up : std::uint8_t { immediate, short_term, long_term };

/// Subject of a practice claim.
enum class practice_topic : std::uint8_t { dose, technique, timing };

/// One GRADE domain rated for a claim: `change` is negative when rated down.
struct domain_rating {
    grade_domain domain = grade_domain::risk_of_bias;
    int change = 0;
    std::string reason;
};

/// How a claim's certainty was reached: a start from study design, moved per domain.
struct grading {
    certainty start = certainty::high;
    std::string basis;
    std::vector<domain_rating> domains;
    std::string notes;
};

/// A claim's citation of one source, with the direction of that source for this claim.
struct source_ref {
    std::string ref;
    massage_evidence::direction direction = direction::supports;
    std::string finding;
};

/// One link of a popularly told causal chain, graded by another claim.
struct chain_step {
    std::string text;
    std::string claim_id;
};

/// Any claim. Kind-specific fields are meaningful only for their kind.
struct claim {
    claim_kind kind = claim_kind::mechanism;
    std::string id;
    std::string name;
    std::string statement; ///< the claim as people state it (JSON key `claim`)
    std::string evidence;
    massage_evidence::verdict verdict = verdict::insufficient;
    massage_evidence::certainty certainty = certainty::very_low;
    massage_evidence::grading grading;
    std::vector<source_ref> sources;
    std::vector<std::string> caveats;
    std::string plain_language;
    std::vector<std::string> lay_phrases;
    std::vector<chain_step> steps;

    // mechanism
    massage_evidence::category category = category::physiological;
    std::vector<std::string> explains; ///< condition ids (as written in the data)

    // condition
    massage_evidence::condition condition = condition::low_back_pain;
    std::string population;
    massage_evidence::comparator comparator = comparator::no_treatment;
    massage_evidence::follow_up follow_up = follow_up::short_term;
    std::string effect;
    std::optional<std::int64_t> studies;
    std::optional<std::int64_t> participants;

    // practice
    practice_topic topic = practice_topic::dose;
};

/// A bibliographic source. Only verified fields are filled; the rest stay empty.
struct source {
    std::string id;
    source_type type = source_type::narrative_review;
    std::string title;
    std::vector<std::string> authors;
    bool et_al = false;
    std::string group_author;
    std::string journal;
    std::string publisher;
    std::optional<std::int64_t> year;
    std::string volume;
    std::string issue;
    std::string pages;
    std::string doi;
    std::string pmid;
    std::string pmcid;
    std::string n;
    std::string funding;
    std::string notes;
};

/// Metadata of the dataset as a whole.
struct dataset_info {
    std::string name;
    std::string title;
    std::string version;
    std::string review_date;
    std::string grading_system;
    std::string license;
    std::string method;
    std::string disclaimer;
};

/// A whole dataset, in document order within each array.
struct dataset {
    dataset_info info;
    std::vector<claim> mechanisms;
    std::vector<claim> conditions;
    std::vector<claim> practices;
    std::vector<source> sources;

    /// The claim with this id of any kind, or nullptr.
    [[nodiscard]] const claim* find_claim(std::string_view id) const noexcept;
    /// The source with this id, or nullptr.
    [[nodiscard]] const source* find_source(std::string_view id) const noexcept;
};

} // namespace massage_evidence
