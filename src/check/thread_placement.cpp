// See thread_placement.hpp. Failures are ignored on purpose: placement only makes threads start
// sooner, and a thread that stays where it was created still does its work.

#include "check/thread_placement.hpp"

#include <algorithm>

#if MASSAGE_EVIDENCE_PLACE_THREADS
#include <pthread.h>
#endif

namespace massage_evidence::detail {

#if MASSAGE_EVIDENCE_PLACE_THREADS

unsigned usable_processors() noexcept {
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0 && CPU_COUNT(&allowed) > 0) {
        return static_cast<unsigned>(CPU_COUNT(&allowed));
    }
    return std::max(std::thread::hardware_concurrency(), 1U);
}

thread_placement::thread_placement() noexcept {
    if (sched_getaffinity(0, sizeof allowed_, &allowed_) != 0) {
        return; // more processors than a cpu_set_t holds: leave threads where they start
    }
    const int here = sched_getcpu();
    if (here < 0 || here >= CPU_SETSIZE) {
        return;
    }
    elsewhere_ = allowed_;
    CPU_CLR(here, &elsewhere_);
    enabled_ = CPU_COUNT(&elsewhere_) > 0;
}

void thread_placement::start_elsewhere(std::jthread& thread) const noexcept {
    if (enabled_) {
        pthread_setaffinity_np(thread.native_handle(), sizeof elsewhere_, &elsewhere_);
    }
}

void thread_placement::run_anywhere() const noexcept {
    if (enabled_) {
        pthread_setaffinity_np(pthread_self(), sizeof allowed_, &allowed_);
    }
}

#else

unsigned usable_processors() noexcept {
    return std::max(std::thread::hardware_concurrency(), 1U);
}

thread_placement::thread_placement() noexcept = default;
void thread_placement::start_elsewhere(std::jthread& /*thread*/) const noexcept {}
void thread_placement::run_anywhere() const noexcept {}

#endif

} // namespace massage_evidence::detail
