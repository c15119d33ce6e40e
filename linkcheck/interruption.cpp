#include "linkcheck/linkcheck.hpp"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace citekit::linkcheck {
namespace {

bool make_nonblocking(int fd) {
  int flags = ::fcntl(fd, F_GETFL);
  return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 && ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

}  // namespace

// A self-pipe: request() writes a byte that wakes the checker's
// curl_multi_poll, which waits on the read end with the transfers' sockets.
// Writing to a pipe is async-signal-safe; waking libcurl directly is not.
Interruption::Interruption() {
  if (::pipe(pipe_) != 0 || !make_nonblocking(pipe_[0]) || !make_nonblocking(pipe_[1])) {
    for (int& fd : pipe_) {
      if (fd >= 0) ::close(fd);
      fd = -1;
    }
  }
}

Interruption::~Interruption() {
  for (int fd : pipe_)
    if (fd >= 0) ::close(fd);
}

void Interruption::request() noexcept {
  int saved_errno = errno;  // a signal handler must leave errno as it found it
  requested_.store(true);
  if (pipe_[1] >= 0) {
    const char byte = 1;
    // A full pipe already holds a wake-up: nothing is lost when this fails.
    [[maybe_unused]] auto written = ::write(pipe_[1], &byte, 1);
  }
  errno = saved_errno;
}

}  // namespace citekit::linkcheck
