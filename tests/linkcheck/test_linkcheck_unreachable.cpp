#include "linkcheck/unreachable.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"

using namespace citekit;

namespace {

LinkReport report(Verdict verdict, int attempts, bool cached = false) {
  LinkReport r;
  r.verdict = verdict;
  r.attempts = attempts;
  r.cached = cached;
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
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(linkcheck::failed_below_http(row.report) == row.below_http);
  }
}

TEST_CASE("linkcheck::mark_unchecked_offline", "[linkcheck]") {
  auto r = report(Verdict::dns_error, 1);
  linkcheck::mark_unchecked_offline(r);
  CHECK(r.verdict == Verdict::unchecked);
  CHECK(r.detail == "network appears unreachable (why)");
}
