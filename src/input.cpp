// Reading an input safely: regular files, FIFOs, devices and standard input alike, whole or a
// chunk at a time, with a size limit enforced while reading (so /dev/zero or an endless pipe is
// refused, not swallowed), and one clear message per way it can fail. Parsing is not done here.

#include "input_file.hpp"

#include "massage_evidence/error.hpp"
#include "massage_evidence/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace massage_evidence {
namespace {

std::string size_text(std::size_t bytes) {
    if (bytes % (std::size_t{1024} * 1024) == 0) {
        return fmt::format("{} MiB", bytes / (std::size_t{1024} * 1024));
    }
    return fmt::format("{} bytes", bytes);
}

error too_large(std::string_view origin, std::size_t limit) {
    return input_error(origin, fmt::format("input is larger than the limit of {}; raise it with "
                                           "--max-input-size BYTES if the file is genuine",
                                           size_text(limit)));
}

} // namespace

namespace detail {

namespace {

int open_input(const std::string& path, const std::string& origin) {
    if (path == "-") {
        return STDIN_FILENO;
    }
    if (path.empty()) {
        throw input_error("(empty path)", "no file name given");
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
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
    return fd;
}

} // namespace

input_file::descriptor::~descriptor() {
    if (owned_ && fd_ >= 0) {
        ::close(fd_);
    }
}

input_file::input_file(const std::string& path, std::size_t max_size)
    : origin_(path == "-" ? "<stdin>" : path), max_size_(max_size),
      fd_(open_input(path, origin_), path != "-") {
    struct stat info {};
    if (::fstat(fd_.get(), &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            throw input_error(origin_, "is a directory; give a file");
        }
        // Standard input is never read twice, even when it is a file: the shell that opened it
        // owns its position.
        regular_ = S_ISREG(info.st_mode) && path != "-";
        const bool file = S_ISREG(info.st_mode);
        if (file && static_cast<std::size_t>(info.st_size) > max_size) {
            throw too_large(origin_, max_size);
        }
        if (file && info.st_size > 0) {
            size_hint_ = static_cast<std::size_t>(info.st_size);
        }
    }
}

std::size_t input_file::read_some(char* buffer, std::size_t size) {
    for (;;) {
        const ssize_t got = ::read(fd_.get(), buffer, size);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int err = errno;
            if (err == EISDIR) {
                throw input_error(origin_, "is a directory; give a file");
            }
            throw input_error(origin_, fmt::format("cannot read: {}", std::strerror(err)));
        }
        const auto count = static_cast<std::size_t>(got);
        if (read_ + count > max_size_) {
            throw too_large(origin_, max_size_);
        }
        read_ += count;
        return count;
    }
}

std::string input_file::read_rest() {
    // Bytes go straight from the kernel into the string: one copy, not two. A regular file's
    // size is known, so the string is sized once (one byte more, to see the end without another
    // round); a stream's string doubles as it fills.
    constexpr std::size_t chunk = std::size_t{64} * 1024;
    std::string text;
    std::size_t used = 0;
    text.resize(size_hint_ > read_ ? size_hint_ - read_ + 1 : chunk);
    for (;;) {
        if (used == text.size()) {
            // One byte past the limit is enough to see that the input exceeds it; a limit of
            // SIZE_MAX bytes has no such byte, and 2 * size is then the only bound.
            const auto past_limit = max_size_ == SIZE_MAX ? max_size_ : max_size_ + 1;
            text.resize(std::min(2 * text.size(), past_limit));
        }
        const auto got = read_some(text.data() + used, text.size() - used);
        if (got == 0) {
            break;
        }
        used += got;
    }
    text.resize(used);
    return text;
}

} // namespace detail

std::string read_input(const std::string& path, std::size_t max_size) {
    detail::input_file input(path, max_size);
    return input.read_rest();
}

} // namespace massage_evidence
