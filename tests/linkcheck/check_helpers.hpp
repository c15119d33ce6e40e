#pragma once
// Shorthands for the linkcheck tests: requests from bare URLs, quick options,
// and checking a single URL.

#include "core/link.hpp"
#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace citekit::test {

// One request per URL, each cited in a note named after its position ("1", "2", ...).
std::vector<LinkRequest> requests_for_urls(const std::vector<std::string>& urls);

// Options with timeouts and retry waits short enough for tests on loopback.
linkcheck::Options fast_options();

// The report for one URL checked on its own.
LinkReport check_one(const std::string& url, const linkcheck::Options& options = fast_options());

std::vector<Verdict> verdicts_of(const linkcheck::CheckRun& run);

// A link cache file as another program sees it: SQLite's integrity check
// ("ok" when sound) and its rows as "verdict url", sorted by URL.
struct LinkCacheContents {
  std::string integrity;
  std::vector<std::string> rows;
};
LinkCacheContents read_link_cache(const std::string& path);

}  // namespace citekit::test

// Failed checks print verdicts by name.
namespace Catch {
template <>
struct StringMaker<citekit::Verdict> {
  static std::string convert(citekit::Verdict verdict) { return std::string(citekit::to_string(verdict)); }
};
}  // namespace Catch
