#include "linkcheck/url.hpp"
#include "tests/catch.hpp"

using namespace citekit::linkcheck;
using Catch::Matchers::Contains;

TEST_CASE("linkcheck::parse_http_url", "[linkcheck]") {
  SECTION("http(s) URLs are accepted and normalised") {
    struct Row { const char* in; const char* out; };
    const Row rows[] = {
        {"http://example.org", "http://example.org/"},
        {"https://example.org/a/b?c=d#e", "https://example.org/a/b?c=d#e"},
        {"HTTPS://example.org/x", "https://example.org/x"},
        {"http://127.0.0.1:8080/ok", "http://127.0.0.1:8080/ok"},
        {"http://example.org/a/../b", "http://example.org/b"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.in);
      auto url = parse_http_url(row.in);
      CHECK(url.ok());
      CHECK(url.url == row.out);
    }
  }

  SECTION("anything else is refused with a reason") {
    struct Row { const char* in; const char* reason; };
    const Row rows[] = {
        {"not a url", "no scheme"},
        {"", "no scheme"},
        {"www.example.org/page", "no scheme"},
        {"mailto:x@y", "not an http(s) URL (mailto)"},
        {"javascript:alert(1)", "not an http(s) URL (javascript)"},
        {"ftp://example.org/file", "not an http(s) URL (ftp)"},
        {"FILE:///etc/passwd", "not an http(s) URL (file)"},
        {"http://", "not a valid URL"},
        {"http://exa mple.org/", "not a valid URL"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.in);
      auto url = parse_http_url(row.in);
      CHECK_FALSE(url.ok());
      CHECK(url.url.empty());
      CHECK_THAT(url.problem, Contains(row.reason));
    }
  }
}

TEST_CASE("linkcheck::resolve_http_url", "[linkcheck]") {
  struct Row { const char* reference; const char* resolved; const char* problem; };
  const Row rows[] = {
      {"/x", "http://h.example/x", ""},
      {"x", "http://h.example/dir/x", ""},
      {"../x?q=1", "http://h.example/x?q=1", ""},
      {"//other.example/y", "http://other.example/y", ""},
      {"https://secure.example/", "https://secure.example/", ""},
      {"?page=2", "http://h.example/dir/page?page=2", ""},
      {"ftp://h.example/f", "", "(ftp)"},
      {"file:///etc/passwd", "", "(file)"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.reference);
    auto url = resolve_http_url("http://h.example/dir/page", row.reference);
    CHECK(url.url == row.resolved);
    CHECK_THAT(url.problem, Contains(row.problem));
  }
}

TEST_CASE("linkcheck::parse_http_url repairs what browsers repair", "[linkcheck]") {
  struct Row { std::string in; std::string out; };
  const Row rows[] = {
      {"http://example.org/a b?c d#e f", "http://example.org/a%20b?c%20d#e%20f"},
      {"http://example.org/ök?q=ä", "http://example.org/%C3%B6k?q=%C3%A4"},
      {"http://example.org/%20already", "http://example.org/%20already"},
      {"http://bücher.example/ok", "http://xn--bcher-kva.example/ok"},
      {"http://BÜCHER.example/", "http://xn--bcher-kva.example/"},
      {"http://xn--bcher-kva.example/", "http://xn--bcher-kva.example/"},
      {"http://例え.テスト/", "http://xn--r8jz45g.xn--zckzah/"},
      {"http://user:secret@example.org/", "http://user:secret@example.org/"},
      {"http://example.org/" + std::string(8192 - 19, 'a'), "http://example.org/" + std::string(8192 - 19, 'a')},
  };
  for (const auto& row : rows) {
    CAPTURE(row.in);
    auto url = parse_http_url(row.in);
    CHECK(url.problem.empty());
    CHECK(url.url == row.out);
  }
}

TEST_CASE("linkcheck::parse_http_url refuses what cannot be repaired", "[linkcheck]") {
  struct Row { std::string in; const char* reason; };
  const Row rows[] = {
      {"http://exa mple.org/", "not a valid URL"},
      {"http://example.org/\ttab", "not a valid URL"},
      {"http://b\xff" "cher.example/", "not a valid internationalised domain name"},
      {"http://example.org/" + std::string(8192 - 18, 'a'), "URL too long (8193 bytes; at most 8192)"},
      {"http://example.org/" + std::string(100'000, 'a'), "URL too long (100019 bytes; at most 8192)"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.in.substr(0, 40));
    auto url = parse_http_url(row.in);
    CHECK_THAT(url.problem, Contains(row.reason));
    CHECK(url.url.empty());
  }
}

TEST_CASE("linkcheck::encode_after_host", "[linkcheck]") {
  CHECK(encode_after_host("http://h.example/a b") == "http://h.example/a%20b");
  CHECK(encode_after_host("http://bü.example/ü") == "http://bü.example/%C3%BC");  // the host is left for IDN
  CHECK(encode_after_host("http://u:p w@h.example") == "http://u:p w@h.example");
  CHECK(encode_after_host("//h.example/a b") == "//h.example/a%20b");
  CHECK(encode_after_host("../a b?c d") == "../a%20b?c%20d");
  CHECK(abbreviated("short") == "short");
  CHECK(abbreviated(std::string(300, 'x'), 10) == "xxxxxxxxxx… (300 bytes)");
}
