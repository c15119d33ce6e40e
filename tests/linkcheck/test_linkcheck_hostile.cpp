// Hostile servers and URLs, all in one check against loopback servers: each
// URL gets exactly one verdict, no transfer outlives its deadline, and what
// a server sends without end is not kept.
#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"
#include "tests/support.hpp"
#include "tests/linkcheck/raw_server.hpp"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

using namespace citekit;
using citekit::test::LoopbackServer;
using citekit::test::RawServer;
using Catch::Matchers::Contains;
using Clock = std::chrono::steady_clock;
using citekit::test::seconds_since;
using std::chrono::milliseconds;

namespace {

// Routes the table needs beyond LoopbackServer's own.
void hostile_routes(httplib::Server& server, LoopbackServer&) {
  // Only for user "user", password "secret" (HTTP Basic).
  server.Get("/private", [](const httplib::Request& request, httplib::Response& response) {
    if (request.get_header_value("Authorization") != "Basic dXNlcjpzZWNyZXQ=") {
      response.status = 401;
      return;
    }
    response.set_content("<html><head><title>Members</title></head></html>", "text/html");
  });
  server.Get("/two words", [](const httplib::Request&, httplib::Response& response) {
    response.set_content("<html><head><title>Spaced</title></head></html>", "text/html");
  });
}

struct Row {
  std::string name;
  std::string url;
  Verdict verdict;
  std::string detail;   // a part of the report's detail
  int attempts;         // 0: refused before any transfer
  double max_seconds;   // the report's own time, retries included
};

}  // namespace

