#pragma once

/// Rules over a whole dataset, beyond what each field says on its own.
///
/// `check_integrity` is part of every load: a dataset that breaks it cannot be used (duplicate
/// ids, references to nothing, a grade that does not follow from its reasons). `check_curation`
/// holds the rules curators answer to (every source cited, lay phrases present, grades plausible
/// for the designs cited); `massage-evidence validate` runs both and fails on any finding.

#include "massage_evidence/diagnostic.hpp"
#include "massage_evidence/model.hpp"

namespace massage_evidence {

/// Adds an error for every integrity problem of `data`.
void check_integrity(const dataset& data, diagnostics& findings);

/// Adds a curation finding (severity::curation) for every curation rule `data` breaks.
void check_curation(const dataset& data, diagnostics& findings);

/// The JSON pointer of the `index`-th claim of `kind`, e.g. "/mechanisms/3".
[[nodiscard]] std::string claim_pointer(claim_kind kind, std::size_t index);

} // namespace massage_evidence
