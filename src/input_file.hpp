#pragma once

// An input opened for reading: a file, FIFO, device or standard input ("-"), read whole or a
// chunk at a time, with the size limit enforced as bytes arrive (so /dev/zero or an endless pipe
// is refused, not swallowed). Every way it can fail is one `error` of kind input with a clear
// message. Internal to the library; `read_input` in load.hpp is the public face.

#include <cstddef>
#include <string>

namespace massage_evidence::detail {

class input_file {
public:
    /// Opens `path` ("-" is standard input). Throws `error` (input) when it is missing, a
    /// directory, unreadable, or a regular file larger than `max_size`.
    input_file(const std::string& path, std::size_t max_size);

    /// True for a regular file named by path, which can be opened and read again from the
    /// start. Anything else (standard input, a pipe, a terminal, a device) yields its bytes once.
    [[nodiscard]] bool rereadable() const noexcept { return regular_; }

    /// Reads up to `size` bytes into `buffer`; returns 0 at the end. Throws `error` (input) on a
    /// read error or when the input grows beyond the limit.
    [[nodiscard]] std::size_t read_some(char* buffer, std::size_t size);

    /// Everything not read yet.
    [[nodiscard]] std::string read_rest();

private:
    // Closes the descriptor however reading ends, also when the constructor throws.
    class descriptor {
    public:
        descriptor(int fd, bool owned) noexcept : fd_(fd), owned_(owned) {}
        descriptor(const descriptor&) = delete;
        descriptor& operator=(const descriptor&) = delete;
        ~descriptor();
        [[nodiscard]] int get() const noexcept { return fd_; }

    private:
        int fd_;
        bool owned_;
    };

    std::string origin_;
    std::size_t max_size_;
    descriptor fd_;
    bool regular_ = false;
    std::size_t size_hint_ = 0; // a regular file's size when opened
    std::size_t read_ = 0;      // bytes read so far
};

} // namespace massage_evidence::detail
