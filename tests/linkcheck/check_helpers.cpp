#include "tests/linkcheck/check_helpers.hpp"

namespace citekit::test {

std::vector<LinkRequest> requests_for_urls(const std::vector<std::string>& urls) {
  std::vector<LinkRequest> requests;
  for (const auto& url : urls) requests.push_back(LinkRequest{url, std::nullopt, {std::to_string(requests.size() + 1)}, {}});
  return requests;
}

linkcheck::Options fast_options() {
  linkcheck::Options options;
  options.connect_timeout = std::chrono::milliseconds(2'000);
  options.total_timeout = std::chrono::milliseconds(5'000);
  options.retry_wait = std::chrono::milliseconds(20);
  return options;
}

LinkReport check_one(const std::string& url, const linkcheck::Options& options) {
  auto run = linkcheck::check(requests_for_urls({url}), options);
  return run.reports.at(0);
}

std::vector<Verdict> verdicts_of(const linkcheck::CheckRun& run) {
  std::vector<Verdict> verdicts;
  for (const auto& report : run.reports) verdicts.push_back(report.verdict);
  return verdicts;
}

}  // namespace citekit::test
