#include "export/xml_output.hpp"
#include "tests/catch.hpp"

using namespace citekit::exporting;

TEST_CASE("exporting::xml_text") {
  CHECK(xml_text("plain") == "plain");
  CHECK(xml_text("tab\tnewline\n") == "tab\tnewline\n");
  CHECK(xml_text("bell\x07 nul") == "bell nul");
  CHECK(xml_text("bad\xff") == "bad\xEF\xBF\xBD");
  CHECK(xml_text("Šimić") == "Šimić");
}

TEST_CASE("exporting::is_xml_id") {
  struct Row {
    const char* value;
    bool expected;
  };
  const Row rows[] = {
      {"wintour1999why", true}, {"smith2020kosovoa", true}, {"_x.y-z", true}, {"müller2020", true},
      {"2020report", false},    {"a:b", false},             {"a b", false},   {"", false},
  };
  for (const auto& row : rows) {
    SECTION(row.value) { CHECK(is_xml_id(row.value) == row.expected); }
  }
}
