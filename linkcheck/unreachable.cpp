#include "linkcheck/unreachable.hpp"

namespace citekit::linkcheck {

bool failed_below_http(const LinkReport& report) {
  bool fetched = report.attempts > 0 && !report.cached;
  return fetched && (report.verdict == Verdict::dns_error || report.verdict == Verdict::connection_error);
}

void mark_unchecked_offline(LinkReport& report) {
  report.detail = "network appears unreachable (" + report.detail + ")";
  report.verdict = Verdict::unchecked;
}

}  // namespace citekit::linkcheck
