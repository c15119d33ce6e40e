#pragma once
// Which request starts next. The checker asks for work whenever a transfer
// ends; the scheduler answers with a job whose host has room (at most
// `per_host` requests at once), whose host is not backing off, and whose
// not-before time (a retry's wait) has come. Jobs go out in the order they
// were given, except that a transfer already under way (its next redirect
// hop, its GET after a refused HEAD) goes first, then due retries.
// Nothing here sleeps or touches the network: time is passed in, and
// next_wakeup() tells the caller how long it may wait on its sockets.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <queue>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace citekit::linkcheck {

// How a host that answers 429 or 503 is slowed down: each such answer in a
// row doubles the pause before the next request to it starts (from `first`
// up to `longest`); any other answer ends the pause. Answers that come
// during a pause (to requests sent before it) do not lengthen it, so a
// storm of 429s to many requests at once costs one doubling, not one each.
struct HostBackoff {
  std::chrono::milliseconds first{100};
  std::chrono::milliseconds longest{10'000};
};

class Scheduler {
 public:
  using Clock = std::chrono::steady_clock;
  using HostId = std::uint32_t;

  struct Ready {
    std::size_t job = 0;
    HostId host = 0;
    bool holds_slot = false;  // a transfer under way: it already counts against the global limit
  };

  Scheduler(std::size_t per_host, HostBackoff backoff);

  // The id of a host name, the same for the same name.
  HostId host_id(std::string_view host);

  // A job not yet started; jobs start in the order they were added.
  void add_job(std::size_t job, HostId host);
  // The next request of a transfer under way (a redirect hop, GET after HEAD).
  void add_continuation(std::size_t job, HostId host);
  // Another attempt, not before `not_before`.
  void add_retry(std::size_t job, HostId host, Clock::time_point not_before);

  // The next request that may start now, counted as running on its host.
  // Jobs and retries that need a new slot are only given when `slot_free`.
  std::optional<Ready> pop(Clock::time_point now, bool slot_free);
  // A request to `host` ended (or never started after pop).
  void finished(HostId host, Clock::time_point now);
  // A response from `host`: `overloaded` for 429 and 503.
  void answered(HostId host, bool overloaded, Clock::time_point now);

  // When a retry or a host's pause ends next; nullopt when none is pending.
  std::optional<Clock::time_point> next_wakeup() const;
  // Nothing queued and no retry waiting.
  bool idle() const { return queued_ == 0; }
  std::size_t running(HostId host) const { return hosts_[host].running; }

 private:
  // Orders work across hosts: continuations by arrival, retries by when
  // they fell due, jobs by their place in the input (after every retry).
  using Key = std::pair<std::uint64_t, HostId>;

  struct Host {
    std::size_t running = 0;
    Clock::time_point paused_until{};
    Clock::duration pause{};
    std::deque<std::pair<std::uint64_t, std::size_t>> continuations;  // (order, job)
    std::deque<std::pair<std::uint64_t, std::size_t>> retries;        // due, (order, job)
    std::deque<std::size_t> jobs;
    std::optional<Key> continuation_key;
    std::optional<Key> waiting_key;
    std::optional<Clock::time_point> wake_timer;  // a timer is set for the end of the pause
  };

  struct Timer {
    Clock::time_point at;
    HostId host;
    std::optional<std::size_t> retry_job;  // nullopt: the host's pause ends
    bool operator>(const Timer& other) const { return at > other.at; }
  };

  void fire_timers(Clock::time_point now);
  // Puts the host in the sets it belongs to now.
  void refresh(HostId host, Clock::time_point now);
  std::optional<Ready> take(std::set<Key>& from, bool continuation, Clock::time_point now);

  std::size_t per_host_;
  HostBackoff backoff_;
  std::unordered_map<std::string, HostId> ids_;
  std::vector<Host> hosts_;
  std::set<Key> continuations_;  // hosts with room and a continuation
  std::set<Key> waiting_;        // hosts with room and a retry or job
  std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers_;
  std::uint64_t next_order_ = 0;
  std::size_t queued_ = 0;  // continuations + retries (due or not) + jobs
};

}  // namespace citekit::linkcheck
