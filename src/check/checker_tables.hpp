#pragma once

// What `claim_checker` compiles from a dataset once and every check then reads: the word table,
// the phrase automaton and what each of its patterns means. Shared, read-only, by the threads
// that read pieces of one text. Internal to the library.

#include "check/lexicon.hpp"
#include "check/phrase_automaton.hpp"
#include "massage_evidence/model.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// A claim a phrase expresses: the claim's index in checker_tables::claims, and the lay phrase
/// of the dataset that made it.
struct phrase_target {
    std::size_t claim = 0;
    std::string_view phrase;
};

/// A phrase compiled: the claims it expresses (its range of checker_tables::targets), or the
/// cue flags of a multi-word cue.
struct compiled_phrase {
    std::uint32_t first_target = 0;
    std::uint32_t target_count = 0;
    std::uint16_t cues = 0;
    bool anchored = false; ///< holds a massage, body or health term of its own

    [[nodiscard]] bool has_targets() const noexcept { return target_count != 0; }
};

struct checker_tables {
    lexicon words;
    phrase_automaton automaton;
    std::vector<compiled_phrase> phrases; ///< by automaton pattern id
    /// The targets of every phrase, each phrase's together and in the dataset's order. One
    /// array rather than one per phrase: a dataset may have thousands of phrases.
    std::vector<phrase_target> targets;
    std::vector<const claim*> claims;
    std::uint32_t next_symbol = 1;

    /// The claims `phrase` expresses.
    [[nodiscard]] std::span<const phrase_target>
    targets_of(const compiled_phrase& phrase) const noexcept {
        return std::span<const phrase_target>(targets).subspan(phrase.first_target,
                                                               phrase.target_count);
    }
};

} // namespace massage_evidence::detail
