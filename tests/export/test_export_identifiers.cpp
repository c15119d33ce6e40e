#include "export/identifiers.hpp"
#include "tests/catch.hpp"

using namespace citekit::exporting;

TEST_CASE("exporting::is_valid_isbn") {
  struct Row {
    const char* isbn;
    bool valid;
  };
  const Row rows[] = {
      {"978-0-00-000000-2", true}, {"978-0-00-000000-3", false}, {"0-306-40615-2", true},
      {"0306406152", true},        {"0-8044-2957-X", true},      {"0-8044-2957-x", true},
      {"0-8044-295X-7", false},    {"978 1 84356 028 9", true},  {"12345", false},
      {"", false},                 {"978-0-00-000000-2a", false},
  };
  for (const auto& row : rows)
    SECTION(row.isbn) { CHECK(is_valid_isbn(row.isbn) == row.valid); }
}

TEST_CASE("exporting::is_valid_issn") {
  CHECK(is_valid_issn("1750-2977"));
  CHECK(is_valid_issn("0317-8471"));
  CHECK(is_valid_issn("2434-561X"));
  CHECK_FALSE(is_valid_issn("1750-2978"));
  CHECK_FALSE(is_valid_issn("1750-297"));
}
