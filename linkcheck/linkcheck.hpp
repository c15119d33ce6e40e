#pragma once
// Checks cited URLs over HTTP(S), many at a time, and reports one verdict per
// distinct URL. The library never prints; callers format the reports.

#include "core/bibliography.hpp"
#include "core/link.hpp"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace citekit::linkcheck {

struct Options {
  std::size_t max_in_flight = 16;                       // transfers at once
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{30'000};     // per URL, redirects included
  int max_redirects = 10;
  std::string user_agent = "citekit/0.1 (bibliography link checker)";
  bool insecure = false;                                // skip TLS verification
};

// One request per distinct URL, in order of first citation, each listing the
// notes that cite it and the access date the first citation gives.
std::vector<LinkRequest> requests_for(const Bibliography& bibliography);

struct CheckRun {
  std::vector<LinkReport> reports;    // one per request, in request order
  // True when every URL failed below HTTP (DNS or connection): the machine is
  // most likely offline, so verdicts are "unchecked" rather than "broken".
  bool network_unreachable = false;
};

// Called after each URL gets its verdict (for progress display).
using ProgressCallback = std::function<void(const LinkReport& report, std::size_t done, std::size_t total)>;

CheckRun check(const std::vector<LinkRequest>& requests, const Options& options = {},
               const ProgressCallback& progress = {});

}  // namespace citekit::linkcheck
