// See reader_pool.hpp. The lock is held only to move pointers in and out, never while reading.

#include "check/reader_pool.hpp"

namespace massage_evidence::detail {

std::unique_ptr<sentence_reader> reader_pool::take() {
    {
        const std::lock_guard guard(lock_);
        if (!idle_.empty()) {
            auto reader = std::move(idle_.back());
            idle_.pop_back();
            return reader;
        }
    }
    // Made outside the lock, on the thread that will read with it, so that its word cache is
    // first touched there.
    return std::make_unique<sentence_reader>(tables_);
}

void reader_pool::give_back(std::vector<std::unique_ptr<sentence_reader>>& readers) {
    const std::lock_guard guard(lock_);
    for (auto& reader : readers) {
        if (reader) {
            idle_.push_back(std::move(reader));
        }
    }
}

} // namespace massage_evidence::detail
