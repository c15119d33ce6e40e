#include "cli/stop_signals.hpp"

#include <atomic>

namespace citekit::cli {
namespace {

// The handler's only way to its interruption: a lock-free atomic pointer.
std::atomic<linkcheck::Interruption*> stop_target{nullptr};
static_assert(std::atomic<linkcheck::Interruption*>::is_always_lock_free);

extern "C" void request_stop(int) {
  if (auto* target = stop_target.load()) target->request();
}

void catch_signal(int signal, struct sigaction& previous) {
  struct sigaction action {};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  // Once only: the next Ctrl-C finds the default action and ends citekit.
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(signal, &action, &previous);
}

}  // namespace

StopOnSignals::StopOnSignals() {
  stop_target.store(&interruption_);
  catch_signal(SIGINT, previous_interrupt_);
  catch_signal(SIGTERM, previous_terminate_);
}

StopOnSignals::~StopOnSignals() {
  sigaction(SIGINT, &previous_interrupt_, nullptr);
  sigaction(SIGTERM, &previous_terminate_, nullptr);
  stop_target.store(nullptr);
}

}  // namespace citekit::cli
