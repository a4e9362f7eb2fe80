#pragma once

// A small dataset with a few claims and lay phrases, built in code, so that tests of `check`
// do not change when the curated data gains phrases.

#include "massage_evidence/check.hpp"
#include "massage_evidence/model.hpp"

namespace test_support {

/// Claims: circulation, waste-removal, trigger-points, adhesions, psychological, inflammation,
/// parasympathetic (mechanisms) and back (condition), each with a few lay phrases.
[[nodiscard]] const massage_evidence::dataset& check_dataset();

/// A checker built once from `check_dataset()`.
[[nodiscard]] const massage_evidence::claim_checker& tiny_checker();

} // namespace test_support
