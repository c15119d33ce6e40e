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

TEST_CASE("exporting::any_uri") {
  CHECK(any_uri("https://www.eulex-kosovo.eu/?page=2,60") == "https://www.eulex-kosovo.eu/?page=2,60");
  CHECK(any_uri("https://example.org/a b\"c<d>") == "https://example.org/a%20b%22c%3Cd%3E");
  CHECK(any_uri("https://example.org/{x}|^`\\") == "https://example.org/%7Bx%7D%7C%5E%60%5C");
  CHECK(any_uri("https://example.org/50%off?q=a%20b") == "https://example.org/50%25off?q=a%20b");
  CHECK(any_uri("https://example.org/a#b#c") == "https://example.org/a#b%23c");
  CHECK(any_uri("http://[::1]:8080/[x]") == "http://[::1]:8080/%5Bx%5D");
  CHECK(any_uri("https://example.org/Šimić") == "https://example.org/Šimić");
}
