#pragma once

// Where the test data lives, and small helpers to read it and the output under test.

#include <string>
#include <vector>

namespace test_support {

/// Absolute path of a file under tests/, e.g. fixture("fixtures/valid/small.json").
[[nodiscard]] std::string fixture(const std::string& relative);
/// Absolute path of a file under data/.
[[nodiscard]] std::string data_file(const std::string& name);
/// The whole content of a file.
[[nodiscard]] std::string slurp(const std::string& path);
/// The lines of `text`, without their line ends.
[[nodiscard]] std::vector<std::string> lines_of(const std::string& text);

} // namespace test_support
