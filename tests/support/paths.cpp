#include "support/paths.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace test_support {

std::string fixture(const std::string& relative) {
    return std::string(MASSAGE_EVIDENCE_TEST_DIR) + "/" + relative;
}

std::string data_file(const std::string& name) {
    return std::string(MASSAGE_EVIDENCE_DATA_DIR) + "/" + name;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace test_support
