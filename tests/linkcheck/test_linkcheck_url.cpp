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
