#include "extract/parse/dates.hpp"
#include "tests/catch.hpp"

using namespace citekit;
using extract::parse_date;

TEST_CASE("extract::parse_date") {
  struct Row {
    const char* text;
    DateOrder order;
    const char* iso;
    bool ambiguous;
  };
  const Row rows[] = {
      {"23/11/2020", DateOrder::unknown, "2020-11-23", false},
      {"11/23/2020", DateOrder::unknown, "2020-11-23", false},
      {"05/06/2020", DateOrder::day_first, "2020-06-05", false},
      {"05/06/2020", DateOrder::month_first, "2020-05-06", false},
      {"05/06/2020", DateOrder::unknown, "2020-06-05", true},
      {"06/06/2020", DateOrder::unknown, "2020-06-06", false},
      {"23.11.2020", DateOrder::unknown, "2020-11-23", false},
      {"23-11-20", DateOrder::unknown, "2020-11-23", false},
      {"2020-11-23", DateOrder::unknown, "2020-11-23", false},
      {"23 November 2020", DateOrder::unknown, "2020-11-23", false},
      {"23rd Nov. 2020", DateOrder::unknown, "2020-11-23", false},
      {"November 23, 2020", DateOrder::unknown, "2020-11-23", false},
      {"2020 Nov 23", DateOrder::unknown, "2020-11-23", false},
      {"23. November 2020", DateOrder::unknown, "2020-11-23", false},
      {"3 März 2021", DateOrder::unknown, "2021-03-03", false},
      {"12 décembre 2019", DateOrder::unknown, "2019-12-12", false},
      {"June 1999", DateOrder::unknown, "1999-06", false},
      {"1999", DateOrder::unknown, "1999", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text, to_string(row.order));
    auto parsed = parse_date(row.text, row.order);
    REQUIRE(parsed);
    CHECK(parsed->date.iso() == row.iso);
    CHECK(parsed->ambiguous == row.ambiguous);
  }
  for (const char* bad : {"31/31/2020", "30 February 2020", "Smarch 3, 2020", "12", "29/02/2021"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad, DateOrder::unknown));
  }
}

TEST_CASE("extract::decide_date_order") {
  using extract::date_order_evidence;
  using extract::decide_date_order;
  SECTION("unambiguous day-first dates decide the document") {
    auto e = date_order_evidence({"(Accessed 23/11/2020)", "(Accessed 05/06/2020)"});
    CHECK(e.day_first == 1);
    CHECK(e.month_first == 0);
    CHECK(decide_date_order(e) == DateOrder::day_first);
  }
  SECTION("month-first") {
    CHECK(decide_date_order(date_order_evidence({"Accessed 12/31/2020"})) == DateOrder::month_first);
  }
  SECTION("no evidence leaves it undecided") {
    CHECK(decide_date_order(date_order_evidence({"Accessed 05/06/2020", "2020-11-23"})) == DateOrder::unknown);
  }
  SECTION("conflicting evidence: the majority") {
    CHECK(decide_date_order(date_order_evidence({"23/11/2020", "24/11/2020", "12/31/2020"})) == DateOrder::day_first);
    CHECK(decide_date_order(date_order_evidence({"23/11/2020", "12/31/2020"})) == DateOrder::unknown);
  }
  SECTION("numbers inside URLs and version strings are not dates") {
    CHECK(date_order_evidence({"https://x.org/23/11/2020/a", "v1.2.3"}).day_first == 0);
  }
}
