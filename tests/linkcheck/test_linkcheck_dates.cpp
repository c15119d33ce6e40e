#include "linkcheck/access_dates.hpp"
#include "linkcheck/dates.hpp"
#include "tests/catch.hpp"

using namespace citekit;
using namespace citekit::linkcheck;
using namespace std::chrono;

namespace {

Date date(int year, int month = 0, int day = 0) { return Date{{DateParts{year, month, day}}, 0, false, ""}; }
sys_days ymd(int y, unsigned m, unsigned d) { return sys_days(year_month_day(year(y), month(m), std::chrono::day(d))); }

std::vector<std::string> codes(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.code);
  return out;
}

}  // namespace

TEST_CASE("linkcheck::parse_http_date", "[linkcheck]") {
  auto expected = ymd(1994, 11, 6) + hours(8) + minutes(49) + seconds(37);
  CHECK(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == expected);
  CHECK(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT") == expected);
  CHECK(parse_http_date("Sun Nov  6 08:49:37 1994") == expected);
  CHECK_FALSE(parse_http_date("Sun, 31 Feb 1994 08:49:37 GMT"));
  CHECK_FALSE(parse_http_date("yesterday"));
  CHECK_FALSE(parse_http_date(""));
}

TEST_CASE("linkcheck::parse_iso_day", "[linkcheck]") {
  CHECK(parse_iso_day("2021-03-04") == ymd(2021, 3, 4));
  CHECK(parse_iso_day("2021-03-04T10:00:00+01:00") == ymd(2021, 3, 4));
  CHECK_FALSE(parse_iso_day("2021-3-4"));
  CHECK_FALSE(parse_iso_day("2021-02-30"));
  CHECK_FALSE(parse_iso_day("04/03/2021"));
}

TEST_CASE("linkcheck::first_day and last_day", "[linkcheck]") {
  CHECK(first_day(date(2020)) == ymd(2020, 1, 1));
  CHECK(last_day(date(2020)) == ymd(2020, 12, 31));
  CHECK(first_day(date(2020, 2)) == ymd(2020, 2, 1));
  CHECK(last_day(date(2020, 2)) == ymd(2020, 2, 29));
  CHECK(last_day(date(2020, 11, 24)) == ymd(2020, 11, 24));
  CHECK_FALSE(first_day(Date{{}, 0, false, "n.d."}));
}

TEST_CASE("linkcheck::access_date_problems", "[linkcheck]") {
  const auto today = ymd(2024, 6, 1);
  const Date issued = date(2020, 5, 1);
  struct Row { const char* name; Date accessed; const Date* issued; bool undecided; const char* text; std::vector<std::string> codes; };
  const Row rows[] = {
      {"a plain past date", date(2021, 3, 4), &issued, false, "", {}},
      {"in the future", date(2030, 1, 1), nullptr, false, "", {"access-date-in-future"}},
      {"later today is not the future", date(2024, 6, 1), nullptr, false, "", {}},
      {"before the publication", date(2019, 12, 31), &issued, false, "", {"accessed-before-published"}},
      {"the same month as a month-only publication is fine", date(2020, 5, 1), &issued, false, "", {}},
      {"a year-only access date that may be after it", date(2020), &issued, false, "", {}},
      {"05/06 in a document without a day/month order", date(2020, 6, 5), nullptr, true, "(Accessed 05/06/2020)",
       {"ambiguous-access-date"}},
      {"the same date with the order decided", date(2020, 6, 5), nullptr, false, "(Accessed 05/06/2020)", {}},
      {"24/11 can only be day-first", date(2020, 11, 24), nullptr, true, "(Accessed 24/11/2020)", {}},
      {"written with the month's name", date(2020, 6, 5), nullptr, true, "(Accessed 5 June 2020)", {}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    AccessDateContext context{row.issued, row.undecided, row.text, today};
    CHECK(codes(access_date_problems(row.accessed, context)) == row.codes);
  }
}

TEST_CASE("linkcheck::changed_after", "[linkcheck]") {
  CHECK(changed_after(date(2021, 1, 2), date(2021, 1, 1)));
  CHECK_FALSE(changed_after(date(2021, 1, 1), date(2021, 1, 1)));  // the same day: cannot tell
  CHECK_FALSE(changed_after(date(2021, 6, 1), date(2021)));          // "2021" may mean December
  CHECK(changed_after(date(2022, 1, 1), date(2021)));
}
