#pragma once

// The cue vocabulary of `check`: the words and short phrases that tell whether a sentence is
// about massage, about pain and the body, or negates what it says. These are the checker's own
// rules, not data: a curator's dataset brings its phrases, the cues stay the same. Internal to
// the library.

#include <cstdint>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// One cue as written (a word or a short phrase) and its flags (see lexicon.hpp's `cue`).
struct cue_text {
    std::string_view text;
    std::uint16_t flags;
};

/// Every cue. Inflected forms need not be listed: cues are normalised like phrases.
[[nodiscard]] const std::vector<cue_text>& cue_texts();

} // namespace massage_evidence::detail