TEST_CASE("linkcheck::check hostile servers and URLs", "[linkcheck][hostile]") {
  LoopbackServer server(hostile_routes);
  RawServer reset(test::raw::reset_mid_headers());
  RawServer drip(test::raw::drip_body(milliseconds(1000)));
  RawServer endless_body(test::raw::endless_body());
  RawServer endless_headers(test::raw::endless_headers());
  RawServer endless_line(test::raw::endless_line("HTTP/1.1 200 OK\r\nX-Endless: "));
  RawServer endless_status(test::raw::endless_line("HTTP/1.1 200 "));
  RawServer silent(test::raw::silent());
  RawServer long_location(test::raw::answer("HTTP/1.1 302 Found\r\nLocation: /" + std::string(10'000, 'a') +
                                            "\r\nContent-Length: 0\r\n\r\n"));
  const std::string port = std::to_string(server.port());

  auto options = test::fast_options();
  options.total_timeout = milliseconds(1000);
  options.connect_timeout = milliseconds(1000);
  options.max_retries = 1;
  options.retry_wait = milliseconds(50);
  options.max_per_host = 64;  // every server here is 127.0.0.1: none waits for another
  options.resolve = {"xn--bcher-kva.example:" + port + ":127.0.0.1"};

  // Timeouts and resets are tried twice (one retry); what says the same
  // every time is not retried.
  const std::vector<Row> rows = {
      {"an ordinary page", server.url("/ok"), Verdict::ok, "", 1, 1.0},
      {"connection reset mid-headers", reset.url("/"), Verdict::connection_error, "reset", 2, 1.0},
      {"a body dripping a byte a second", drip.url("/"), Verdict::timeout, "timed out", 2, 3.0},
      {"an endless body", endless_body.url("/"), Verdict::ok, "", 1, 1.0},
      {"headers without end", endless_headers.url("/"), Verdict::connection_error,
       "response headers longer than 65536 bytes", 1, 1.0},
      {"one header line without end", endless_line.url("/"), Verdict::connection_error,
       "a response line longer than libcurl accepts", 1, 1.0},
      {"a status line without end", endless_status.url("/"), Verdict::connection_error,
       "a response line longer than libcurl accepts", 1, 1.0},
      {"a server that never answers", silent.url("/"), Verdict::timeout, "timed out", 2, 3.0},
      {"a closed port", "http://127.0.0.1:" + std::to_string(test::closed_port()) + "/", Verdict::connection_error,
       "Couldn't connect", 1, 1.0},
      {"a host name that does not resolve", "http://nonexistent.invalid/", Verdict::dns_error, "resolve", 1, 3.0},
      {"a redirect to file://", server.url("/redirect/302?to=file:///etc/passwd"), Verdict::invalid_url,
       "not an http(s) URL (file)", 1, 1.0},
      {"a redirect to ftp://", server.url("/redirect/302?to=ftp://127.0.0.1/f"), Verdict::invalid_url,
       "not an http(s) URL (ftp)", 1, 1.0},
      {"a redirect to gopher://", server.url("/redirect/302?to=gopher://127.0.0.1/1"), Verdict::invalid_url,
       "not an http(s) URL (gopher)", 1, 1.0},
      {"a redirect to a 10 KB URL", long_location.url("/"), Verdict::invalid_url, "URL too long (10001 bytes", 1, 1.0},
      {"a URL with a space", server.url("/two words"), Verdict::ok, "", 1, 1.0},
      {"a Unicode host name", "http://bücher.example:" + port + "/ok", Verdict::ok, "", 1, 1.0},
      {"a host name that is not a valid IDN", "http://b\xff" "cher.example:" + port + "/ok", Verdict::invalid_url,
       "not a valid internationalised domain name", 0, 0.1},
      {"a user name and password", "http://user:secret@127.0.0.1:" + port + "/private", Verdict::ok, "", 1, 1.0},
      {"a 100 KB URL", server.url("/" + std::string(100'000, 'a')), Verdict::invalid_url,
       "URL too long (100023 bytes; at most 8192)", 0, 0.1},
  };
  std::vector<std::string> urls;
  for (const auto& row : rows) urls.push_back(row.url);

  auto start = Clock::now();
  std::vector<LinkReport> reports(rows.size());
  std::vector<int> reported(rows.size(), 0);
  auto run = linkcheck::check_each(test::requests_for_urls(urls), options, [&](std::size_t request, LinkReport report) {
    ++reported.at(request);
    reports.at(request) = std::move(report);
  });
  double elapsed = seconds_since(start);

  // Exactly one report per URL, and the whole check within the longest
  // row's bound (the timeouts, tried twice), not the servers' pace.
  CHECK(reported == std::vector<int>(rows.size(), 1));
  CHECK(elapsed < 4.0);
  CHECK_FALSE(run.network_unreachable);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const LinkReport& report = reports[i];
    CAPTURE(row.name, report.detail, report.seconds);
    if (std::getenv("CITEKIT_PRINT_HOSTILE"))
      std::printf("%-36s %-17s %d attempt(s) %.3f s  %s\n", row.name.c_str(), std::string(to_string(report.verdict)).c_str(),
                  report.attempts, report.seconds, report.detail.substr(0, 90).c_str());
    CHECK(report.verdict == row.verdict);
    CHECK_THAT(report.detail, Contains(row.detail));
    CHECK(report.attempts == row.attempts);
    CHECK(report.seconds <= row.max_seconds);
  }

  // (No SECTIONs: each would run the whole check again.)
  auto report_for = [&](std::string_view name) -> const LinkReport& {
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].name == name) return reports[i];
    throw std::logic_error("no row named " + std::string(name));
  };
  // The timeouts last their deadline, no less: two attempts of 1 s.
  CHECK(report_for("a body dripping a byte a second").seconds >= 2.0);
  CHECK(report_for("a server that never answers").seconds >= 2.0);
  // What never ends is cut off: the client stops reading and hangs up.
  // Without the caps, 1 s of loopback would carry hundreds of megabytes.
  for (RawServer* endless : {&endless_body, &endless_headers, &endless_line, &endless_status}) {
    CHECK(endless->dropped_by_client() == 1);
    CHECK(endless->bytes_sent() < 8u * 1024 * 1024);
  }
  // Servers that say nothing useful are not asked again; a reset is retried once.
  for (RawServer* useless : {&endless_headers, &endless_line, &endless_status}) CHECK(useless->connections() == 1);
  CHECK(reset.connections() == 2);
  // A URL with a space is checked percent-encoded.
  const LinkReport& spaced = report_for("a URL with a space");
  CHECK(spaced.final_url == server.url("/two%20words"));
  CHECK(spaced.title == "Spaced");
  // A Unicode host is checked under its punycode name (the resolve entry
  // names it so); the report keeps the URL as cited.
  const LinkReport& unicode = report_for("a Unicode host name");
  CHECK(unicode.url == "http://bücher.example:" + port + "/ok");
  CHECK(unicode.final_url == "http://xn--bcher-kva.example:" + port + "/ok");
  // The password is sent (the page needs it), and never shown.
  const LinkReport& with_password = report_for("a user name and password");
  CHECK(with_password.title == "Members");
  CHECK(with_password.url == "http://user:***@127.0.0.1:" + port + "/private");
  CHECK(with_password.final_url == with_password.url);
}

