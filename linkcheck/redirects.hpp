#pragma once
// Following redirects by hand (instead of CURLOPT_FOLLOWLOCATION) so that
// every hop is recorded and a redirect out of http(s) is refused by name.

#include "linkcheck/verdict.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::linkcheck {

// 301, 302, 303, 307 and 308: the statuses that send the client elsewhere.
bool is_redirect_status(int status);
// 301 and 308: the page has moved for good; the citation should be updated.
bool is_permanent_redirect_status(int status);
// True when there was at least one hop and every hop was permanent.
bool is_permanent_redirect(const std::vector<RedirectHop>& hops);

// Where a redirect leads: the next URL to request, or the outcome that ends
// the check (a loop, a non-http(s) target, an unparseable Location).
struct RedirectStep {
  std::string next_url;         // absolute http(s) URL; empty when `stop` is set
  std::optional<Outcome> stop;
};

// `from` answered with `location`; `redirect_number` counts this redirect
// (1 for the first); more than `max_redirects` ends the check.
RedirectStep follow_redirect(std::string_view from, std::string_view location, std::size_t redirect_number,
                             int max_redirects);

}  // namespace citekit::linkcheck
