// Runs one golden CLI case in-process and compares what it printed with the approved files.
//
// A case is a directory: `args` (one argument per line), optional `env` (NAME=VALUE lines), and
// the approved `stdout`, `stderr` and `exit`. The terminal is emulated as 100 columns wide with
// NO_COLOR set, unless `env` says otherwise. On a mismatch the actual output is written beside
// the approved file as `<name>.actual`; tests/approve-golden accepts it after review.

#include "cli/app.hpp"

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::string& path, bool& found) {
    std::ifstream in(path, std::ios::binary);
    found = static_cast<bool>(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> read_lines(const std::string& path) {
    std::vector<std::string> lines;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

bool compare(const std::string& case_dir, const std::string& name, const std::string& actual) {
    bool found = false;
    const auto expected = read_file(case_dir + "/" + name, found);
    const auto actual_path = case_dir + "/" + name + ".actual";
    if (found && expected == actual) {
        std::remove(actual_path.c_str());
        return true;
    }
    std::ofstream(actual_path, std::ios::binary) << actual;
    std::cerr << (found ? "mismatch: " : "missing: ") << case_dir << "/" << name << " (actual in "
              << actual_path << "; review, then run tests/approve-golden)\n";
    return false;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: golden_runner CASE_DIR\n";
        return 2;
    }
    const std::string case_dir = argv[1];
    const auto args = read_lines(case_dir + "/args");

    std::map<std::string, std::string> variables{{"NO_COLOR", "1"}};
    for (const auto& line : read_lines(case_dir + "/env")) {
        if (const auto eq = line.find('='); eq != std::string::npos) {
            variables[line.substr(0, eq)] = line.substr(eq + 1);
        }
    }
    massage_evidence::cli::environment env;
    env.variable = [&](const std::string& name) -> std::optional<std::string> {
        const auto it = variables.find(name);
        return it == variables.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    env.stdout_is_terminal = variables.count("TEST_NOT_A_TERMINAL") == 0;
    env.terminal_width =
        variables.count("TEST_WIDTH") ? std::stoul(variables["TEST_WIDTH"]) : std::size_t{100};

    std::string out;
    std::string err;
    const int status = massage_evidence::cli::run(args, out, err, env);

    bool ok = compare(case_dir, "stdout", out);
    ok = compare(case_dir, "stderr", err) && ok;
    ok = compare(case_dir, "exit", std::to_string(status) + "\n") && ok;
    return ok ? 0 : 1;
}
