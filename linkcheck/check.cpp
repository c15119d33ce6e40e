#include "core/text.hpp"
#include "linkcheck/access_dates.hpp"
#include "linkcheck/address_guard.hpp"
#include "linkcheck/archive.hpp"
#include "linkcheck/cache.hpp"
#include "linkcheck/checker.hpp"
#include "linkcheck/credentials.hpp"
#include "linkcheck/filter.hpp"
#include "linkcheck/linkcheck.hpp"
#include "linkcheck/unreachable.hpp"
#include "linkcheck/url.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace citekit::linkcheck {
namespace {

constexpr std::uint32_t kNotFetched = UINT32_MAX;

// The URLs to fetch, each once, and which requests each one answers.
struct FetchPlan {
  std::vector<std::string> urls;
  std::vector<std::uint32_t> fetch_of_request;  // index into urls, or kNotFetched
  // The requests of fetch f are requests_of[offsets[f] .. offsets[f + 1]).
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> requests_of;
};

LinkReport report_without_fetch(Verdict verdict, std::string why) {
  LinkReport report;
  report.verdict = verdict;
  report.detail = std::move(why);
  return report;
}

// Hands each request its final report. A fetched report that may only show
// that this machine is offline (DNS or connection failure) is kept back until
// some server answers; when none ever does, the kept reports become
// "unchecked" (see unreachable.hpp).
class Delivery {
 public:
  Delivery(const std::vector<LinkRequest>& requests, const ReportCallback& target, CheckRun& run)
      : requests_(requests), target_(target), run_(run) {}

  void to_request(std::size_t request, LinkReport report) {
    const LinkRequest& asked = requests_[request];
    report.url = asked.url;
    redact(report);
    report.cited_in = asked.cited_in;
    report.problems = asked.problems;
    report.changed_after_access = asked.accessed && report.modified && changed_after(*report.modified, *asked.accessed);
    target_(request, std::move(report));
  }

  void to_requests_of(const FetchPlan& plan, std::size_t fetch, LinkReport report) {
    if (!answered_ && failed_below_http(report)) {
      held_.emplace_back(fetch, std::move(report));
      return;
    }
    if (shows_network_up(report)) {
      answered_ = true;
      release_held(plan);
    }
    spread(plan, fetch, std::move(report));
  }

  void finish(const FetchPlan& plan) {
    if (!answered_ && !held_.empty()) {
      run_.network_unreachable = true;
      for (auto& [fetch, report] : held_) mark_unchecked_offline(report);
    }
    release_held(plan);
  }

 private:
  // Passwords in URLs are sent, never shown (credentials.hpp).
  static void redact(LinkReport& report) {
    report.url = redact_passwords(report.url);
    report.final_url = redact_passwords(report.final_url);
    report.detail = redact_passwords(report.detail);
    for (auto& hop : report.redirects) hop.url = redact_passwords(hop.url);
  }

  void spread(const FetchPlan& plan, std::size_t fetch, LinkReport report) {
    std::uint32_t first = plan.offsets[fetch], end = plan.offsets[fetch + 1];
    for (std::uint32_t i = first; i + 1 < end; ++i) to_request(plan.requests_of[i], report);
    to_request(plan.requests_of[end - 1], std::move(report));
  }

  void release_held(const FetchPlan& plan) {
    for (auto& [fetch, report] : held_) spread(plan, fetch, std::move(report));
    held_.clear();
  }

