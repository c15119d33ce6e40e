#include "linkcheck/unreachable.hpp"

namespace citekit::linkcheck {

namespace {

bool fetched_now(const LinkReport& report) { return report.attempts > 0 && !report.cached; }

}  // namespace

bool failed_below_http(const LinkReport& report) {
  bool below_http = report.verdict == Verdict::dns_error || report.verdict == Verdict::connection_error;
  return fetched_now(report) && below_http && report.status == 0;
}

bool shows_network_up(const LinkReport& report) {
  bool refused_or_unfinished = report.verdict == Verdict::excluded || report.verdict == Verdict::unchecked;
  return fetched_now(report) && !failed_below_http(report) && !refused_or_unfinished;
}

void mark_unchecked_offline(LinkReport& report) {
  report.detail = "network appears unreachable (" + report.detail + ")";
  report.verdict = Verdict::unchecked;
}

}  // namespace citekit::linkcheck
