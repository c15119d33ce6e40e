#pragma once
// The concurrent core: fetches distinct http(s) URLs over one libcurl multi
// handle, at most max_in_flight at a time and max_per_host per host, with
// retries scheduled by time.

#include "core/link.hpp"
#include "linkcheck/transfer.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace citekit::linkcheck {

// Receives each URL's report as soon as its check is over; `job` is the
// URL's index in the list given to fetch_all; `body` is the start of the
// last response's body when FetchSettings::keep_body, "" otherwise.
using FetchSink = std::function<void(std::size_t job, LinkReport report, std::string body)>;

// An earlier result for a URL, consulted just before the URL would be
// fetched, or nullopt to fetch it.
using EarlierResult = std::function<std::optional<LinkReport>(std::size_t job)>;

// Fetches every URL (absolute http(s), already validated) and calls `sink`
// exactly once per URL, in completion order. Returns "" or, when libcurl
// could not run at all or stopped part-way, why; the URLs it could not
// check are then reported as unchecked with that reason.
std::string fetch_all(const std::vector<std::string>& urls, const FetchSettings& settings, const FetchSink& sink,
                      const EarlierResult& earlier = {});

// The report for a URL that was never fetched.
LinkReport unchecked_report(std::string url, std::string why);

}  // namespace citekit::linkcheck
