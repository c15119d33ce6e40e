// Stopping a check part-way (Ctrl-C in the CLI): it ends at once, reports
// every URL, and keeps only finished results in the cache.
#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"
#include "tests/support.hpp"

#include <chrono>
#include <thread>

using namespace citekit;
using citekit::test::LoopbackServer;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

TEST_CASE("linkcheck::check interrupted", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();
  options.total_timeout = std::chrono::milliseconds(20'000);
  options.cache_path = (test::scratch_dir("interrupted") / "links.sqlite3").string();
  const std::vector<std::string> urls = {server.url("/ok"), server.url("/slow/20000?1"), server.url("/slow/20000?2"),
                                         "mailto:x@y"};
  linkcheck::Interruption interruption;

  SECTION("part-way: finished URLs are reported and cached, the others unchecked") {
    Clock::time_point requested_at;
    std::thread interrupter([&] {
      // Once the slow requests are under way (and /ok long done).
      auto give_up = Clock::now() + std::chrono::seconds(10);
      while (server.requests() < 3 && Clock::now() < give_up) std::this_thread::sleep_for(std::chrono::milliseconds(5));
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      requested_at = Clock::now();
      interruption.request();
    });
    auto run = linkcheck::check(test::requests_for_urls(urls), options, {}, &interruption);
    double stopping = seconds_since(requested_at);
    interrupter.join();

    CHECK(run.interrupted);
    CHECK(run.error.empty());
    CHECK(stopping < 0.5);  // promptly, though the slow pages would take 20 s
    REQUIRE(run.reports.size() == urls.size());
    CHECK(test::verdicts_of(run) ==
          std::vector<Verdict>{Verdict::ok, Verdict::unchecked, Verdict::unchecked, Verdict::invalid_url});
    CHECK(run.reports[1].detail == "interrupted");
    CHECK(run.reports[2].detail == "interrupted");
    CHECK(run.reports[1].url == urls[1]);
    auto cache = test::read_link_cache(options.cache_path);
    CHECK(cache.integrity == "ok");
    CHECK(cache.rows == std::vector<std::string>{"ok " + server.url("/ok")});
  }

  SECTION("before it starts: nothing is fetched") {
    interruption.request();
    auto run = linkcheck::check(test::requests_for_urls(urls), options, {}, &interruption);
    CHECK(run.interrupted);
    CHECK(test::verdicts_of(run) ==
          std::vector<Verdict>{Verdict::unchecked, Verdict::unchecked, Verdict::unchecked, Verdict::invalid_url});
    CHECK(server.requests() == 0);
  }

  SECTION("an interruption never requested changes nothing") {
    options.total_timeout = std::chrono::milliseconds(300);
    options.max_retries = 0;
    auto run = linkcheck::check(test::requests_for_urls(urls), options, {}, &interruption);
    CHECK_FALSE(run.interrupted);
    CHECK(test::verdicts_of(run) ==
          std::vector<Verdict>{Verdict::ok, Verdict::timeout, Verdict::timeout, Verdict::invalid_url});
  }
}
