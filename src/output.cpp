// Atomic file output. The sequence is: resolve links, refuse to clobber without --force, write
// a temporary file beside the target, flush it to disk, give it the mode the target should
// have, rename it over the target. Devices and FIFOs are opened and written instead, because
// renaming over /dev/null (as root) would replace the device with a plain file.

#include "massage_evidence/output.hpp"

#include "massage_evidence/error.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace massage_evidence {
namespace {

std::string directory_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

constexpr std::size_t max_temp_stem = 200;

std::string file_name_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Removes the temporary file unless it was renamed into place.
class temporary_file {
public:
    explicit temporary_file(std::string path) : path_(std::move(path)) {}
    temporary_file(const temporary_file&) = delete;
    temporary_file& operator=(const temporary_file&) = delete;
    ~temporary_file() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        if (!kept_) {
            ::unlink(path_.c_str());
        }
    }
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    void set_fd(int fd) noexcept { fd_ = fd; }
    [[nodiscard]] int fd() const noexcept { return fd_; }
    int close() noexcept {
        const int result = ::close(fd_);
        fd_ = -1;
        return result;
    }
    void keep() noexcept { kept_ = true; }

private:
    std::string path_;
    int fd_ = -1;
    bool kept_ = false;
};

void write_to_special_file(const std::string& path, std::string_view content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        throw output_error(path, fmt::format("cannot open for writing: {}", std::strerror(errno)));
    }
    int err = 0;
    const auto status = write_all(fd, content, err);
    ::close(fd);
    if (status == write_status::failed) {
        throw write_error(path, fmt::format("write failed: {}", std::strerror(err)));
    }
}

// The descriptor a path like /dev/stdout or /dev/fd/3 names, or -1. Such a path is written
// through the open descriptor itself: reopening it would restart at offset 0 (breaking `>>`) and
// stat would show the file behind it, which must not be replaced.
int descriptor_path(const std::string& path) {
    if (path == "/dev/stdout") {
        return 1;
    }
    if (path == "/dev/stderr") {
        return 2;
    }
    for (const std::string prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (path.rfind(prefix, 0) == 0 && path.size() > prefix.size() &&
            path.find_first_not_of("0123456789", prefix.size()) == std::string::npos &&
            path.size() - prefix.size() < 9) {
            return std::stoi(path.substr(prefix.size()));
        }
    }
    return -1;
}

} // namespace

write_status write_all(int fd, std::string_view content, int& error_number) noexcept {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            error_number = errno;
            return errno == EPIPE ? write_status::broken_pipe : write_status::failed;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return write_status::ok;
}

void write_output_file(const std::string& requested, std::string_view content, bool force) {
    if (requested.empty()) {
        throw output_error("(empty path)", "no output file name given");
    }
    if (const int fd = descriptor_path(requested); fd >= 0) {
        int err = 0;
        if (write_all(fd, content, err) == write_status::failed) {
            throw write_error(requested, fmt::format("write failed: {}", std::strerror(err)));
        }
        return;
    }
    std::string path = requested;
    struct stat info {};
    bool exists = ::stat(path.c_str(), &info) == 0;
    if (exists) {
        if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode) || S_ISSOCK(info.st_mode)) {
            write_to_special_file(path, content);
            return;
        }
        if (S_ISDIR(info.st_mode)) {
            throw output_error(requested, "is a directory; give a file name");
        }
        if (!force) {
            throw output_error(requested, "already exists; add --force to replace it");
        }
        // Replace the file a link points to, not the link.
        if (char* resolved = ::realpath(path.c_str(), nullptr)) {
            path = resolved;
            std::free(resolved); // NOLINT(cppcoreguidelines-no-malloc): realpath's contract
        }
    }

    const std::string directory = directory_of(path);
    // The name is shortened so that the temporary name (8 bytes longer) stays within NAME_MAX
    // when the target's own name is near it.
    std::string pattern =
        fmt::format("{}/.{}.XXXXXX", directory, file_name_of(path).substr(0, max_temp_stem));
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        const int err = errno;
        throw output_error(requested,
                           fmt::format("cannot create a file in {}: {}",
                                       detail::printable(directory, 200), std::strerror(err)));
    }
    temporary_file temp(pattern);
    temp.set_fd(fd);

    int err = 0;
    if (write_all(temp.fd(), content, err) != write_status::ok) {
        throw write_error(requested, fmt::format("write failed: {}", std::strerror(err)));
    }
    if (::fsync(temp.fd()) != 0) {
        throw write_error(requested, fmt::format("write failed: {}", std::strerror(errno)));
    }
    // mkstemp creates 0600; give the file the mode an ordinary new file (or the replaced one)
    // would have.
    mode_t mode = 0;
    if (exists) {
        mode = info.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = static_cast<mode_t>(0666 & ~mask);
    }
    ::fchmod(temp.fd(), mode);
    if (temp.close() != 0) {
        throw write_error(requested, fmt::format("write failed: {}", std::strerror(errno)));
    }
    // Without --force the target must still not exist at the moment of the rename: another
    // process may have created it since the check above. With --force anything there is
    // replaced, including a path stat could not follow (a dangling symbolic link).
    const unsigned flags = force ? 0U : RENAME_NOREPLACE;
    if (::renameat2(AT_FDCWD, temp.path().c_str(), AT_FDCWD, path.c_str(), flags) != 0) {
        if (errno == EEXIST) {
            throw output_error(requested, "already exists; add --force to replace it");
        }
        throw output_error(requested, fmt::format("cannot replace: {}", std::strerror(errno)));
    }
    temp.keep();
}

} // namespace massage_evidence
