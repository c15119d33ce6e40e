#include "core/text.hpp"
#include "linkcheck/checker.hpp"
#include "linkcheck/linkcheck.hpp"
#include "linkcheck/unreachable.hpp"
#include "linkcheck/url.hpp"

#include <map>

namespace citekit::linkcheck {
namespace {

// The URLs to fetch, each once, and which requests each one answers.
struct FetchPlan {
  std::vector<std::string> urls;
  std::vector<std::vector<std::size_t>> requests_of_url;
};

// Hands each request its report, in whatever order they come, and tells the
// caller's progress callback.
class Delivery {
 public:
  Delivery(const std::vector<LinkRequest>& requests, const ProgressCallback& progress, CheckRun& run)
      : requests_(requests), progress_(progress), run_(run) {
    run_.reports.resize(requests.size());
  }

  void deliver(std::size_t request, LinkReport report) {
    report.url = requests_[request].url;
    report.cited_in = requests_[request].cited_in;
    run_.reports[request] = std::move(report);
    ++done_;
    if (progress_) progress_(run_.reports[request], done_, requests_.size());
  }

 private:
  const std::vector<LinkRequest>& requests_;
  const ProgressCallback& progress_;
  CheckRun& run_;
  std::size_t done_ = 0;
};

LinkReport invalid_url_report(std::string problem) {
  LinkReport report;
  report.verdict = Verdict::invalid_url;
  report.detail = std::move(problem);
  return report;
}

// Refuses what is not an http(s) URL before any transfer; groups the rest by
// their normalised URL so that none is fetched twice.
FetchPlan plan_fetches(const std::vector<LinkRequest>& requests, Delivery& delivery) {
  FetchPlan plan;
  std::map<std::string, std::size_t, std::less<>> index_of_url;
  for (std::size_t request = 0; request < requests.size(); ++request) {
    HttpUrl url = parse_http_url(trim(requests[request].url));
    if (!url.ok()) {
      delivery.deliver(request, invalid_url_report(std::move(url.problem)));
      continue;
    }
    auto [it, added] = index_of_url.try_emplace(url.url, plan.urls.size());
    if (added) {
      plan.urls.push_back(std::move(url.url));
      plan.requests_of_url.emplace_back();
    }
    plan.requests_of_url[it->second].push_back(request);
  }
  return plan;
}

}  // namespace

CheckRun check(const std::vector<LinkRequest>& requests, const Options& options, const ProgressCallback& progress) {
  CheckRun run;
  Delivery delivery(requests, progress, run);
  FetchPlan plan = plan_fetches(requests, delivery);
  run.error = check_urls(plan.urls, options, [&](std::size_t job, LinkReport report) {
    for (std::size_t request : plan.requests_of_url[job]) delivery.deliver(request, report);
  });
  run.network_unreachable = mark_network_unreachable(run.reports);
  return run;
}

}  // namespace citekit::linkcheck
