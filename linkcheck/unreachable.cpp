#include "linkcheck/unreachable.hpp"

#include <algorithm>

namespace citekit::linkcheck {
namespace {

bool was_fetched(const LinkReport& report) { return report.attempts > 0; }

// TLS errors are left out on purpose: a TLS failure means a server answered.
bool failed_below_http(const LinkReport& report) {
  return report.verdict == Verdict::dns_error || report.verdict == Verdict::connection_error;
}

}  // namespace

bool mark_network_unreachable(std::vector<LinkReport>& reports) {
  bool any_fetched = std::any_of(reports.begin(), reports.end(), was_fetched);
  bool all_failed = std::all_of(reports.begin(), reports.end(),
                                [](const LinkReport& report) { return !was_fetched(report) || failed_below_http(report); });
  if (!any_fetched || !all_failed) return false;
  for (auto& report : reports) {
    if (!was_fetched(report)) continue;
    report.detail = "network appears unreachable (" + report.detail + ")";
    report.verdict = Verdict::unchecked;
  }
  return true;
}

}  // namespace citekit::linkcheck
