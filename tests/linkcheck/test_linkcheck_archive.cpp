// Archive lookups against a loopback stand-in for the Internet Archive that
// answers in the documented formats, failure modes included.
#include "linkcheck/archive.hpp"
#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"

#include <httplib.h>

#include <chrono>

using namespace citekit;
using namespace citekit::linkcheck;
using citekit::test::LoopbackServer;
using Catch::Matchers::Contains;
using namespace std::chrono;

namespace {

// What the stand-in knows, by the cited URL's last path segment:
//   captured  a capture on 2020-11-20 (before an access date of 2020-11-24)
//   later     availability names only a capture after it (2021-02-01); CDX has one before (2019-05-05)
//   hidden    availability answers empty, CDX knows a capture (the API's known failure mode)
//   never     no capture anywhere
//   limited   availability answers 429 with Retry-After: 1 once, then the capture
//   down      503 from both APIs
//   slow      availability answers after 2 s
void archive_routes(httplib::Server& routes, LoopbackServer& self) {
  auto capture_json = [](const std::string& url, const std::string& stamp) {
    return R"({"url": ")" + url + R"(", "archived_snapshots": {"closest": {"status": "200", "available": true, "url": "http://archive.test/web/)" +
           stamp + "/" + url + R"(", "timestamp": ")" + stamp + R"("}}})";
  };
  routes.Get("/wayback/available", [&self, capture_json](const httplib::Request& request, httplib::Response& response) {
    std::string url = request.get_param_value("url");
    auto has = [&](const char* name) { return url.find(name) != std::string::npos; };
    if (has("captured")) return response.set_content(capture_json(url, "20201120101010"), "application/json");
    if (has("later")) return response.set_content(capture_json(url, "20210201000000"), "application/json");
    if (has("limited")) {
      static std::atomic<int> asked{0};
      if (asked++ == 0) {
        response.status = 429;
        response.set_header("Retry-After", "1");
        return;
      }
      return response.set_content(capture_json(url, "20201120101010"), "application/json");
    }
    if (has("down")) {
      response.status = 503;
      return;
    }
    if (has("slow")) self.pause(std::chrono::milliseconds(2000));
    response.set_content(R"({"url": ")" + url + R"(", "archived_snapshots": {}})", "application/json");
  });
  routes.Get("/cdx/search/cdx", [](const httplib::Request& request, httplib::Response& response) {
    std::string url = request.get_param_value("url");
    auto has = [&](const char* name) { return url.find(name) != std::string::npos; };
    if (has("down")) {
      response.status = 503;
      return;
    }
    std::string rows = R"([["timestamp","original","statuscode"])";
    if (has("later")) rows += R"(,["20190505050505",")" + url + R"(","200"])";
    if (has("hidden")) rows += R"(,["20201001000000",")" + url + R"(","200"])";
    response.set_content(has("never") ? "" : rows + "]", "application/json");
  });
}

Options archive_options(const LoopbackServer& archive) {
  Options options = test::fast_options();
  options.max_retries = 1;
  options.total_timeout = milliseconds(500);
  options.archive.mode = ArchiveMode::all;
  options.archive.availability_url = archive.url("/wayback/available");
  options.archive.cdx_url = archive.url("/cdx/search/cdx");
  options.archive.replay_url = "http://archive.test/web/";
  return options;
}

Date accessed_2020_11_24() { return Date{{DateParts{2020, 11, 24}}, 0, false, ""}; }

}  // namespace

