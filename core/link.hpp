#pragma once
// Link checking values: what to check (LinkRequest) and what was found
// (LinkReport). A dead link is a verdict, not an error.

#include "core/problem.hpp"
#include "core/reference.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit {

struct LinkRequest {
  std::string url;
  std::optional<Date> accessed;          // the access date the citation gives
  std::vector<std::string> cited_in;     // note ids citing this URL
  // What is wrong with the access date itself (in the future, before the
  // publication date, day and month undecidable); copied to the report.
  std::vector<Problem> problems;
};

enum class Verdict {
  ok,
  redirected,        // followed to a page that answered 2xx
  soft_404,          // answered 2xx, but looks like a "not found" page
  broken,            // 4xx (404, 410, ...)
  server_error,      // 5xx
  rate_limited,      // 429 even after retries
  timeout,
  dns_error,
  connection_error,  // refused, reset, unreachable
  tls_error,
  invalid_url,       // not an http(s) URL, or redirected to one
  excluded,          // skipped by the user's patterns
  unchecked,         // not checked (offline, or not attempted)
};

std::string_view to_string(Verdict verdict);
std::optional<Verdict> verdict_from_string(std::string_view text);
// True for verdicts that mean the cited page cannot be reached as cited.
bool is_broken(Verdict verdict);
// True for failures below HTTP: DNS, connection, TLS.
bool is_network_failure(Verdict verdict);

struct RedirectHop {
  std::string url;
  int status = 0;
  bool operator==(const RedirectHop&) const = default;
};

// A capture of the page in a web archive.
struct ArchiveSnapshot {
  std::string url;                     // where the capture can be read
  std::string timestamp;               // YYYYMMDDhhmmss, as the archive gives it
  std::optional<int> distance_days;    // days between the capture and the access date, when there is one
  bool operator==(const ArchiveSnapshot&) const = default;
};

struct LinkReport {
  std::string url;                     // as cited
  Verdict verdict = Verdict::unchecked;
  int status = 0;                      // final HTTP status, 0 when none
  std::string final_url;               // after redirects
  std::vector<RedirectHop> redirects;  // each hop: the URL that answered 3xx and its status
  bool permanent_redirect = false;     // every hop was 301/308
  std::string detail;                  // curl's message, or why the verdict
  double seconds = 0;                  // time spent, retries included
  int attempts = 0;
  std::string last_modified;           // Last-Modified header, as sent
  std::string title;                   // the page's <title>, when it shows one
  // When the page last changed, as far as the server or the page says (a
  // date in the page first, then a Last-Modified that is not just "now").
  std::optional<Date> modified;
  bool changed_after_access = false;   // `modified` is after the cited access date
  std::optional<ArchiveSnapshot> archived;  // the capture closest to what the author saw
  std::string archive_detail;          // why there is no capture: "not archived", "archive lookup failed: …"
  bool cached = false;                 // taken from the cache, not fetched in this run
  std::vector<std::string> cited_in;   // copied from the request
  std::vector<Problem> problems;       // copied from the request
};

}  // namespace citekit

namespace citekit {

// The outcome of checking a bibliography's links.
struct LinkResults {
  std::vector<LinkReport> reports;   // one per distinct URL
  // Every URL failed below HTTP (DNS or connection): most likely offline, so
  // verdicts are "unchecked" rather than "broken".
  bool network_unreachable = false;
};

}  // namespace citekit
