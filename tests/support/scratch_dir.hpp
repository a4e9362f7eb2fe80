#pragma once

// A fresh directory per test under the system's temporary directory, removed afterwards.

#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <string>

namespace test_support {

class scratch_dir {
public:
    scratch_dir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "me-test-XXXXXX").string();
        path_ = ::mkdtemp(pattern.data());
    }
    scratch_dir(const scratch_dir&) = delete;
    scratch_dir& operator=(const scratch_dir&) = delete;
    ~scratch_dir() { std::filesystem::remove_all(path_); }
    [[nodiscard]] std::string operator/(const std::string& name) const {
        return (path_ / name).string();
    }
    [[nodiscard]] std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(path_),
                                                      std::filesystem::directory_iterator()));
    }

private:
    std::filesystem::path path_;
};

} // namespace test_support
