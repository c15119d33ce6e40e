#include "linkcheck/linkcheck.hpp"
#include "linkcheck/redirects.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"

using namespace citekit;
using citekit::test::LoopbackServer;
using Catch::Matchers::Contains;

TEST_CASE("linkcheck::check following redirects", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();

  SECTION("each redirect status is recorded as a hop, permanent or not") {
    struct Row { int status; bool permanent; };
    const Row rows[] = {{301, true}, {302, false}, {303, false}, {307, false}, {308, true}};
    for (const auto& row : rows) {
      CAPTURE(row.status);
      std::string start = server.url("/redirect/" + std::to_string(row.status) + "?to=/ok");
      auto report = test::check_one(start, options);
      CHECK(report.verdict == Verdict::redirected);
      CHECK(report.status == 200);
      CHECK(report.redirects == std::vector<RedirectHop>{{start, row.status}});
      CHECK(report.final_url == server.url("/ok"));
      CHECK(report.permanent_redirect == row.permanent);
    }
  }

  SECTION("a relative Location is resolved against the URL that sent it") {
    const std::string locations[] = {"/ok", "../ok", "//127.0.0.1:" + std::to_string(server.port()) + "/ok",
                                     server.url("/ok")};
    for (const auto& location : locations) {
      CAPTURE(location);
      auto report = test::check_one(server.url("/redirect/302?to=" + location), options);
      CHECK(report.verdict == Verdict::redirected);
      CHECK(report.final_url == server.url("/ok"));
    }
  }

  SECTION("a chain of 3 redirects is recorded hop by hop") {
    auto report = test::check_one(server.url("/chain/3"), options);
    CHECK(report.verdict == Verdict::redirected);
    const std::vector<RedirectHop> hops = {
        {server.url("/chain/3"), 302}, {server.url("/chain/2"), 302}, {server.url("/chain/1"), 302}};
    CHECK(report.redirects == hops);
    CHECK(report.final_url == server.url("/chain/0"));
    CHECK_FALSE(report.permanent_redirect);
    CHECK(server.connections() == 1);  // each hop reuses the connection
  }

  SECTION("a redirect out of http(s) is refused, naming the target") {
    const std::string targets[] = {"ftp://127.0.0.1/file", "file:///etc/passwd", "mailto:x@y", "javascript:alert(1)"};
    for (const auto& target : targets) {
      CAPTURE(target);
      auto report = test::check_one(server.url("/redirect/302?to=" + target), options);
      CHECK(report.verdict == Verdict::invalid_url);
      CHECK_THAT(report.detail, Contains(target));
      CHECK(report.redirects.size() == 1);
    }
    CHECK(server.requests() == std::size(targets));
  }

  SECTION("a redirect loop stops after max_redirects") {
    options.max_redirects = 5;
    auto report = test::check_one(server.url("/loop"), options);
    CHECK(report.verdict == Verdict::broken);
    CHECK_THAT(report.detail, Contains("too many redirects"));
    CHECK(report.redirects.size() == 6);  // five followed, the sixth refused
    CHECK(server.requests() == 6);
  }

  SECTION("the total timeout is for the URL and all its redirects together") {
    // Each response comes within the timeout; the two together do not.
    options.total_timeout = std::chrono::milliseconds(300);
    options.max_retries = 0;
    auto report = test::check_one(server.url("/redirect/302?delay=200&to=/slow/200"), options);
    CHECK(report.verdict == Verdict::timeout);
    CHECK(report.redirects.size() == 1);
    CHECK(report.status == 0);  // the redirect's 302 is a hop, not the answer
    CHECK(report.final_url == server.url("/slow/200"));
    CHECK(report.seconds < 1.0);
  }

  SECTION("a redirect status without Location is broken") {
    auto report = test::check_one(server.url("/status/302"), options);
    CHECK(report.verdict == Verdict::broken);
    CHECK_THAT(report.detail, Contains("Location"));
    CHECK(report.redirects.empty());
  }
}

TEST_CASE("linkcheck::follow_redirect", "[linkcheck]") {
  struct Row { const char* location; std::size_t number; int max; const char* next; Verdict stop; const char* detail; };
  const Row rows[] = {
      {"/b", 1, 10, "http://h.example/b", Verdict::unchecked, ""},
      {"c?x=1", 1, 10, "http://h.example/a/c?x=1", Verdict::unchecked, ""},
      {"https://other.example", 1, 10, "https://other.example/", Verdict::unchecked, ""},
      {"/a b", 1, 10, "http://h.example/a%20b", Verdict::unchecked, ""},
      {"/b", 10, 10, "http://h.example/b", Verdict::unchecked, ""},
      {"/b", 11, 10, "", Verdict::broken, "too many redirects"},
      {"/b", 1, 0, "", Verdict::broken, "too many redirects"},
      {"ftp://h.example/f", 1, 10, "", Verdict::invalid_url, "ftp://h.example/f"},
      {"http://", 1, 10, "", Verdict::invalid_url, "redirected to http://"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.location, row.number, row.max);
    auto step = linkcheck::follow_redirect("http://h.example/a/b", row.location, row.number, row.max);
    CHECK(step.next_url == row.next);
    if (row.stop == Verdict::unchecked) {
      CHECK_FALSE(step.stop.has_value());
    } else {
      REQUIRE(step.stop.has_value());
      CHECK(step.stop->verdict == row.stop);
      CHECK_THAT(step.stop->detail, Contains(row.detail));
    }
  }
}

TEST_CASE("linkcheck::is_permanent_redirect", "[linkcheck]") {
  using Hops = std::vector<RedirectHop>;
  CHECK(linkcheck::is_permanent_redirect(Hops{{"a", 301}, {"b", 308}}));
  CHECK_FALSE(linkcheck::is_permanent_redirect(Hops{{"a", 301}, {"b", 302}}));
  CHECK_FALSE(linkcheck::is_permanent_redirect(Hops{}));
}
