#include "linkcheck/redirects.hpp"

#include "linkcheck/url.hpp"

#include <algorithm>

namespace citekit::linkcheck {

bool is_redirect_status(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool is_permanent_redirect_status(int status) { return status == 301 || status == 308; }

bool is_permanent_redirect(const std::vector<RedirectHop>& hops) {
  return !hops.empty() &&
         std::all_of(hops.begin(), hops.end(), [](const RedirectHop& hop) { return is_permanent_redirect_status(hop.status); });
}

RedirectStep follow_redirect(std::string_view from, std::string_view location, std::size_t redirect_number,
                             int max_redirects) {
  if (max_redirects < 0 || redirect_number > static_cast<std::size_t>(max_redirects))
    return {"", Outcome{Verdict::broken, "too many redirects (more than " + std::to_string(std::max(max_redirects, 0)) + ")"}};
  HttpUrl target = resolve_http_url(from, location);
  if (!target.ok())
    return {"", Outcome{Verdict::invalid_url, "redirected to " + abbreviated(location) + ": " + target.problem}};
  return {std::move(target.url), std::nullopt};
}

}  // namespace citekit::linkcheck
