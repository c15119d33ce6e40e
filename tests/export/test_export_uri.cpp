#include "export/uri.hpp"
#include "tests/catch.hpp"

using namespace citekit::exporting;

TEST_CASE("exporting::any_uri") {
  CHECK(any_uri("https://www.eulex-kosovo.eu/?page=2,60") == "https://www.eulex-kosovo.eu/?page=2,60");
  CHECK(any_uri("https://example.org/a b\"c<d>") == "https://example.org/a%20b%22c%3Cd%3E");
  CHECK(any_uri("https://example.org/{x}|^`\\") == "https://example.org/%7Bx%7D%7C%5E%60%5C");
  CHECK(any_uri("https://example.org/50%off?q=a%20b") == "https://example.org/50%25off?q=a%20b");
  CHECK(any_uri("https://example.org/a#b#c") == "https://example.org/a#b%23c");
  CHECK(any_uri("http://[::1]:8080/[x]") == "http://[::1]:8080/%5Bx%5D");
  CHECK(any_uri("https://example.org/Šimić") == "https://example.org/Šimić");
  CHECK(any_uri("https://example.org/Šimić", NonAscii::encode) == "https://example.org/%C5%A0imi%C4%87");
}
