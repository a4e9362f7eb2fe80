// Paging, split in two: the decision (pure, over the injected environment, so tests cover it)
// and the process plumbing (fork, a pipe, exec of /bin/sh -c, wait), used only by the real
// process environment.

#include "cli/pager.hpp"

#include "massage_evidence/output.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace massage_evidence::cli {
namespace {

constexpr std::string_view default_pager = "less -FRX";

// sh exits 126 when the command cannot be run and 127 when it is not found.
constexpr int shell_cannot_execute = 126;
constexpr int shell_not_found = 127;

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t") == std::string_view::npos;
}

// While the pager runs, Ctrl-C and Ctrl-\ are for the pager; the tool waits, as system() does.
// A pager that quits before reading everything closes the pipe: that is EPIPE, not a signal.
class ignored_signals {
public:
    ignored_signals() {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN; // NOLINT(cppcoreguidelines-pro-type-union-access)
        sigemptyset(&ignore.sa_mask);
        ::sigaction(SIGINT, &ignore, &old_int_);
        ::sigaction(SIGQUIT, &ignore, &old_quit_);
        ::sigaction(SIGPIPE, &ignore, &old_pipe_);
    }
    ignored_signals(const ignored_signals&) = delete;
    ignored_signals& operator=(const ignored_signals&) = delete;
    ~ignored_signals() {
        ::sigaction(SIGINT, &old_int_, nullptr);
        ::sigaction(SIGQUIT, &old_quit_, nullptr);
        ::sigaction(SIGPIPE, &old_pipe_, nullptr);
    }

private:
    struct sigaction old_int_ {};
    struct sigaction old_quit_ {};
    struct sigaction old_pipe_ {};
};

} // namespace

std::optional<std::string> pager_command(const environment& env) {
    for (const char* name : {"MASSAGE_EVIDENCE_PAGER", "PAGER"}) {
        if (const auto value = env.variable(name)) {
            if (is_blank(*value) || *value == "cat") {
                return std::nullopt;
            }
            return *value;
        }
    }
    return std::string(default_pager);
}

bool should_page(const environment& env, bool no_pager) {
    return env.stdout_is_terminal && !no_pager && env.page && pager_command(env).has_value();
}

bool run_pager(const std::string& command, std::string_view text) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        return false;
    }
    const ignored_signals signals;
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    if (child == 0) {
        // In the child: the pipe becomes standard input, interrupts reach the pager again.
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGQUIT, SIG_DFL);
        ::signal(SIGPIPE, SIG_DFL);
        ::dup2(fds[0], STDIN_FILENO);
        ::setenv("LESS", "FRX", 0); // NOLINT(concurrency-mt-unsafe): single-threaded child
        ::setenv("LV", "-c", 0);    // NOLINT(concurrency-mt-unsafe)
        ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        ::_exit(shell_not_found);
    }
    ::close(fds[0]);
    int ignored = 0;
    // A pager that quits early closes the pipe; the broken pipe is not an error.
    (void)write_all(fds[1], text, ignored);
    ::close(fds[1]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            return true;
        }
    }
    return !(WIFEXITED(status) && (WEXITSTATUS(status) == shell_not_found ||
                                   WEXITSTATUS(status) == shell_cannot_execute));
}

} // namespace massage_evidence::cli
