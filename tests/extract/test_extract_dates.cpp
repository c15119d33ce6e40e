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
      // As references write them: brackets, year suffixes, APA order, other languages
      {"(1999).", DateOrder::unknown, "1999", false},
      {"[2001]", DateOrder::unknown, "2001", false},
      {"1999a", DateOrder::unknown, "1999", false},
      {"(2012, March 4)", DateOrder::unknown, "2012-03-04", false},
      {"1985, Jan.", DateOrder::unknown, "1985-01", false},
      {"4 de octubre 2010", DateOrder::unknown, "2010-10-04", false},
      {"3 de maio de 2019", DateOrder::unknown, "2019-05-03", false},
      {"24 nov. 2020", DateOrder::unknown, "2020-11-24", false},
      {"3.5.2019", DateOrder::unknown, "2019-05-03", false},
      {"12 ottobre 2010", DateOrder::unknown, "2010-10-12", false},
      // Ranges
      {"1999-2001", DateOrder::unknown, "1999/2001", false},
      {"1999–00", DateOrder::unknown, "1999/2000", false},
      {"2001/2002", DateOrder::unknown, "2001/2002", false},
      {"June 12-14, 1999", DateOrder::unknown, "1999-06-12/1999-06-14", false},
      {"12–14 June 1999", DateOrder::unknown, "1999-06-12/1999-06-14", false},
      {"May–June 2001", DateOrder::unknown, "2001-05/2001-06", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text, to_string(row.order));
    auto parsed = parse_date(row.text, row.order);
    if (std::string(row.iso).empty()) {
      CHECK_FALSE(parsed);
      continue;
    }
    REQUIRE(parsed);
    CHECK(parsed->date.iso() == row.iso);
    CHECK(parsed->ambiguous == row.ambiguous);
  }
  for (const char* bad : {"31/31/2020", "30 February 2020", "Smarch 3, 2020", "12", "29/02/2021", "2001-1999",
                          "Journal of Things"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad, DateOrder::unknown));
  }
}

TEST_CASE("extract::parse_date seasons, approximate dates and no date") {
  auto spring = parse_date("Spring 2001", DateOrder::unknown);
  REQUIRE(spring);
  CHECK(spring->date.season == 1);
  CHECK(spring->date.year() == 2001);
  auto fall = parse_date("(2011, Fall)", DateOrder::unknown);
  REQUIRE(fall);
  CHECK(fall->date.season == 3);
  CHECK(parse_date("Winter 1999/2000", DateOrder::unknown)->date.season == 4);
  CHECK(parse_date("Sommer 2010", DateOrder::unknown)->date.season == 2);
  for (const char* circa : {"c. 1850", "ca. 1850", "circa 1850", "[1850?]"}) {
    CAPTURE(circa);
    auto parsed = parse_date(circa, DateOrder::unknown);
    REQUIRE(parsed);
    CHECK(parsed->date.circa);
    CHECK(parsed->date.iso() == "1850");
  }
  for (const char* none : {"n.d.", "(n.d.)", "nd", "s.d.", "o. J.", "forthcoming", "in press"}) {
    CAPTURE(none);
    auto parsed = parse_date(none, DateOrder::unknown);
    REQUIRE(parsed);
    CHECK(parsed->date.parts.empty());
    CHECK_FALSE(parsed->date.literal.empty());
  }
}

TEST_CASE("extract::read_date") {
  CHECK(extract::read_date("1999, reprinted 2005", DateOrder::unknown)->date.iso() == "1999");
  CHECK(extract::read_date("Proc. June 1999 meeting", DateOrder::unknown)->date.iso() == "1999-06");
  CHECK(extract::read_date("23/11/2020", DateOrder::unknown)->date.iso() == "2020-11-23");
  CHECK_FALSE(extract::read_date("vol. 12", DateOrder::unknown));
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
  SECTION("each separator, one- and two-digit parts, two-digit years; page ranges are not dates") {
    struct Row {
      const char* text;
      int day_first, month_first;
    };
    const Row rows[] = {
        {"viewed 25.12.2019", 1, 0}, {"viewed 25-12-98", 1, 0}, {"viewed 12/25/98", 0, 1},
        {"viewed 1/13/2020", 0, 1},  {"pp. 13-25, 1998", 0, 0}, {"vol. 13, 25-31/1998", 0, 0},
    };
    for (const Row& row : rows) {
      CAPTURE(row.text);
      auto e = date_order_evidence({row.text});
      CHECK(e.day_first == row.day_first);
      CHECK(e.month_first == row.month_first);
    }
  }
}
