// The engine against real servers on 127.0.0.x: retries and their waits,
// per-host limits, HEAD then GET, soft 404s, TLS, page dates, patterns.
#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"

#include <chrono>

using namespace citekit;
using citekit::test::LoopbackServer;
using Catch::Matchers::Contains;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

TEST_CASE("linkcheck::check retries", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();

  SECTION("a 429 is retried after the Retry-After seconds, and the server sees the wait") {
    auto report = test::check_one(server.url("/retry-after/1"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.status == 200);
    CHECK(report.attempts == 2);
    CHECK(report.seconds >= 0.95);
    CHECK(report.seconds < 5.0);
    CHECK(server.requests() == 2);
  }

  SECTION("Retry-After as an HTTP date is waited for too") {
    auto report = test::check_one(server.url("/retry-date/1"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.attempts == 2);
    CHECK(report.seconds >= 0.5);
  }

  SECTION("a Retry-After longer than allowed is not waited for") {
    options.max_retry_after = std::chrono::milliseconds(500);
    auto start = Clock::now();
    auto report = test::check_one(server.url("/retry-after/30"), options);
    CHECK(report.verdict == Verdict::rate_limited);
    CHECK(report.attempts == 1);
    CHECK_THAT(report.detail, Contains("asked to retry after 30 s"));
    CHECK(seconds_since(start) < 2.0);
  }

  SECTION("5xx is retried with growing waits until it succeeds") {
    options.retry_wait = std::chrono::milliseconds(100);
    auto report = test::check_one(server.url("/flaky/2"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.attempts == 3);
    // Waits of 50-100 ms, then 100-200 ms.
    CHECK(report.seconds >= 0.15);
    CHECK(server.requests() == 3);
  }

  SECTION("retries stop at max_retries") {
    options.max_retries = 1;
    auto report = test::check_one(server.url("/flaky/5"), options);
    CHECK(report.verdict == Verdict::server_error);
    CHECK(report.status == 503);
    CHECK(report.attempts == 2);
    CHECK(server.requests() == 2);
  }

  SECTION("a timeout is retried; a refused connection is not") {
    options.total_timeout = std::chrono::milliseconds(200);
    options.max_retries = 1;
    const std::vector<std::string> urls = {server.url("/slow/3000"),
                                           "http://127.0.0.1:" + std::to_string(test::closed_port()) + "/"};
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    CHECK(run.reports[0].verdict == Verdict::timeout);
    CHECK(run.reports[0].attempts == 2);
    CHECK(run.reports[1].verdict == Verdict::connection_error);
    CHECK(run.reports[1].attempts == 1);
  }

  SECTION("a URL waiting for its retry holds nobody up") {
    options.max_in_flight = 1;
    std::vector<std::string> urls = {server.url("/retry-after/1")};
    for (int i = 0; i < 5; ++i) urls.push_back(server.url("/slow/20?n=" + std::to_string(i)));
    std::vector<double> finished_at;
    auto start = Clock::now();
    auto run = linkcheck::check(test::requests_for_urls(urls), options,
                                [&](const LinkReport&, std::size_t, std::size_t) { finished_at.push_back(seconds_since(start)); });
    for (const auto& report : run.reports) CHECK(report.verdict == Verdict::ok);
    REQUIRE(finished_at.size() == urls.size());
    // The five others are done before the retry is due.
    CHECK(finished_at[4] < 0.9);
    CHECK(run.reports[0].seconds >= 0.95);
  }
}

TEST_CASE("linkcheck::check per-host limits", "[linkcheck]") {
  // Three hosts: 127.0.0.1, 127.0.0.2 and 127.0.0.3, eight slow URLs each.
  LoopbackServer first({}, "127.0.0.1"), second({}, "127.0.0.2"), third({}, "127.0.0.3");
  std::vector<std::string> urls;
  for (int i = 0; i < 8; ++i)
    for (auto* server : {&first, &second, &third}) urls.push_back(server->url("/slow/100?n=" + std::to_string(i)));
  auto options = test::fast_options();
  options.max_in_flight = 64;
  options.max_per_host = 2;
  auto run = linkcheck::check(test::requests_for_urls(urls), options);
  for (const auto& report : run.reports) CHECK(report.verdict == Verdict::ok);
  for (auto* server : {&first, &second, &third}) {
    CHECK(server->requests() == 8);
    CHECK(server->peak_in_flight() == 2);
    CHECK(server->connections() <= 2);  // connections are reused, not reopened
  }
}

TEST_CASE("linkcheck::check HEAD first", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();
  options.head_first = true;
  SECTION("HEAD alone when the server answers it") {
    auto report = test::check_one(server.url("/ok"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(server.head_requests() == 1);
    CHECK(server.requests() == 1);
  }
  SECTION("GET after HEAD gets 405") {
    auto report = test::check_one(server.url("/head-refused"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.status == 200);
    CHECK(server.head_requests() == 1);
    CHECK(server.requests() == 2);
  }
  SECTION("GET by default") {
    options.head_first = false;
    CHECK(test::check_one(server.url("/head-refused"), options).verdict == Verdict::ok);
    CHECK(server.head_requests() == 0);
  }
}

TEST_CASE("linkcheck::check soft 404s and page facts", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();
  SECTION("a redirect to the home page") {
    auto report = test::check_one(server.url("/redirect/302?to=/"), options);
    CHECK(report.verdict == Verdict::soft_404);
    CHECK_THAT(report.detail, Contains("home page"));
    CHECK(report.title == "Welcome");
  }
  SECTION("a page whose title says it is not there") {
    auto report = test::check_one(server.url("/page?title=Page%20not%20found"), options);
    CHECK(report.verdict == Verdict::soft_404);
    CHECK(report.status == 200);
  }
  SECTION("a page that is there: its title and its modification date") {
    auto report = test::check_one(server.url("/page?title=Annual%20report&modified=2021-03-04T10:00:00Z"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.title == "Annual report");
    REQUIRE(report.modified);
    CHECK(report.modified->iso() == "2021-03-04");
  }
}

TEST_CASE("linkcheck::check changed after the access date", "[linkcheck]") {
  LoopbackServer server;
  auto request = [&](std::string path, int year) {
    LinkRequest r{server.url(path), Date{{DateParts{year, 1, 1}}, 0, false, ""}, {"1"}, {}};
    return linkcheck::check({r}, test::fast_options()).reports.at(0);
  };
  // Last-Modified: 21 October 2015.
  auto before = request("/last-modified", 2014);
  CHECK(before.changed_after_access);
  REQUIRE(before.modified);
  CHECK(before.modified->iso() == "2015-10-21");
  CHECK_FALSE(request("/last-modified", 2016).changed_after_access);
  CHECK(request("/page?title=T&modified=2021-03-04", 2020).changed_after_access);
  CHECK_FALSE(request("/ok", 2000).changed_after_access);  // no date given
}

TEST_CASE("linkcheck::check patterns and accepted statuses", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();
  SECTION("excluded URLs are reported, not fetched") {
    options.exclude = {"/status/"};
    auto run = linkcheck::check(test::requests_for_urls({server.url("/status/404"), server.url("/ok")}), options);
    CHECK(test::verdicts_of(run) == std::vector<Verdict>{Verdict::excluded, Verdict::ok});
    CHECK_THAT(run.reports[0].detail, Contains("exclude pattern"));
    CHECK(server.requests() == 1);
  }
  SECTION("an accepted status counts as alive") {
    options.accept = {{200, 299}, {403, 403}};
    auto run = linkcheck::check(test::requests_for_urls({server.url("/status/403"), server.url("/status/401")}), options);
    CHECK(test::verdicts_of(run) == std::vector<Verdict>{Verdict::ok, Verdict::broken});
  }
  SECTION("a pattern that does not compile stops the run, every URL unchecked") {
    options.include = {"("};
    auto run = linkcheck::check(test::requests_for_urls({server.url("/ok")}), options);
    CHECK_FALSE(run.error.empty());
    CHECK(test::verdicts_of(run) == std::vector<Verdict>{Verdict::unchecked});
    CHECK(server.requests() == 0);
  }
}

TEST_CASE("linkcheck::check over TLS", "[linkcheck]") {
  LoopbackServer server({}, "127.0.0.1", true);
  auto options = test::fast_options();
  SECTION("a self-signed certificate is a TLS error, said as such") {
    auto report = test::check_one(server.url("/ok"), options);
    CHECK(report.verdict == Verdict::tls_error);
    CHECK_THAT(report.detail, Contains("certificate"));
    CHECK(report.attempts == 1);
  }
  SECTION("--insecure checks the page anyway") {
    options.insecure = true;
    auto report = test::check_one(server.url("/ok"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.status == 200);
  }
}
