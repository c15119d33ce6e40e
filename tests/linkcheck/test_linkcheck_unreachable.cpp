#include "linkcheck/unreachable.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"

using namespace citekit;
using Catch::Matchers::Contains;

namespace {

LinkReport report(Verdict verdict, int attempts) {
  LinkReport r;
  r.verdict = verdict;
  r.attempts = attempts;
  r.detail = "why";
  return r;
}

}  // namespace

TEST_CASE("linkcheck::mark_network_unreachable", "[linkcheck]") {
  struct Row {
    const char* name;
    std::vector<LinkReport> reports;
    bool unreachable;
    std::vector<Verdict> after;
  };
  const Row rows[] = {
      {"nothing fetched", {}, false, {}},
      {"only invalid URLs", {report(Verdict::invalid_url, 0)}, false, {Verdict::invalid_url}},
      {"all DNS and connection failures",
       {report(Verdict::dns_error, 1), report(Verdict::connection_error, 1), report(Verdict::invalid_url, 0)},
       true,
       {Verdict::unchecked, Verdict::unchecked, Verdict::invalid_url}},
      {"one server answered", {report(Verdict::dns_error, 1), report(Verdict::broken, 1)}, false,
       {Verdict::dns_error, Verdict::broken}},
      {"a TLS failure means a server answered", {report(Verdict::dns_error, 1), report(Verdict::tls_error, 1)}, false,
       {Verdict::dns_error, Verdict::tls_error}},
      {"a timeout is not proof of being offline", {report(Verdict::timeout, 1), report(Verdict::dns_error, 1)}, false,
       {Verdict::timeout, Verdict::dns_error}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    auto reports = row.reports;
    CHECK(linkcheck::mark_network_unreachable(reports) == row.unreachable);
    std::vector<Verdict> after;
    for (const auto& r : reports) after.push_back(r.verdict);
    CHECK(after == row.after);
    for (const auto& r : reports) {
      if (r.verdict == Verdict::unchecked) CHECK(r.detail == "network appears unreachable (why)");
    }
  }
}
