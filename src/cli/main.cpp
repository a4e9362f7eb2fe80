// The executable: forwards argv to cli::run and writes what it produced. Writing happens here,
// on the real descriptors, so a full disk or a closed pipe is handled in one place.

#include "cli/app.hpp"
#include "massage_evidence/output.hpp"

#include <csignal>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

#if defined(__GLIBC__) // defined by the headers above when the C library is glibc
#include <malloc.h>
#endif

int main(int argc, char** argv) {
    // A reader that goes away (`| head -1`) is not an error: see EPIPE below instead of dying.
    std::signal(SIGPIPE, SIG_IGN);
#if defined(__GLIBC__)
    // A large dataset is a million small strings, all freed when the command ends. glibc parks
    // small freed blocks in "fast bins" and later merges them in one pass that visits them in
    // no useful order; without fast bins each block merges with its neighbour as it is freed.
    // That saves about a sixth of the time of a large run (docs/benchmarks.md).
    (void)mallopt(M_MXFAST, 0);
#endif
    // Past a file size limit (ulimit -f) a write fails with EFBIG and is reported like a full
    // disk, instead of the signal killing the process with a temporary file left behind.
    std::signal(SIGXFSZ, SIG_IGN);

    const std::vector<std::string> args(argv + 1, argv + argc);
    std::string out;
    std::string err;
    int status =
        massage_evidence::cli::run(args, out, err, massage_evidence::cli::process_environment());

    int error_number = 0;
    const auto written = massage_evidence::write_all(STDOUT_FILENO, out, error_number);
    if (written == massage_evidence::write_status::failed) {
        err += "massage-evidence: error: cannot write to standard output: ";
        err += std::strerror(error_number);
        err += "; check the disk or the program reading the output\n";
        status = 74;
    }
    // A broken pipe ends quietly, with the status of the command itself.
    int ignored = 0;
    (void)massage_evidence::write_all(STDERR_FILENO, err, ignored);
    return status;
}