  const std::vector<LinkRequest>& requests_;
  const ReportCallback& target_;
  CheckRun& run_;
  bool answered_ = false;
  std::vector<std::pair<std::size_t, LinkReport>> held_;
};

// Refuses what is not an http(s) URL and what the user excluded, before any
// transfer; groups the rest by their normalised URL so that none is fetched
// twice.
FetchPlan plan_fetches(const std::vector<LinkRequest>& requests, const UrlFilter& filter, Delivery& delivery) {
  FetchPlan plan;
  plan.urls.reserve(requests.size());  // no reallocation: the index below points into these strings
  plan.fetch_of_request.assign(requests.size(), kNotFetched);
  std::unordered_map<std::string_view, std::uint32_t> index_of_url;
  for (std::size_t request = 0; request < requests.size(); ++request) {
    HttpUrl url = parse_http_url(trim(requests[request].url));
    if (!url.ok()) {
      delivery.to_request(request, report_without_fetch(Verdict::invalid_url, std::move(url.problem)));
      continue;
    }
    if (auto why = filter.exclusion(url.url)) {
      delivery.to_request(request, report_without_fetch(Verdict::excluded, std::move(*why)));
      continue;
    }
    auto found = index_of_url.find(url.url);
    if (found == index_of_url.end()) {
      plan.urls.push_back(std::move(url.url));
      found = index_of_url.emplace(plan.urls.back(), static_cast<std::uint32_t>(plan.urls.size() - 1)).first;
    }
    plan.fetch_of_request[request] = found->second;
  }
  // Group requests by fetch (counting sort), keeping request order within each.
  plan.offsets.assign(plan.urls.size() + 1, 0);
  for (auto fetch : plan.fetch_of_request)
    if (fetch != kNotFetched) ++plan.offsets[fetch + 1];
  for (std::size_t f = 0; f < plan.urls.size(); ++f) plan.offsets[f + 1] += plan.offsets[f];
  plan.requests_of.resize(plan.offsets.back());
  std::vector<std::uint32_t> next(plan.offsets.begin(), plan.offsets.end() - 1);
  for (std::size_t request = 0; request < requests.size(); ++request)
    if (auto fetch = plan.fetch_of_request[request]; fetch != kNotFetched)
      plan.requests_of[next[fetch]++] = static_cast<std::uint32_t>(request);
  return plan;
}

// The options that change what a fetch concludes: results found under
// other settings are not reused.
std::string cache_settings(const Options& options) {
  std::string key = options.head_first ? "head" : "get";
  key += ";redirects=" + std::to_string(options.max_redirects) + ";accept=";
  for (const auto& range : options.accept) key += std::to_string(range.first) + "-" + std::to_string(range.last) + ",";
  if (options.address_guard) {
    key += ";guard=";
    for (const auto& allowed : options.allowed_addresses) key += allowed + ",";
  }
  if (!options.resolve.empty()) {
    key += ";resolve=";
    for (const auto& entry : options.resolve) key += entry + ",";
  }
  return key;
}

bool wants_archive(const Options& options, const LinkReport& report) {
  bool fetched = report.attempts > 0 || report.cached;
  if (options.archive.mode == ArchiveMode::off || !fetched) return false;
  if (options.archive.mode == ArchiveMode::all) return true;
  return is_broken(report.verdict) || report.changed_after_access;
}

// Adds the archive findings to the reports that want them, one lookup per
// URL and access date.
void add_archive_findings(const std::vector<LinkRequest>& requests, std::vector<LinkReport>& reports,
                          const Options& options) {
  std::vector<ArchiveTarget> targets;
  std::vector<std::vector<std::size_t>> requests_of_target;
  std::map<std::string, std::size_t> target_of_key;
  for (std::size_t request = 0; request < reports.size(); ++request) {
    if (!wants_archive(options, reports[request])) continue;
    const auto& accessed = requests[request].accessed;
    std::string key = reports[request].url + "\n" + (accessed ? accessed->iso() : "");
    auto [it, added] = target_of_key.try_emplace(key, targets.size());
    if (added) {
      targets.push_back(ArchiveTarget{without_userinfo(trim(requests[request].url)), accessed});
      requests_of_target.emplace_back();
    }
    requests_of_target[it->second].push_back(request);
  }
  auto findings = find_snapshots(targets, options);
  for (std::size_t t = 0; t < targets.size(); ++t)
    for (std::size_t request : requests_of_target[t]) {
      reports[request].archived = findings[t].snapshot;
      reports[request].archive_detail = findings[t].detail;
    }
}

// What a check needs besides the options, made before it starts.
struct CheckTools {
  std::unique_ptr<UrlFilter> filter;
  std::optional<AddressGuard> guard;
};

// The filter and the guard; "" or why they cannot be made.
std::string make_tools(const Options& options, CheckTools& tools) {
  try {
    tools.filter = std::make_unique<UrlFilter>(options.include, options.exclude);
  } catch (const std::invalid_argument& bad_pattern) {
    return std::string("cannot use the pattern: ") + bad_pattern.what();
  }
  if (!options.address_guard) return "";
  std::string error;
  tools.guard = AddressGuard::make(options.allowed_addresses, error);
  return tools.guard ? "" : "cannot use the allowed addresses: " + error;
}

void check_links(const std::vector<LinkRequest>& requests, const Options& options, const CheckTools& tools,
                 const Interruption* interruption, const ReportCallback& target, CheckRun& run) {
  Delivery delivery(requests, target, run);
  FetchPlan plan = plan_fetches(requests, *tools.filter, delivery);

  std::unique_ptr<LinkCache> cache;
  if (!options.cache_path.empty()) {
    std::string error;
    cache = LinkCache::open(options.cache_path, cache_settings(options), error);
    if (!cache) run.warnings.push_back(error);
  }
  auto note = [&](const std::string& warning) {
    if (!warning.empty() && (run.warnings.empty() || run.warnings.back() != warning)) run.warnings.push_back(warning);
  };
  EarlierResult earlier;
  if (cache) earlier = [&](std::size_t fetch) { return cache->find(plan.urls[fetch], options.max_cache_age); };
  FetchSettings settings{options, true, false, tools.guard ? &*tools.guard : nullptr, interruption};
  run.error = fetch_all(plan.urls, settings, [&](std::size_t fetch, LinkReport report, std::string) {
    // Kept before delivery decides about an unreachable network: only
    // reports that prove a server answered are cacheable. A password in the
    // URL would be written to disk with it: such URLs are not kept.
    const std::string& url = plan.urls[fetch];
    if (cache && !report.cached && is_cacheable(report) && !has_password(url)) note(cache->store(url, report));
    delivery.to_requests_of(plan, fetch, std::move(report));
  }, earlier);
  run.interrupted = interruption && interruption->requested();
  if (cache) note(cache->flush());
  delivery.finish(plan);
}

}  // namespace

