#pragma once
// Which URLs the checker fetches: absolute http(s) URLs only, parsed and
// normalised by libcurl's URL parser (the same one that will fetch them).
// What a browser would repair is repaired the same way: spaces and other
// non-ASCII bytes after the host are percent-encoded (UTF-8), and a Unicode
// host name becomes its ASCII (punycode) form.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citekit::linkcheck {

// The longest URL checked, in bytes; a longer one, cited or in a Location
// header, is refused unread. Servers commonly refuse request lines over
// 8 KiB, and no cited page needs more.
inline constexpr std::size_t kMaxUrlBytes = 8 * 1024;

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

// Percent-encodes spaces and non-ASCII bytes after the host (in the path,
// query and fragment), as browsers do; the scheme, user and host are left
// alone. "http://h.example/a b" -> "http://h.example/a%20b".
std::string encode_after_host(std::string_view text);

// Keeps long text (a URL in a message) readable: the first `limit` bytes and
// "… (N bytes)".
std::string abbreviated(std::string_view text, std::size_t limit = 200);

}  // namespace citekit::linkcheck
