#pragma once

// The sentence readers a claim_checker keeps between checks. A reader's word cache is most of
// what it costs to make (192 KiB to zero, and every distinct word of the text normalised again
// to warm it), and a check of a short text is over before that cost is paid back: a website's
// two thousand pages checked one by one spent more time making readers than reading. So each
// check takes its readers from the checker's pool and gives them back when it has finished,
// warm. Readers carry nothing else from one text to the next (each piece starts where nothing
// is under way), and one that was reading when something threw is not given back, since it may
// have stopped mid-sentence. Safe to use from several threads at once. Internal to the library.

#include "check/checker_tables.hpp"
#include "check/sentence_reader.hpp"

#include <memory>
#include <mutex>
#include <vector>

namespace massage_evidence::detail {

class reader_pool {
public:
    explicit reader_pool(const checker_tables& tables) noexcept : tables_(tables) {}

    /// A reader of the pool's tables: one given back earlier, or a new one.
    [[nodiscard]] std::unique_ptr<sentence_reader> take();

    /// Keeps `readers` (null ones skipped) for later checks. Only readers that finished their
    /// last text may be given back.
    void give_back(std::vector<std::unique_ptr<sentence_reader>>& readers);

private:
    const checker_tables& tables_;
    std::mutex lock_;
    std::vector<std::unique_ptr<sentence_reader>> idle_;
};

} // namespace massage_evidence::detail
