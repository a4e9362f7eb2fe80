// The piece pipeline of `check`: cutting a text at blank lines, and reading its pieces on
// several threads while the caller settles them in order. See piece_pipeline.hpp.

#include "check/piece_pipeline.hpp"

#include "check/thread_placement.hpp"
#include "check/unread_text.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <stop_token>
#include <system_error>
#include <thread>

namespace massage_evidence::detail {

std::vector<text_piece> split_at_blank_lines(std::string_view text, std::size_t piece_bytes) {
    std::vector<text_piece> pieces;
    std::size_t begin = 0;
    // A blank line inside a comment or code block ends nothing (the tokenizer passes over them
    // whole), so no cut is made there. `unread` is the next of them that does not end before the
    // place being looked at.
    unread_finder finder(text);
    auto unread = finder.next(0);
    while (piece_bytes > 0 && text.size() - begin > piece_bytes) {
        auto blank = text.find("\n\n", begin + piece_bytes - 1);
        while (blank != std::string_view::npos) {
            const auto cut = blank + 2;
            while (unread.found() && unread.end <= cut) {
                unread = finder.next(unread.end);
            }
            if (!unread.found() || unread.begin >= cut) {
                break;
            }
            // From the last byte of the span: a code block ends with a line break, which with an
            // empty line after it makes a blank line.
            blank = text.find("\n\n", unread.end - 1);
        }
        if (blank == std::string_view::npos || blank + 2 >= text.size()) {
            break;
        }
        pieces.push_back({begin, blank + 2});
        begin = blank + 2;
    }
    pieces.push_back({begin, text.size()});
    return pieces;
}

namespace {

// What the threads share: which piece is read next, how many are settled, and which slots hold
// a piece read and not yet settled. Guarded by `lock`.
struct piece_schedule {
    std::mutex lock;
    std::condition_variable_any changed;
    std::size_t pieces = 0;
    std::size_t next = 0;    ///< the next piece to read
    std::size_t settled = 0; ///< pieces settled; piece i may be read once i < settled + slots
    std::vector<char> ready; ///< by slot: read and not yet settled
    std::vector<std::exception_ptr> failed; ///< by slot: what its reading threw

    // Whether a piece is left to read and a slot is free for it; under the lock.
    [[nodiscard]] bool can_take() const noexcept {
        return next < pieces && next < settled + ready.size();
    }
};

} // namespace

void run_pieces(std::size_t pieces, unsigned threads, std::size_t slot_count,
                const std::function<void(std::size_t, std::size_t, unsigned)>& read,
                const std::function<void(std::size_t)>& settle) {
    piece_schedule schedule;
    schedule.pieces = pieces;
    schedule.ready.assign(std::max<std::size_t>(slot_count, 1), 0);
    schedule.failed.resize(schedule.ready.size());
    const auto slots = schedule.ready.size();

    // Placing threads costs system calls, which a text read on the calling thread alone (any
    // short one) does not need.
    const auto wanted = std::min<std::size_t>(threads, pieces);
    std::optional<thread_placement> placement;
    if (wanted > 1) {
        placement.emplace();
    }
    const auto help = [&](std::stop_token stop, unsigned reader) {
        std::unique_lock guard(schedule.lock); // not before the caller has placed this thread
        placement->run_anywhere();
        for (;;) {
            schedule.changed.wait(guard, stop, [&] { return schedule.can_take(); });
            if (stop.stop_requested() || !schedule.can_take()) {
                return;
            }
            const auto piece = schedule.next++;
            const auto slot = piece % slots;
            guard.unlock();
            try {
                read(piece, slot, reader);
            } catch (...) {
                schedule.failed[slot] = std::current_exception();
            }
            guard.lock();
            schedule.ready[slot] = 1;
            schedule.changed.notify_all();
        }
    };
    // Declared after the schedule, so destroyed first: a helper's destructor asks it to stop
    // and joins it, also when `settle` throws.
    std::vector<std::jthread> helpers;
    // Declared after the helpers, so unlocked before they are joined. Held while they start, so
    // that each is placed before it runs.
    std::unique_lock guard(schedule.lock);
    helpers.reserve(wanted);
    for (unsigned reader = 1; reader < wanted; ++reader) {
        try {
            helpers.emplace_back(help, reader);
        } catch (const std::system_error&) {
            break; // no more threads to be had: the ones there are (the caller at least) do it all
        }
        placement->start_elsewhere(helpers.back());
    }

    while (schedule.settled < pieces) {
        const auto slot = schedule.settled % slots;
        if (schedule.ready[slot] != 0) {
            guard.unlock();
            if (schedule.failed[slot]) {
                std::rethrow_exception(schedule.failed[slot]);
            }
            settle(slot);
            guard.lock();
            schedule.ready[slot] = 0;
            ++schedule.settled;
            schedule.changed.notify_all();
        } else if (schedule.can_take()) {
            // Nothing to settle yet: read a piece here rather than wait.
            const auto piece = schedule.next++;
            const auto own = piece % slots;
            guard.unlock();
            read(piece, own, 0);
            guard.lock();
            schedule.ready[own] = 1;
        } else {
            schedule.changed.wait(guard, [&] { return schedule.ready[slot] != 0; });
        }
    }
}

} // namespace massage_evidence::detail
