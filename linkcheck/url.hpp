#pragma once
// Which URLs the checker fetches: absolute http(s) URLs only, parsed and
// normalised by libcurl's URL parser (the same one that will fetch them).

#include <optional>
#include <string>
#include <string_view>

namespace citekit::linkcheck {

// An absolute http(s) URL ready to fetch, or why the text is not one.
struct HttpUrl {
  std::string url;      // normalised; empty when `problem` is set
  std::string problem;  // "not an http(s) URL (mailto)", ...

  bool ok() const { return problem.empty(); }
};

// Checks a cited URL.
HttpUrl parse_http_url(std::string_view text);

// The parts of an http(s) URL the checker looks at, or nullopt when `url`
// does not parse. `host` is lowercase; `path` is "/" at least.
struct UrlParts {
  std::string host;
  std::string path;
  std::string query;
};
std::optional<UrlParts> url_parts(std::string_view url);

// Resolves a reference (such as a Location header: absolute, scheme-relative,
// absolute-path or relative) against the URL it came from.
HttpUrl resolve_http_url(std::string_view base, std::string_view reference);

}  // namespace citekit::linkcheck
