#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <mutex>

using namespace citekit;
using citekit::test::LoopbackServer;
using Catch::Matchers::Contains;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

TEST_CASE("linkcheck::check", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();

  SECTION("HTTP statuses become verdicts") {
    // 5xx and 429 are tried three times (two retries) before the verdict.
    struct Row { const char* path; Verdict verdict; int status; const char* detail; int attempts; };
    const Row rows[] = {
        {"/ok", Verdict::ok, 200, "", 1},
        {"/status/204", Verdict::ok, 204, "", 1},
        {"/status/404", Verdict::broken, 404, "HTTP 404", 1},
        {"/status/410", Verdict::broken, 410, "HTTP 410", 1},
        {"/status/500", Verdict::server_error, 500, "HTTP 500", 3},
        {"/status/503", Verdict::server_error, 503, "HTTP 503", 3},
        {"/status/429", Verdict::rate_limited, 429, "HTTP 429", 3},
        {"/status/501", Verdict::server_error, 501, "HTTP 501", 1},
    };
    std::vector<std::string> urls;
    for (const auto& row : rows) urls.push_back(server.url(row.path));
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    REQUIRE(run.reports.size() == std::size(rows));
    for (std::size_t i = 0; i < std::size(rows); ++i) {
      const auto& report = run.reports[i];
      CAPTURE(rows[i].path);
      CHECK(report.verdict == rows[i].verdict);
      CHECK(report.status == rows[i].status);
      CHECK(report.detail == rows[i].detail);
      CHECK(report.final_url == urls[i]);
      CHECK(report.redirects.empty());
      CHECK(report.attempts == rows[i].attempts);
    }
    CHECK_FALSE(run.network_unreachable);
    CHECK(run.error.empty());
  }

  SECTION("the Last-Modified header is kept as sent") {
    auto report = test::check_one(server.url("/last-modified"), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.last_modified == LoopbackServer::kLastModified);
    CHECK(test::check_one(server.url("/ok"), options).last_modified.empty());
  }

  SECTION("a response slower than the total timeout is a timeout") {
    options.total_timeout = std::chrono::milliseconds(300);
    options.max_retries = 0;
    auto start = Clock::now();
    auto report = test::check_one(server.url("/slow/2000"), options);
    CHECK(report.verdict == Verdict::timeout);
    CHECK_THAT(report.detail, Contains("timed out"));
    CHECK(report.seconds < 1.5);
    CHECK(seconds_since(start) < 1.5);
  }

  SECTION("failures below HTTP get their own verdicts when other links answer") {
    struct Row { std::string url; Verdict verdict; };
    const Row rows[] = {
        {"http://127.0.0.1:" + std::to_string(test::closed_port()) + "/", Verdict::connection_error},
        {"http://nonexistent.invalid/", Verdict::dns_error},
        // TLS spoken to a plain HTTP server fails in the handshake.
        {"https://127.0.0.1:" + std::to_string(server.port()) + "/ok", Verdict::tls_error},
        {server.url("/ok"), Verdict::ok},
    };
    std::vector<std::string> urls;
    for (const auto& row : rows) urls.push_back(row.url);
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    REQUIRE(run.reports.size() == std::size(rows));
    for (std::size_t i = 0; i < std::size(rows); ++i) {
      CAPTURE(rows[i].url, run.reports[i].detail);
      CHECK(run.reports[i].verdict == rows[i].verdict);
      if (rows[i].verdict != Verdict::ok) CHECK_FALSE(run.reports[i].detail.empty());
    }
    CHECK_FALSE(run.network_unreachable);
  }

  SECTION("what is not an http(s) URL is refused without a request") {
    const std::vector<std::string> urls = {"not a url", "mailto:x@y", "javascript:alert(1)",
                                           "ftp://127.0.0.1/file", "file:///etc/passwd", "", "http://"};
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    REQUIRE(run.reports.size() == urls.size());
    for (const auto& report : run.reports) {
      CAPTURE(report.url);
      CHECK(report.verdict == Verdict::invalid_url);
      CHECK_FALSE(report.detail.empty());
      CHECK(report.attempts == 0);
    }
    CHECK_THAT(run.reports[1].detail, Contains("mailto"));
    CHECK(server.requests() == 0);
    CHECK_FALSE(run.network_unreachable);
  }

  SECTION("a large body is cut after the cap and the page is still ok") {
    constexpr std::size_t kBodyBytes = 64 * 1024 * 1024;
    auto report = test::check_one(server.url("/large/" + std::to_string(kBodyBytes)), options);
    CHECK(report.verdict == Verdict::ok);
    CHECK(report.status == 200);
    CHECK(report.detail.empty());
    CHECK(server.large_body_bytes_sent() < kBodyBytes);
  }

  SECTION("no more than max_in_flight requests run at once") {
    const std::size_t limits[] = {1, 2, 4};
    for (std::size_t limit : limits) {
      LoopbackServer counting_server;
      std::vector<std::string> urls;
      for (int i = 0; i < 8; ++i) urls.push_back(counting_server.url("/slow/100?n=" + std::to_string(i)));
      options.max_in_flight = limit;
      auto run = linkcheck::check(test::requests_for_urls(urls), options);
      CAPTURE(limit);
      CHECK(run.reports.size() == 8);
      for (const auto& report : run.reports) CHECK(report.verdict == Verdict::ok);
      CHECK(counting_server.requests() == 8);
      CHECK(counting_server.peak_in_flight() == limit);
    }
  }

  SECTION("URLs on the same server share a connection") {
    options.max_in_flight = 1;
    std::vector<std::string> urls;
    for (int i = 0; i < 4; ++i) urls.push_back(server.url("/ok?n=" + std::to_string(i)));
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    for (const auto& report : run.reports) CHECK(report.verdict == Verdict::ok);
    CHECK(server.requests() == 4);
    CHECK(server.connections() == 1);
  }

  SECTION("every request gets one report, in request order, with progress for each") {
    const std::vector<std::string> urls = {server.url("/status/404"), "not a url", server.url("/slow/50"),
                                           server.url("/ok"), server.url("/redirect/301?to=/ok"),
                                           "http://nonexistent.invalid/"};
    const std::vector<Verdict> expected = {Verdict::broken, Verdict::invalid_url, Verdict::ok,
                                           Verdict::ok,     Verdict::redirected,  Verdict::dns_error};
    auto requests = test::requests_for_urls(urls);
    std::vector<std::size_t> done_counts;
    std::vector<std::string> progress_urls;
    auto run = linkcheck::check(requests, options, [&](const LinkReport& report, std::size_t done, std::size_t total) {
      CHECK(total == urls.size());
      done_counts.push_back(done);
      progress_urls.push_back(report.url);
    });
    CHECK(test::verdicts_of(run) == expected);
    for (std::size_t i = 0; i < urls.size(); ++i) {
      CHECK(run.reports[i].url == urls[i]);
      CHECK(run.reports[i].cited_in == requests[i].cited_in);
    }
    CHECK(done_counts == std::vector<std::size_t>{1, 2, 3, 4, 5, 6});
    std::sort(progress_urls.begin(), progress_urls.end());
    auto sorted_urls = urls;
    std::sort(sorted_urls.begin(), sorted_urls.end());
    CHECK(progress_urls == sorted_urls);
  }

  SECTION("requests for the same URL share one fetch") {
    const std::vector<std::string> urls = {server.url("/ok"), server.url("/ok"), "  " + server.url("/ok") + "\n"};
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    REQUIRE(run.reports.size() == 3);
    for (std::size_t i = 0; i < urls.size(); ++i) {
      CHECK(run.reports[i].verdict == Verdict::ok);
      CHECK(run.reports[i].url == urls[i]);
      CHECK(run.reports[i].cited_in == std::vector<std::string>{std::to_string(i + 1)});
    }
    CHECK(server.requests() == 1);
  }

  SECTION("no requests, no reports") {
    auto run = linkcheck::check({}, options);
    CHECK(run.reports.empty());
    CHECK_FALSE(run.network_unreachable);
    CHECK(run.error.empty());
  }
}

