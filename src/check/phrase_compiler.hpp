#pragma once

// Compiling a dataset's lay phrases and the cue vocabulary into the tables every check reads.
// Internal to the library.

#include "check/checker_tables.hpp"
#include "massage_evidence/model.hpp"

namespace massage_evidence::detail {

/// Fills empty `tables` from `data`: the word table, the phrase automaton (built), what each
/// pattern means, and the claims by index. The dataset must outlive the tables, which point
/// into it.
void compile_phrases(checker_tables& tables, const dataset& data);

} // namespace massage_evidence::detail
