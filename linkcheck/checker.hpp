#pragma once
// The concurrent core: fetches distinct http(s) URLs over one libcurl multi
// handle, at most Options::max_in_flight at a time.

#include "core/link.hpp"
#include "linkcheck/linkcheck.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace citekit::linkcheck {

// Receives each URL's report as soon as its check is over; `job` is the
// URL's index in the list given to check_urls.
using ReportSink = std::function<void(std::size_t job, LinkReport report)>;

// Checks every URL (absolute http(s), already validated) and calls `sink`
// exactly once per URL, in completion order. Returns "" or, when libcurl
// could not run at all or stopped part-way, why; the URLs it could not
// check are then reported as unchecked with that reason.
std::string check_urls(const std::vector<std::string>& urls, const Options& options, const ReportSink& sink);

// The report for a URL that was never fetched.
LinkReport unchecked_report(std::string url, std::string why);

}  // namespace citekit::linkcheck
