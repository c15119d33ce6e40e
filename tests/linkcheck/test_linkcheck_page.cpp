#include "linkcheck/dates.hpp"
#include "linkcheck/filter.hpp"
#include "linkcheck/page.hpp"
#include "linkcheck/soft404.hpp"
#include "tests/catch.hpp"

#include <stdexcept>

using namespace citekit::linkcheck;
using namespace std::chrono;

TEST_CASE("linkcheck::read_page_start", "[linkcheck]") {
  SECTION("the title, entities decoded and whitespace collapsed") {
    auto page = read_page_start("<html><head><TITLE lang=en>\n  Kosovo &amp; NATO &#8211; a&nbsp;review </TITLE>", "text/html");
    CHECK(page.title == "Kosovo & NATO \xE2\x80\x93 a review");
  }
  SECTION("no title, a title cut off by the body cap, or not HTML") {
    CHECK(read_page_start("<html><body>x</body></html>", "text/html").title.empty());
    CHECK(read_page_start("<title>Cut off before the end", "text/html").title.empty());
    CHECK(read_page_start("<title>PDF?</title>", "application/pdf").title.empty());
  }
  SECTION("the latest modification date the page gives") {
    auto page = read_page_start(
        R"(<meta property="article:published_time" content="2019-01-01T00:00:00Z">)"
        R"(<meta content="2021-03-04T10:00:00Z" property="article:modified_time">)"
        R"(<script type="application/ld+json">{"dateModified": "2020-12-31"}</script>)",
        "text/html; charset=utf-8");
    REQUIRE(page.modified);
    CHECK(*page.modified == sys_days(year(2021) / 3 / 4));
  }
  SECTION("a published date alone is not a modification date") {
    CHECK_FALSE(read_page_start(R"(<meta property="article:published_time" content="2019-01-01">)", "").modified);
  }
}

TEST_CASE("linkcheck::soft_404_reason", "[linkcheck]") {
  struct Row { const char* cited; const char* final_url; bool redirected; const char* title; const char* reason; };
  const Row rows[] = {
      {"http://h.example/report", "http://h.example/report", false, "Annual report", nullptr},
      {"http://h.example/report", "http://h.example/", true, "Home", "home page"},
      {"http://h.example/report", "http://h.example/index.html", true, "Home", "home page"},
      {"http://h.example/", "https://h.example/", true, "Home", nullptr},  // the home page cited
      {"http://h.example/report", "http://h.example/errors/404.html", true, "Oops", "not found"},
      {"http://h.example/report", "http://h.example/page-not-found?from=report", true, "Oops", "not found"},
      {"http://h.example/report", "http://h.example/reports/2020", true, "Report 2020", nullptr},
      {"http://h.example/report", "http://h.example/report", false, "404 - Page Not Found", "title"},
      {"http://h.example/report", "http://h.example/report", false, "Seite nicht gefunden", "title"},
      {"http://h.example/a", "http://h.example/a", false, "Flight 4040 arrives", nullptr},
  };
  for (const auto& row : rows) {
    CAPTURE(row.cited, row.final_url, row.title);
    auto reason = soft_404_reason(row.cited, row.final_url, row.redirected, row.title);
    if (!row.reason) {
      CHECK_FALSE(reason);
    } else {
      REQUIRE(reason);
      CHECK_THAT(*reason, Catch::Matchers::Contains(row.reason));
    }
  }
}

TEST_CASE("linkcheck::UrlFilter", "[linkcheck]") {
  SECTION("no patterns: nothing is excluded") {
    CHECK_FALSE(UrlFilter({}, {}).exclusion("http://a.example/"));
  }
  SECTION("exclude patterns") {
    UrlFilter filter({}, {"linkedin\\.com", "^http://"});
    CHECK(filter.exclusion("https://www.linkedin.com/in/x"));
    CHECK(filter.exclusion("http://a.example/"));
    CHECK_FALSE(filter.exclusion("https://a.example/"));
  }
  SECTION("an include pattern wins over an exclude pattern; with includes, the rest is excluded") {
    UrlFilter filter({"nato\\.int"}, {"^https://www\\."});
    CHECK_FALSE(filter.exclusion("https://www.nato.int/x"));
    CHECK(filter.exclusion("https://www.osce.org/x"));
    CHECK_THAT(*filter.exclusion("https://osce.org/"), Catch::Matchers::Contains("no include pattern"));
  }
  SECTION("a pattern that does not compile is refused") {
    CHECK_THROWS_AS(UrlFilter({}, {"("}), std::invalid_argument);
  }
}