TEST_CASE("linkcheck::check when the network is unreachable", "[linkcheck]") {
  const std::string closed = "http://127.0.0.1:" + std::to_string(test::closed_port()) + "/";
  const std::vector<std::string> urls = {"http://nonexistent.invalid/", "mailto:x@y", "http://also-nonexistent.invalid/page",
                                         closed};
  auto run = linkcheck::check(test::requests_for_urls(urls), test::fast_options());
  CHECK(run.network_unreachable);
  const std::vector<Verdict> expected = {Verdict::unchecked, Verdict::invalid_url, Verdict::unchecked,
                                         Verdict::unchecked};
  CHECK(test::verdicts_of(run) == expected);
  for (std::size_t i : {0u, 2u, 3u}) CHECK_THAT(run.reports[i].detail, Contains("network appears unreachable"));
}

TEST_CASE("linkcheck::check request headers", "[linkcheck]") {
  std::mutex mutex;  // the handler runs on a server thread
  std::string user_agent;
  std::string accept;
  LoopbackServer server([&](httplib::Server& routes, LoopbackServer&) {
    routes.Get("/headers", [&](const httplib::Request& request, httplib::Response& response) {
      std::lock_guard lock(mutex);
      user_agent = request.get_header_value("User-Agent");
      accept = request.get_header_value("Accept");
      response.set_content("seen", "text/plain");
    });
  });
  auto options = test::fast_options();
  options.user_agent = "citekit-test/1.0";
  CHECK(test::check_one(server.url("/headers"), options).verdict == Verdict::ok);
  std::lock_guard lock(mutex);
  CHECK(user_agent == "citekit-test/1.0");
  CHECK_THAT(accept, Contains("text/html"));
}
