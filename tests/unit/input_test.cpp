#include "massage_evidence/error.hpp"
#include "massage_evidence/load.hpp"
#include "support/error_of.hpp"
#include "support/paths.hpp"
#include "support/scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace massage_evidence;

namespace {
std::string failure_of(const std::string& path, std::size_t limit = default_max_input_size) {
    const auto raised = test_support::error_of([&] { (void)read_input(path, limit); });
    CHECK(raised.kind == error_kind::input);
    return raised.message;
}
} // namespace

TEST_CASE("unreadable inputs say what is wrong with them", "[input]") {
    CHECK_THAT(failure_of("/nonexistent/data.json"), Catch::Contains("no such file"));
    CHECK_THAT(failure_of(test_support::fixture("fixtures")), Catch::Contains("is a directory"));
    CHECK_THAT(failure_of(""), Catch::Contains("no file name"));
}

TEST_CASE("inputs over the limit are refused, regular files and endless devices alike", "[input]") {
    const auto small = test_support::fixture("fixtures/valid/small.json");
    CHECK_THAT(failure_of(small, 100), Catch::Contains("larger than the limit of 100 bytes") &&
                                           Catch::Contains("--max-input-size"));
    CHECK_THAT(failure_of("/dev/zero", 1024 * 1024), Catch::Contains("larger than the limit"));
}

TEST_CASE("a file without read permission is refused", "[input]") {
    if (::geteuid() == 0) {
        WARN("skipped: root reads any file");
        return;
    }
    const std::string path = "/etc/shadow";
    CHECK_THAT(failure_of(path), Catch::Contains("permission denied"));
}

TEST_CASE("a readable file is read whole", "[input]") {
    const auto path = test_support::fixture("fixtures/valid/small.json");
    CHECK(read_input(path) == test_support::slurp(path));
}

TEST_CASE("a stream longer than its first buffer is read whole, whatever the limit", "[input]") {
    // A stream's buffer doubles as it fills, up to one byte past the limit; with the largest
    // limit there is no such byte, and the buffer must still grow.
    const test_support::scratch_dir dir;
    const auto fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string sent;
    for (int i = 0; sent.size() < 300 * 1024; ++i) {
        sent += "line " + std::to_string(i) + " of a long stream\n";
    }
    for (const std::size_t limit : {default_max_input_size, std::size_t{SIZE_MAX}}) {
        std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << sent; });
        const auto received = read_input(fifo, limit);
        writer.join();
        CHECK(received.size() == sent.size());
        CHECK(received == sent);
    }
    const auto file = dir / "file.txt";
    std::ofstream(file, std::ios::binary) << sent;
    CHECK(read_input(file, SIZE_MAX) == sent);
}
