#include "linkcheck/linkcheck.hpp"

namespace citekit::linkcheck {

std::vector<LinkRequest> requests_for(const Bibliography&) { return {}; }

CheckRun check(const std::vector<LinkRequest>& requests, const Options&, const ProgressCallback&) {
  CheckRun run;
  for (const auto& r : requests) run.reports.push_back(LinkReport{r.url, Verdict::unchecked, 0, "", {}, false, "", 0, 0, "", r.cited_in});
  return run;
}

}  // namespace citekit::linkcheck
