#pragma once

// What `claim_checker` compiles from a dataset once and every check then reads: the word table,
// the phrase automaton and what each of its patterns means. Shared, read-only, by the threads
// that read pieces of one text. Internal to the library.

#include "check/lexicon.hpp"
#include "check/phrase_automaton.hpp"
#include "massage_evidence/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// A phrase compiled: the claims it expresses, or the cue flags of a multi-word cue.
struct compiled_phrase {
    struct target {
        std::size_t claim = 0; ///< index into checker_tables::claims
        std::string_view phrase;
    };
    std::vector<target> targets;
    std::uint16_t cues = 0;
    bool anchored = false; ///< holds a massage, body or health term of its own
};

struct checker_tables {
    lexicon words;
    phrase_automaton automaton;
    std::vector<compiled_phrase> phrases; ///< by automaton pattern id
    std::vector<const claim*> claims;
    std::uint32_t next_symbol = 1;
};

} // namespace massage_evidence::detail