TEST_CASE("linkcheck::check endless redirects", "[linkcheck][hostile]") {
  // A loop and a 50-hop chain end at the redirect cap, counted in hops at
  // the server rather than in seconds: a busy machine may be slow to make
  // eleven requests, but must never make a twelfth. (Apart from the table
  // above, whose 1 s deadline is for servers that never finish.)
  LoopbackServer server;
  auto options = test::fast_options();
  options.max_redirects = 10;
  options.max_retries = 1;
  auto run = linkcheck::check(test::requests_for_urls({server.url("/loop"), server.url("/chain/50")}), options);

  REQUIRE(run.reports.size() == 2);
  for (const LinkReport& report : run.reports) {
    CAPTURE(report.url, report.detail);
    CHECK(report.verdict == Verdict::broken);
    CHECK_THAT(report.detail, Contains("too many redirects (more than 10)"));
    CHECK(report.attempts == 1);  // what says the same every time is not retried
    CHECK(report.redirects.size() == 11);  // ten followed, the eleventh refused
  }
  CHECK(run.reports[1].redirects.back().url == server.url("/chain/40"));
  CHECK(server.requests() == 22);  // eleven requests each, no more
}

TEST_CASE("linkcheck::check 429 storms", "[linkcheck][hostile]") {
  // Three hosts answer every request with 429: without Retry-After, with
  // "Retry-After: 1", and with a Retry-After of an hour. Eight URLs each.
  struct Storm {
    std::atomic<int> requests{0};
    std::unique_ptr<LoopbackServer> server;
  };
  auto start_storm = [](Storm& storm, const char* host, std::string retry_after) {
    storm.server = std::make_unique<LoopbackServer>(
        [&storm, retry_after](httplib::Server& server, LoopbackServer&) {
          server.Get("/storm", [&storm, retry_after](const httplib::Request&, httplib::Response& response) {
            ++storm.requests;
            response.status = 429;
            if (!retry_after.empty()) response.set_header("Retry-After", retry_after);
          });
        },
        host);
  };
  Storm plain, asks_a_second, asks_an_hour;
  start_storm(plain, "127.0.0.2", "");
  start_storm(asks_a_second, "127.0.0.3", "1");
  start_storm(asks_an_hour, "127.0.0.4", "3600");
  std::vector<std::string> urls;
  for (int i = 0; i < 8; ++i)
    for (Storm* storm : {&plain, &asks_a_second, &asks_an_hour})
      urls.push_back(storm->server->url("/storm?n=" + std::to_string(i)));

  auto options = test::fast_options();  // two retries, the first after 10-20 ms
  options.max_retry_after = milliseconds(2000);
  auto start = Clock::now();
  auto run = linkcheck::check(test::requests_for_urls(urls), options);
  double elapsed = seconds_since(start);

  REQUIRE(run.reports.size() == urls.size());
  for (std::size_t i = 0; i < urls.size(); ++i) {
    const LinkReport& report = run.reports[i];
    CAPTURE(urls[i], report.detail);
    CHECK(report.verdict == Verdict::rate_limited);
    CHECK(report.status == 429);
    if (i % 3 == 0) CHECK(report.attempts == 3);
    if (i % 3 == 1) {
      CHECK(report.attempts == 3);
      CHECK(report.seconds >= 1.9);  // waited as asked, twice
    }
    if (i % 3 == 2) {
      CHECK(report.attempts == 1);  // an hour is over the cap: not waited for
      CHECK_THAT(report.detail, Contains("asked to retry after 3600 s"));
    }
  }
  // Retries are bounded: three requests per URL at most.
  CHECK(plain.requests == 24);
  CHECK(asks_a_second.requests == 24);
  CHECK(asks_an_hour.requests == 8);
  // Bounded in time too: the two waits of a second, plus the hosts' short
  // pauses (a burst of 429s doubles a host's pause once, not once each).
  if (std::getenv("CITEKIT_PRINT_HOSTILE")) std::printf("429 storms: %.3f s\n", elapsed);
  CHECK(elapsed < 4.0);
}
