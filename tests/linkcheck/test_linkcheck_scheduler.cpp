#include "linkcheck/scheduler.hpp"
#include "tests/catch.hpp"

#include <vector>

using citekit::linkcheck::HostBackoff;
using citekit::linkcheck::Scheduler;
using std::chrono::milliseconds;

namespace {

// Pops everything that may start now; each popped job keeps its host busy.
std::vector<std::size_t> pop_all(Scheduler& scheduler, Scheduler::Clock::time_point now, bool slot_free = true) {
  std::vector<std::size_t> jobs;
  while (auto ready = scheduler.pop(now, slot_free)) jobs.push_back(ready->job);
  return jobs;
}

}  // namespace

TEST_CASE("linkcheck::Scheduler", "[linkcheck]") {
  auto now = Scheduler::Clock::now();
  Scheduler scheduler(2, HostBackoff{milliseconds(100), milliseconds(400)});
  auto a = scheduler.host_id("a.example");
  auto b = scheduler.host_id("b.example");
  CHECK(scheduler.host_id("a.example") == a);

  SECTION("jobs start in input order, at most per_host per host") {
    for (std::size_t job : {0, 1, 2, 3}) scheduler.add_job(job, a);
    scheduler.add_job(4, b);
    CHECK(pop_all(scheduler, now) == std::vector<std::size_t>{0, 1, 4});
    CHECK(scheduler.running(a) == 2);
    scheduler.finished(a, now);
    CHECK(pop_all(scheduler, now) == std::vector<std::size_t>{2});
    CHECK_FALSE(scheduler.idle());
  }

  SECTION("without a free slot only continuations start") {
    scheduler.add_job(0, a);
    scheduler.add_continuation(7, b);
    auto ready = scheduler.pop(now, false);
    REQUIRE(ready);
    CHECK(ready->job == 7);
    CHECK(ready->holds_slot);
    CHECK_FALSE(scheduler.pop(now, false));
    CHECK(pop_all(scheduler, now) == std::vector<std::size_t>{0});
    CHECK(scheduler.idle());
  }

  SECTION("a retry waits for its not-before time, then goes before new jobs") {
    scheduler.add_retry(9, a, now + milliseconds(500));
    scheduler.add_job(1, a);
    REQUIRE(scheduler.next_wakeup());
    CHECK(*scheduler.next_wakeup() == now + milliseconds(500));
    CHECK(pop_all(scheduler, now) == std::vector<std::size_t>{1});
    scheduler.finished(a, now);
    scheduler.add_job(2, a);
    CHECK(pop_all(scheduler, now + milliseconds(499), false).empty());
    auto later = now + milliseconds(500);
    auto first = scheduler.pop(later, true);
    REQUIRE(first);
    CHECK(first->job == 9);
    CHECK_FALSE(first->holds_slot);
    CHECK(pop_all(scheduler, later) == std::vector<std::size_t>{2});
  }

  SECTION("a host answering 429 or 503 pauses, longer each time, until another answer") {
    for (std::size_t job = 0; job < 6; ++job) scheduler.add_job(job, a);
    CHECK(pop_all(scheduler, now).size() == 2);
    scheduler.finished(a, now);
    scheduler.answered(a, true, now);
    CHECK(pop_all(scheduler, now + milliseconds(99)).empty());
    CHECK(pop_all(scheduler, now + milliseconds(100)).size() == 1);
    auto t = now + milliseconds(100);
    scheduler.finished(a, t);
    scheduler.answered(a, true, t);  // the pause doubles
    CHECK(pop_all(scheduler, t + milliseconds(199)).empty());
    CHECK(scheduler.next_wakeup() <= t + milliseconds(200));
    scheduler.finished(a, t);
    scheduler.answered(a, false, t);  // a normal answer ends it at once
    CHECK(pop_all(scheduler, t).size() == 2);
  }

  SECTION("the pause stops at its longest") {
    scheduler.add_job(0, a);
    // Each 429 comes as the last pause ends: 100, 200, 400, then 400 ms again.
    auto t = now;
    for (int pause_ms : {100, 200, 400, 400}) {
      scheduler.answered(a, true, t);
      CHECK(pop_all(scheduler, t + milliseconds(pause_ms - 1)).empty());
      t += milliseconds(pause_ms);
    }
    CHECK(pop_all(scheduler, t).size() == 1);
  }

  SECTION("429s to requests sent before the pause began do not lengthen it") {
    for (std::size_t job = 0; job < 5; ++job) scheduler.add_job(job, a);
    CHECK(pop_all(scheduler, now).size() == 2);
    // Both requests were under way when the first 429 came: one pause of 100 ms.
    scheduler.finished(a, now);
    scheduler.answered(a, true, now);
    scheduler.finished(a, now + milliseconds(10));
    scheduler.answered(a, true, now + milliseconds(10));
    CHECK(pop_all(scheduler, now + milliseconds(99)).empty());
    CHECK(pop_all(scheduler, now + milliseconds(100)).size() == 2);
    // A 429 to a request sent after the pause doubles it.
    auto t = now + milliseconds(150);
    scheduler.finished(a, t);
    scheduler.answered(a, true, t);
    CHECK(pop_all(scheduler, t + milliseconds(199)).empty());
    CHECK(pop_all(scheduler, t + milliseconds(200)).size() == 1);
  }
}
