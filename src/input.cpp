// Reading an input whole, safely: regular files, FIFOs, devices and standard input alike, with a
// size limit enforced while reading (so /dev/zero or an endless pipe is refused, not swallowed),
// and one clear message per way it can fail.

#include "massage_evidence/error.hpp"
#include "massage_evidence/load.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace massage_evidence {
namespace {

std::string size_text(std::size_t bytes) {
    if (bytes % (1024 * 1024) == 0) {
        return fmt::format("{} MiB", bytes / (1024 * 1024));
    }
    return fmt::format("{} bytes", bytes);
}

error too_large(std::string_view origin, std::size_t limit) {
    return input_error(origin, fmt::format("input is larger than the limit of {}; raise it with "
                                           "--max-input-size BYTES if the file is genuine",
                                           size_text(limit)));
}

// Closes the descriptor when reading ends, however it ends.
class file_descriptor {
public:
    explicit file_descriptor(int fd, bool owned) : fd_(fd), owned_(owned) {}
    file_descriptor(const file_descriptor&) = delete;
    file_descriptor& operator=(const file_descriptor&) = delete;
    ~file_descriptor() {
        if (owned_ && fd_ >= 0) {
            ::close(fd_);
        }
    }
    [[nodiscard]] int get() const noexcept { return fd_; }

private:
    int fd_;
    bool owned_;
};

} // namespace

std::string read_input(const std::string& path, std::size_t max_size) {
    const bool from_stdin = path == "-";
    const std::string origin = from_stdin ? "<stdin>" : path;
    if (!from_stdin && path.empty()) {
        throw input_error("(empty path)", "no file name given");
    }
    const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT) {
            throw input_error(origin, "no such file; check the path");
        }
        if (err == EACCES) {
            throw input_error(origin, "permission denied; make the file readable");
        }
        throw input_error(origin, fmt::format("cannot open: {}", std::strerror(err)));
    }
    const file_descriptor guard(fd, !from_stdin);

    struct stat info {};
    if (::fstat(fd, &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            throw input_error(origin, "is a directory; give a file");
        }
        if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_size) {
            throw too_large(origin, max_size);
        }
    }

    std::string text;
    if (S_ISREG(info.st_mode) && info.st_size > 0) {
        text.reserve(static_cast<std::size_t>(info.st_size));
    }
    constexpr std::size_t chunk = 64 * 1024;
    std::string buffer(chunk, '\0');
    for (;;) {
        const ssize_t got = ::read(fd, buffer.data(), chunk);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int err = errno;
            if (err == EISDIR) {
                throw input_error(origin, "is a directory; give a file");
            }
            throw input_error(origin, fmt::format("cannot read: {}", std::strerror(err)));
        }
        if (got == 0) {
            break;
        }
        if (text.size() + static_cast<std::size_t>(got) > max_size) {
            throw too_large(origin, max_size);
        }
        text.append(buffer.data(), static_cast<std::size_t>(got));
    }
    return text;
}

} // namespace massage_evidence
