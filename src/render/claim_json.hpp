#pragma once

// The members of a claim object in the JSON contract, shared by the listings (`mechanisms`,
// `claims`, ...) and by `show`, which adds more detail to the same object. Internal.

#include "massage_evidence/model.hpp"
#include "render/json_writer.hpp"

namespace massage_evidence::detail {

/// Writes `c` as one object. `full` adds the detail `show` gives: the grading's basis and notes,
/// each source's direction, finding and citation, lay phrases, causal steps and the
/// plain-language wording. `data` resolves source ids when `full` (may be null otherwise).
void write_claim_object(json_writer& json, const claim& c, bool full, const dataset* data);

/// The members `show` adds at the end of a claim object (see show_json.cpp).
void write_claim_detail(json_writer& json, const claim& c, const dataset* data);

/// A source as one object: its bibliographic fields, its Vancouver citation and the ids of the
/// claims citing it; `full` adds each citing claim's direction and finding.
void write_source_object(json_writer& json, const dataset& data, const source& s, bool full);

} // namespace massage_evidence::detail
