#pragma once
// Pages that answer 2xx but are not the cited page: a redirect to the site's
// home page or to a "not found" page, or a page whose title says it was not
// found. Each is a probable soft 404: the server no longer has the page but
// will not say so with a 404.

#include <optional>
#include <string>
#include <string_view>

namespace citekit::linkcheck {

// Why the page looks like a soft 404, or nullopt. `redirected` when
// `final_url` was reached through at least one redirect from `cited_url`.
std::optional<std::string> soft_404_reason(std::string_view cited_url, std::string_view final_url, bool redirected,
                                           std::string_view title);

}  // namespace citekit::linkcheck
