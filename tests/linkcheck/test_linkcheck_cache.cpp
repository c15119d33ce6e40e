#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"
#include "tests/support.hpp"

#include <filesystem>
#include <thread>

using namespace citekit;
using citekit::test::LoopbackServer;

TEST_CASE("linkcheck::check with a cache", "[linkcheck]") {
  LoopbackServer server;
  auto options = test::fast_options();
  options.cache_path = (test::scratch_dir("link-cache") / "links.sqlite3").string();
  const std::vector<std::string> urls = {server.url("/ok"), server.url("/status/404"),
                                         server.url("/redirect/301?to=/page%3Ftitle%3DMoved"), "mailto:x@y"};
  auto first = linkcheck::check(test::requests_for_urls(urls), options);
  CHECK(first.warnings.empty());
  const auto requests_made = server.requests();
  CHECK(requests_made == 4);

  SECTION("a rerun within the age reports the same without the network") {
    auto second = linkcheck::check(test::requests_for_urls(urls), options);
    CHECK(server.requests() == requests_made);
    CHECK(test::verdicts_of(second) == test::verdicts_of(first));
    for (std::size_t i = 0; i < 3; ++i) {
      CAPTURE(urls[i]);
      CHECK(second.reports[i].cached);
      CHECK(second.reports[i].status == first.reports[i].status);
      CHECK(second.reports[i].final_url == first.reports[i].final_url);
      CHECK(second.reports[i].redirects == first.reports[i].redirects);
      CHECK(second.reports[i].title == first.reports[i].title);
      CHECK(second.reports[i].cited_in == std::vector<std::string>{std::to_string(i + 1)});
    }
    CHECK_FALSE(second.reports[3].cached);  // never fetched, never cached
  }

  SECTION("results older than the age are fetched again") {
    options.max_cache_age = std::chrono::seconds(0);
    auto second = linkcheck::check(test::requests_for_urls(urls), options);
    CHECK(server.requests() == 2 * requests_made);
    for (const auto& report : second.reports) CHECK_FALSE(report.cached);
  }

  SECTION("results under other settings are not reused") {
    options.head_first = true;
    linkcheck::check(test::requests_for_urls(urls), options);
    CHECK(server.requests() > requests_made);
  }

  SECTION("two runs may share the file at the same time") {
    std::vector<std::string> left, right;
    for (int i = 0; i < 40; ++i) {
      left.push_back(server.url("/ok?left=" + std::to_string(i)));
      right.push_back(server.url("/ok?right=" + std::to_string(i)));
    }
    linkcheck::CheckRun left_run, right_run;
    std::thread other([&] { right_run = linkcheck::check(test::requests_for_urls(right), options); });
    left_run = linkcheck::check(test::requests_for_urls(left), options);
    other.join();
    CHECK(left_run.warnings.empty());
    CHECK(right_run.warnings.empty());
    auto before = server.requests();
    std::vector<std::string> both = left;
    both.insert(both.end(), right.begin(), right.end());
    auto again = linkcheck::check(test::requests_for_urls(both), options);
    CHECK(server.requests() == before);
    for (const auto& report : again.reports) CHECK(report.cached);
  }

  SECTION("a cache that cannot be opened is a warning, and the check goes on") {
    options.cache_path = "/proc/no-such-place/links.sqlite3";
    auto run = linkcheck::check(test::requests_for_urls({server.url("/ok")}), options);
    REQUIRE(run.warnings.size() == 1);
    CHECK_THAT(run.warnings[0], Catch::Matchers::Contains("link cache"));
    CHECK(run.reports[0].verdict == Verdict::ok);
  }
}

TEST_CASE("linkcheck::cache_file_for", "[linkcheck]") {
  struct Row {
    const char* location;
    bool file;  // a SQLite file path, taken as it is
    const char* message;
  };
  const Row rows[] = {
      {"links.sqlite3", true, ""},
      {"/var/cache/citekit/links.sqlite3", true, ""},
      {"./odd:name.sqlite3", true, ""},  // a colon alone does not make a URL
      {"cache/postgresql:", true, ""},
      {"postgresql://x", false, "PostgreSQL support"},
      {"PostgreSQL://user@db.example.org:5432/links", false, "PostgreSQL support"},
      {"postgres://db/links", false, "PostgreSQL support"},
      {"redis://localhost", false, "\"redis://\" is not a cache this build can use"},
      {"sqlite+file://x", false, "is not a cache this build can use"},
  };
  for (const auto& row : rows) {
    INFO(row.location);
    auto file = linkcheck::cache_file_for(row.location);
    REQUIRE(file.ok() == row.file);
    if (row.file) CHECK(*file == row.location);
    if (!row.file) CHECK_THAT(file.error().describe(), Catch::Matchers::Contains(row.message));
  }
}

TEST_CASE("linkcheck::check with a cache this build cannot use makes nothing", "[linkcheck]") {
  auto folder = test::scratch_dir("cache-url");
  std::filesystem::current_path(folder);
  linkcheck::Options options;
  options.cache_path = "postgresql://db.example.org/links";
  options.exclude = {"."};
  auto run = linkcheck::check(test::requests_for_urls({"https://example.org/"}), options);
  REQUIRE(run.warnings.size() == 1);
  CHECK_THAT(run.warnings[0], Catch::Matchers::Contains("PostgreSQL support"));
  CHECK(std::filesystem::is_empty(folder));
  std::filesystem::current_path(test::source_dir());
}
