#include "linkcheck/unreachable.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"

using namespace citekit;

namespace {

LinkReport report(Verdict verdict, int attempts, bool cached = false, int status = 0) {
  LinkReport r;
  r.verdict = verdict;
  r.attempts = attempts;
  r.cached = cached;
  r.status = status;
  r.detail = "why";
  return r;
}

}  // namespace

TEST_CASE("linkcheck::failed_below_http", "[linkcheck]") {
  struct Row { const char* name; LinkReport report; bool below_http; };
  const Row rows[] = {
      {"DNS failure", report(Verdict::dns_error, 1), true},
      {"refused or reset connection", report(Verdict::connection_error, 2), true},
      {"never fetched (invalid URL)", report(Verdict::invalid_url, 0), false},
      {"a server answered", report(Verdict::broken, 1), false},
      {"a TLS failure means a server answered", report(Verdict::tls_error, 1), false},
      {"a timeout is not proof of being offline", report(Verdict::timeout, 1), false},
      {"a cached failure says nothing about this run", report(Verdict::dns_error, 1, true), false},
      {"a reset after the status line: a server answered", report(Verdict::connection_error, 2, false, 200), false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(linkcheck::failed_below_http(row.report) == row.below_http);
  }
}

TEST_CASE("linkcheck::shows_network_up", "[linkcheck]") {
  struct Row { const char* name; LinkReport report; bool up; };
  const Row rows[] = {
      {"a server answered", report(Verdict::broken, 1, false, 404), true},
      {"a timeout", report(Verdict::timeout, 2), true},
      {"a DNS failure", report(Verdict::dns_error, 1), false},
      {"refused by the address guard before connecting", report(Verdict::excluded, 1), false},
      {"not finished (interrupted)", report(Verdict::unchecked, 0), false},
      {"from the cache", report(Verdict::ok, 1, true, 200), false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(linkcheck::shows_network_up(row.report) == row.up);
  }
}

TEST_CASE("linkcheck::mark_unchecked_offline", "[linkcheck]") {
  auto r = report(Verdict::dns_error, 1);
  linkcheck::mark_unchecked_offline(r);
  CHECK(r.verdict == Verdict::unchecked);
  CHECK(r.detail == "network appears unreachable (why)");
}
