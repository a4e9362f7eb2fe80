#pragma once

// Where the reading threads of `check` start. A new thread may be queued on its creator's
// processor and move to an idle one only at the next load-balancing tick: some kernels pack new
// threads onto busy processors, as the virtual machines `check` was measured on do, where the
// wait was 1.6 ms on average and up to 3.7 ms, longer than reading a megabyte takes. So a helper
// is moved, before it first runs, to another processor the process may use, and lets itself run
// anywhere again as soon as it runs: it starts elsewhere but is never pinned. Where this is not
// supported (not Linux with glibc) both steps do nothing. Internal to the library.

#include <thread>

#if defined(__linux__) && defined(__GLIBC__)
#include <sched.h>
#define MASSAGE_EVIDENCE_PLACE_THREADS 1
#else
#define MASSAGE_EVIDENCE_PLACE_THREADS 0
#endif

namespace massage_evidence::detail {

/// The processors the calling thread may run on, which the threads it starts inherit: its
/// affinity mask where there is one (so `taskset` and container cpusets count), else every
/// processor. At least 1.
[[nodiscard]] unsigned usable_processors() noexcept;

class thread_placement {
public:
    /// Notes where the calling thread runs and where it may run.
    thread_placement() noexcept;

    /// Moves `thread`, just started, to the processors it may use other than the caller's, if
    /// there are any. The thread must call `run_anywhere` once it runs, and must
    /// not get that far before this returns, or it would stay pinned.
    void start_elsewhere(std::jthread& thread) const noexcept;

    /// Lets the calling thread, moved by `start_elsewhere`, run on every processor its creator
    /// may use.
    void run_anywhere() const noexcept;

private:
#if MASSAGE_EVIDENCE_PLACE_THREADS
    cpu_set_t allowed_{};
    cpu_set_t elsewhere_{};
    bool enabled_ = false;
#endif
};

} // namespace massage_evidence::detail