CheckRun check_each(const std::vector<LinkRequest>& requests, const Options& options, const ReportCallback& on_report,
                    const Interruption* interruption) {
  CheckRun run;
  CheckTools tools;
  run.error = make_tools(options, tools);
  if (!run.error.empty()) {
    for (std::size_t request = 0; request < requests.size(); ++request)
      on_report(request, unchecked_report(redact_passwords(requests[request].url), run.error));
    return run;
  }
  if (options.archive.mode == ArchiveMode::off) {
    check_links(requests, options, tools, interruption, on_report, run);
    return run;
  }
  // Archive lookups come after every link is checked; the reports wait for them.
  std::vector<LinkReport> reports(requests.size());
  check_links(requests, options, tools, interruption, [&](std::size_t request, LinkReport report) {
    reports[request] = std::move(report);
  }, run);
  if (!run.interrupted) add_archive_findings(requests, reports, options);
  for (std::size_t request = 0; request < reports.size(); ++request) on_report(request, std::move(reports[request]));
  return run;
}

CheckRun check(const std::vector<LinkRequest>& requests, const Options& options, const ProgressCallback& progress,
               const Interruption* interruption) {
  std::vector<LinkReport> reports(requests.size());
  std::size_t done = 0;
  CheckRun run = check_each(requests, options, [&](std::size_t request, LinkReport report) {
    reports[request] = std::move(report);
    ++done;
    if (progress) progress(reports[request], done, requests.size());
  }, interruption);
  run.reports = std::move(reports);
  return run;
}

}  // namespace citekit::linkcheck
