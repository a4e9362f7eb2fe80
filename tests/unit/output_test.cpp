#include "massage_evidence/error.hpp"
#include "massage_evidence/output.hpp"
#include "support/paths.hpp"
#include "support/scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace massage_evidence;
namespace fs = std::filesystem;

namespace {

using test_support::scratch_dir;

error_kind kind_of_failure(const std::string& path, bool force) {
    try {
        write_output_file(path, "x", force);
    } catch (const error& e) {
        return e.kind();
    }
    FAIL("expected an error");
    return error_kind::usage;
}

} // namespace

TEST_CASE("an output file is created with the whole content and nothing else", "[output]") {
    const scratch_dir dir;
    write_output_file(dir / "report.md", "# Report\n", false);
    CHECK(test_support::slurp(dir / "report.md") == "# Report\n");
    CHECK(dir.entries() == 1); // no temporary file left behind
}

TEST_CASE("an existing file is replaced only with force", "[output]") {
    const scratch_dir dir;
    std::ofstream(dir / "report.md") << "old";
    CHECK(kind_of_failure(dir / "report.md", false) == error_kind::output_exists);
    CHECK(test_support::slurp(dir / "report.md") == "old");
    ::chmod((dir / "report.md").c_str(), 0640);
    write_output_file(dir / "report.md", "new", true);
    CHECK(test_support::slurp(dir / "report.md") == "new");
    struct stat info {};
    ::stat((dir / "report.md").c_str(), &info);
    CHECK((info.st_mode & 0777) == 0640); // the replaced file keeps its mode
    CHECK(dir.entries() == 1);
}

TEST_CASE("a link keeps pointing where it did; its target is replaced", "[output]") {
    const scratch_dir dir;
    std::ofstream(dir / "target.md") << "old";
    fs::create_symlink(dir / "target.md", dir / "link.md");
    write_output_file(dir / "link.md", "new", true);
    CHECK(fs::is_symlink(dir / "link.md"));
    CHECK(test_support::slurp(dir / "target.md") == "new");
}

TEST_CASE("a path that cannot be created is an output error and leaves nothing", "[output]") {
    const scratch_dir dir;
    CHECK(kind_of_failure(dir / "missing/report.md", false) == error_kind::output_exists);
    CHECK(kind_of_failure(dir / "", false) == error_kind::output_exists); // a directory
    CHECK(dir.entries() == 0);
}

TEST_CASE("a FIFO is written into, never replaced", "[output]") {
    const scratch_dir dir;
    const auto fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = test_support::slurp(fifo); });
    write_output_file(fifo, "through the pipe", false);
    reader.join();
    CHECK(received == "through the pipe");
    struct stat info {};
    ::stat(fifo.c_str(), &info);
    CHECK(S_ISFIFO(info.st_mode));
}

TEST_CASE("/dev/null is written into, not replaced, even with force", "[output]") {
    write_output_file("/dev/null", "discarded", true);
    struct stat info {};
    REQUIRE(::stat("/dev/null", &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("a full device is a write error", "[output]") {
    if (::access("/dev/full", W_OK) != 0) {
        WARN("skipped: no /dev/full here");
        return;
    }
    CHECK(kind_of_failure("/dev/full", false) == error_kind::io);
}

TEST_CASE("with force, a dangling symbolic link is replaced by the file", "[output]") {
    const scratch_dir dir;
    fs::create_symlink(dir / "missing/target.md", dir / "link.md");
    CHECK(kind_of_failure(dir / "link.md", false) == error_kind::output_exists);
    write_output_file(dir / "link.md", "new", true);
    CHECK_FALSE(fs::is_symlink(dir / "link.md"));
    CHECK(test_support::slurp(dir / "link.md") == "new");
    CHECK(dir.entries() == 1);
}

TEST_CASE("a file whose name is near the longest allowed can still be written", "[output]") {
    const scratch_dir dir;
    // The temporary name adds eight bytes; it must not push the name past NAME_MAX (255).
    const std::string name = std::string(250, 'a') + ".md";
    write_output_file(dir / name, "content", false);
    CHECK(test_support::slurp(dir / name) == "content");
    CHECK(dir.entries() == 1);
}

TEST_CASE("a directory named in an error is shown escaped", "[output][safety]") {
    const scratch_dir dir;
    try {
        write_output_file(dir / "\x1b[31mmissing/report.md", "x", false);
        FAIL("expected an error");
    } catch (const error& e) {
        const std::string message = e.what();
        CHECK(message.find('\x1b') == std::string::npos);
        CHECK_THAT(message,
                   Catch::Contains("cannot create a file in") && Catch::Contains("\\e[31mmissing"));
    }
}
