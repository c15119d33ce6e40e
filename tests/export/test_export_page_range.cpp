#include "export/page_range.hpp"
#include "tests/catch.hpp"

using namespace citekit::exporting;

TEST_CASE("exporting::split_page_range") {
  struct Row {
    const char* page;
    const char* first;
    const char* last;
  };
  const Row rows[] = {
      {"198-199", "198", "199"},   {"145–167", "145", "167"}, {"198 - 199", "198", "199"},
      {"e12--e19", "e12", "e19"},  {"10", "10", ""},          {"3, 7-9", "3, 7-9", ""},
      {"-5", "-5", ""},            {" 12-34 ", "12", "34"},   {"", "", ""},
  };
  for (const auto& row : rows) {
    SECTION(std::string("\"") + row.page + "\"") {
      PageRange range = split_page_range(row.page);
      CHECK(range.first == row.first);
      CHECK(range.last == row.last);
    }
  }
}

TEST_CASE("exporting::bib_page_range") {
  struct Row {
    const char* page;
    const char* expected;
  };
  const Row rows[] = {
      {"198-199", "198--199"}, {"145–167", "145--167"}, {"198 — 199", "198--199"},
      {"12--34", "12--34"},    {"10", "10"},            {"3, 7-9", "3, 7--9"},
  };
  for (const auto& row : rows) {
    SECTION(row.page) { CHECK(bib_page_range(row.page) == row.expected); }
  }
}
