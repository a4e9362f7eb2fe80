#pragma once

// Datasets for the micro-benchmarks, built in memory so they need no files: the embedded dataset
// itself, and the embedded dataset repeated `copies` times with every id made unique, so the
// benchmarks see real text and real proportions at any size.

#include "massage_evidence/model.hpp"

#include <string>

namespace bench {

/// The embedded dataset repeated `copies` times (ids suffixed "-cN"), as JSON text in the layout
/// of data/. It loads and validates like the original.
[[nodiscard]] const std::string& scaled_dataset_text(int copies);

/// The same, loaded.
[[nodiscard]] const massage_evidence::dataset& scaled_dataset(int copies);

} // namespace bench
