#include "linkcheck/scheduler.hpp"

#include <algorithm>

namespace citekit::linkcheck {
namespace {

// Jobs not yet started sort after every continuation and retry.
constexpr std::uint64_t kFirstJobOrder = std::uint64_t{1} << 62;

}  // namespace

Scheduler::Scheduler(std::size_t per_host, HostBackoff backoff)
    : per_host_(std::max<std::size_t>(per_host, 1)), backoff_(backoff) {}

Scheduler::HostId Scheduler::host_id(std::string_view host) {
  auto [it, added] = ids_.try_emplace(std::string(host), static_cast<HostId>(hosts_.size()));
  if (added) hosts_.emplace_back();
  return it->second;
}

void Scheduler::add_job(std::size_t job, HostId host) {
  hosts_[host].jobs.push_back(job);
  ++queued_;
  refresh(host, Clock::now());
}

void Scheduler::add_continuation(std::size_t job, HostId host) {
  hosts_[host].continuations.emplace_back(next_order_++, job);
  ++queued_;
  refresh(host, Clock::now());
}

void Scheduler::add_retry(std::size_t job, HostId host, Clock::time_point not_before) {
  timers_.push(Timer{not_before, host, job});
  ++queued_;
}

std::optional<Scheduler::Ready> Scheduler::pop(Clock::time_point now, bool slot_free) {
  fire_timers(now);
  if (!continuations_.empty()) return take(continuations_, true, now);
  if (slot_free && !waiting_.empty()) return take(waiting_, false, now);
  return std::nullopt;
}

std::optional<Scheduler::Ready> Scheduler::take(std::set<Key>& from, bool continuation, Clock::time_point now) {
  HostId id = from.begin()->second;
  Host& host = hosts_[id];
  std::size_t job = 0;
  if (continuation) {
    job = host.continuations.front().second;
    host.continuations.pop_front();
  } else if (!host.retries.empty()) {
    job = host.retries.front().second;
    host.retries.pop_front();
  } else {
    job = host.jobs.front();
    host.jobs.pop_front();
  }
  --queued_;
  ++host.running;
  refresh(id, now);
  return Ready{job, id, continuation};
}

void Scheduler::finished(HostId host, Clock::time_point now) {
  if (hosts_[host].running > 0) --hosts_[host].running;
  refresh(host, now);
}

void Scheduler::answered(HostId id, bool overloaded, Clock::time_point now) {
  Host& host = hosts_[id];
  if (overloaded && now < host.paused_until) {
    // An answer to a request sent before the pause began: a burst of 429s
    // from requests already under way is one refusal, not many in a row.
    return;
  }
  if (overloaded) {
    Clock::duration first = backoff_.first;
    host.pause = host.pause == Clock::duration::zero() ? first : std::min<Clock::duration>(host.pause * 2, backoff_.longest);
    host.paused_until = now + host.pause;
  } else {
    host.pause = Clock::duration::zero();
    host.paused_until = Clock::time_point{};
  }
  refresh(id, now);
}

std::optional<Scheduler::Clock::time_point> Scheduler::next_wakeup() const {
  if (timers_.empty()) return std::nullopt;
  return timers_.top().at;
}

void Scheduler::fire_timers(Clock::time_point now) {
  while (!timers_.empty() && timers_.top().at <= now) {
    Timer timer = timers_.top();
    timers_.pop();
    Host& host = hosts_[timer.host];
    if (timer.retry_job) {
      host.retries.emplace_back(next_order_++, *timer.retry_job);
    } else if (host.wake_timer == timer.at) {
      host.wake_timer.reset();
    }
    refresh(timer.host, now);
  }
}

void Scheduler::refresh(HostId id, Clock::time_point now) {
  Host& host = hosts_[id];
  if (host.continuation_key) continuations_.erase(*host.continuation_key);
  if (host.waiting_key) waiting_.erase(*host.waiting_key);
  host.continuation_key.reset();
  host.waiting_key.reset();
  bool has_work = !host.continuations.empty() || !host.retries.empty() || !host.jobs.empty();
  if (!has_work || host.running >= per_host_) return;
  if (now < host.paused_until) {
    // Looked at again when the pause ends.
    if (host.wake_timer != host.paused_until) {
      timers_.push(Timer{host.paused_until, id, std::nullopt});
      host.wake_timer = host.paused_until;
    }
    return;
  }
  if (!host.continuations.empty()) {
    host.continuation_key = Key{host.continuations.front().first, id};
    continuations_.insert(*host.continuation_key);
  }
  if (!host.retries.empty()) {
    host.waiting_key = Key{host.retries.front().first, id};
  } else if (!host.jobs.empty()) {
    host.waiting_key = Key{kFirstJobOrder + host.jobs.front(), id};
  }
  if (host.waiting_key) waiting_.insert(*host.waiting_key);
}

}  // namespace citekit::linkcheck
