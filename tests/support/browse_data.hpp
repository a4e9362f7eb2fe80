#pragma once

// The browsing fixture (tests/fixtures/valid/browse.json), loaded once for every test that lists,
// shows, cites or searches it: a few claims of each kind, with sources of every type.

#include "massage_evidence/model.hpp"

namespace test_support {

/// The dataset in fixtures/valid/browse.json.
[[nodiscard]] const massage_evidence::dataset& browse_dataset();

} // namespace test_support
