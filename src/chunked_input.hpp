#pragma once

// The bytes of an `input_file`, a chunk at a time, as a source for `read_json`, so a large
// dataset is parsed as it is read and never held whole in memory. Internal to the library.

#include "input_file.hpp"

#include <cstddef>
#include <memory>

namespace massage_evidence::detail {

class chunked_input {
public:
    static constexpr std::size_t default_chunk_size = std::size_t{256} * 1024;

    explicit chunked_input(input_file& file, std::size_t chunk_size = default_chunk_size)
        : file_(file), chunk_size_(chunk_size),
          buffer_(std::make_unique_for_overwrite<char[]>(chunk_size)) {}

    /// Sets [next, end) to the next chunk (the previous one is overwritten); false at the end of
    /// the input. Throws `error` (input) when reading fails or passes the size limit.
    bool refill(const char*& next, const char*& end) {
        const auto got = file_.read_some(buffer_.get(), chunk_size_);
        next = buffer_.get();
        end = next + got;
        return got > 0;
    }

private:
    input_file& file_;
    std::size_t chunk_size_;
    std::unique_ptr<char[]> buffer_;
};

} // namespace massage_evidence::detail