TEST_CASE("linkcheck::find_snapshots", "[linkcheck]") {
  LoopbackServer archive(archive_routes);
  auto options = archive_options(archive);
  struct Row { const char* page; const char* timestamp; int distance; const char* detail; };
  const Row rows[] = {
      {"captured", "20201120101010", 4, ""},
      {"later", "20190505050505", 569, ""},  // the capture before the access date, not the closer one after
      {"hidden", "20201001000000", 54, ""},
      {"never", "", 0, "not archived"},
      {"limited", "20201120101010", 4, ""},
      {"down", "", 0, "archive lookup failed: server-error"},
      {"slow", "", 0, "archive lookup failed: timeout"},
  };
  std::vector<ArchiveTarget> targets;
  for (const auto& row : rows) targets.push_back(ArchiveTarget{std::string("http://cited.test/") + row.page, accessed_2020_11_24()});
  auto start = steady_clock::now();
  auto findings = find_snapshots(targets, options);
  REQUIRE(findings.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    CAPTURE(rows[i].page, findings[i].detail);
    if (*rows[i].timestamp) {
      REQUIRE(findings[i].snapshot);
      CHECK(findings[i].snapshot->timestamp == rows[i].timestamp);
      CHECK(findings[i].snapshot->distance_days == rows[i].distance);
      CHECK_THAT(findings[i].snapshot->url, Contains(std::string("/web/") + rows[i].timestamp + "/http://cited.test/"));
      CHECK(findings[i].detail.empty());
    } else {
      CHECK_FALSE(findings[i].snapshot);
      CHECK_THAT(findings[i].detail, Contains(rows[i].detail));
    }
  }
  // The 429 was waited out (Retry-After: 1), not hammered.
  CHECK(duration<double>(steady_clock::now() - start).count() >= 0.95);
}

TEST_CASE("linkcheck::archive answers and queries", "[linkcheck]") {
  ArchiveOptions archive;
  archive.availability_url = "http://a.test/wayback/available";
  archive.cdx_url = "http://a.test/cdx";
  archive.replay_url = "http://a.test/web/";
  auto day = sys_days(year(2020) / 11 / 24);
  CHECK(availability_query(archive, "http://x.test/p?q=1", day) ==
        "http://a.test/wayback/available?url=http%3A%2F%2Fx.test%2Fp%3Fq%3D1&timestamp=20201124");
  CHECK(availability_query(archive, "http://x.test/", std::nullopt) ==
        "http://a.test/wayback/available?url=http%3A%2F%2Fx.test%2F");
  CHECK_THAT(cdx_before_query(archive, "http://x.test/", day), Contains("&to=20201124235959&output=json"));
  CHECK_THAT(cdx_before_query(archive, "http://x.test/", day), Contains("limit=-1"));

  CHECK_FALSE(read_availability("not json").readable);
  CHECK(read_availability(R"({"archived_snapshots": {}})").readable);
  CHECK_FALSE(read_availability(R"({"archived_snapshots": {}})").capture);
  auto closest = read_availability(
      R"({"archived_snapshots": {"closest": {"available": true, "url": "http://w/web/20130919044612/x", "timestamp": "20130919044612", "status": "200"}}})");
  REQUIRE(closest.capture);
  CHECK(closest.capture->timestamp == "20130919044612");

  CHECK(read_cdx("", archive).readable);
  CHECK_FALSE(read_cdx("[]", archive).capture);
  auto last_capture = read_cdx(R"([["timestamp","original","statuscode"],["2019","x","200"],["20200101000000","http://x.test/","200"]])", archive);
  REQUIRE(last_capture.capture);
  CHECK(last_capture.capture->url == "http://a.test/web/20200101000000/http://x.test/");
  CHECK_FALSE(read_cdx("<html>", archive).readable);
}

TEST_CASE("linkcheck::check with archive lookups", "[linkcheck]") {
  LoopbackServer archive(archive_routes);
  LoopbackServer site;
  auto options = archive_options(archive);
  options.archive.mode = ArchiveMode::problems;
  // Only the dead link is looked up; the stand-in knows every URL containing "captured".
  LinkRequest dead{site.url("/status/404?captured"), accessed_2020_11_24(), {"1"}, {}};
  LinkRequest alive{site.url("/ok?captured"), accessed_2020_11_24(), {"2"}, {}};
  auto run = linkcheck::check({dead, alive}, options);
  REQUIRE(run.reports[0].archived);
  CHECK(run.reports[0].archived->timestamp == "20201120101010");
  CHECK(run.reports[0].archived->distance_days == 4);
  CHECK_FALSE(run.reports[1].archived);
  CHECK(run.reports[1].archive_detail.empty());
}
