#include "linkcheck/credentials.hpp"
#include "tests/catch.hpp"

using namespace citekit::linkcheck;

TEST_CASE("linkcheck::redact_passwords", "[linkcheck]") {
  struct Row { const char* in; const char* out; };
  const Row rows[] = {
      {"http://user:secret@h.example/", "http://user:***@h.example/"},
      {"https://user:s3cr%40t@h.example:8080/p?q#f", "https://user:***@h.example:8080/p?q#f"},
      {"http://user@h.example/", "http://user@h.example/"},
      {"http://h.example:8080/a@b", "http://h.example:8080/a@b"},
      {"http://user:@h.example/", "http://user:@h.example/"},
      {"http://h.example/", "http://h.example/"},
      {"redirected to http://a:b@x.example/ from http://c:d@y.example/",
       "redirected to http://a:***@x.example/ from http://c:***@y.example/"},
      {"http://user:p@ss@h.example/", "http://user:***@h.example/"},
      {"no URL here: a:b@c", "no URL here: a:b@c"},
      {"", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.in);
    CHECK(redact_passwords(row.in) == row.out);
  }
  CHECK(has_password("http://user:secret@h.example/"));
  CHECK_FALSE(has_password("http://user@h.example/"));
}

TEST_CASE("linkcheck::without_userinfo", "[linkcheck]") {
  CHECK(without_userinfo("http://user:secret@h.example/p?q") == "http://h.example/p?q");
  CHECK(without_userinfo("http://h.example/") == "http://h.example/");
}
