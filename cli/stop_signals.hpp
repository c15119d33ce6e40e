#pragma once
// Ctrl-C (SIGINT) and SIGTERM during a link check: the check stops
// promptly, the report is written with what was found (the links not
// finished are "unchecked", detail "interrupted"), the cache keeps every
// finished result, and the command exits with ExitCode::interrupted. A
// second signal ends the process at once (its output file is then not
// written; a partial one never is).

#include "linkcheck/linkcheck.hpp"

#include <csignal>

namespace citekit::cli {

// Catches the two signals for as long as it lives, then restores the
// handlers it found. One at a time per process.
class StopOnSignals {
 public:
  StopOnSignals();
  ~StopOnSignals();
  StopOnSignals(const StopOnSignals&) = delete;
  StopOnSignals& operator=(const StopOnSignals&) = delete;

  const linkcheck::Interruption& interruption() const { return interruption_; }

 private:
  linkcheck::Interruption interruption_;
  struct sigaction previous_interrupt_ {};
  struct sigaction previous_terminate_ {};
};

}  // namespace citekit::cli
