#pragma once
// Checks cited URLs over HTTP(S), many at a time, and reports one verdict per
// request. The library never prints; callers format the reports.

#include "core/bibliography.hpp"
#include "core/link.hpp"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace citekit::linkcheck {

struct Options {
  std::size_t max_in_flight = 16;                       // transfers at once (0 counts as 1)
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{30'000};     // per URL, redirects included
  int max_redirects = 10;
  std::string user_agent = "citekit/0.1 (bibliography link checker)";
  bool insecure = false;                                // skip TLS verification
  std::size_t max_body_bytes = 16 * 1024;               // body read per response; the rest is not downloaded
};

// One request per distinct URL, in order of first citation, each listing the
// notes that cite it and the access date the first citation gives.
std::vector<LinkRequest> requests_for(const Bibliography& bibliography);

// The reports and whether the network looked unreachable (core/link.hpp),
// plus why the checker could not run, if it could not.
struct CheckRun : LinkResults {
  // Set when the checker could not run at all, or stopped part-way (libcurl
  // failed to start, out of memory); the URLs it could not check are
  // "unchecked" with this reason as their detail.
  std::string error;
};

// Called after each request gets its verdict (for progress display), with
// the number of requests done so far and in all. Verdicts are given as
// found: when the network turns out to be unreachable, the returned run has
// them turned into "unchecked".
using ProgressCallback = std::function<void(const LinkReport& report, std::size_t done, std::size_t total)>;

// Checks every request: URLs that are not absolute http(s) get invalid_url
// without any transfer, and requests with the same URL share one fetch.
CheckRun check(const std::vector<LinkRequest>& requests, const Options& options = {},
               const ProgressCallback& progress = {});

}  // namespace citekit::linkcheck
