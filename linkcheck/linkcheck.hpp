#pragma once
// Checks cited URLs over HTTP(S), many at a time and a few per host, and
// reports one verdict per request. The library never prints; callers format
// the reports.

#include "core/bibliography.hpp"
#include "core/link.hpp"
#include "core/result.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace citekit::linkcheck {

// An inclusive range of HTTP statuses ("200..299", or one status).
struct StatusRange {
  int first = 200;
  int last = 299;
  bool contains(int status) const { return status >= first && status <= last; }
  bool operator==(const StatusRange&) const = default;
};

// Which cited pages get an archive lookup.
enum class ArchiveMode {
  off,
  problems,  // broken, soft 404, or changed after the access date
  all,
};

struct ArchiveOptions {
  ArchiveMode mode = ArchiveMode::off;
  // The Internet Archive's two APIs; tests point them at a loopback server.
  std::string availability_url = "https://archive.org/wayback/available";
  std::string cdx_url = "https://web.archive.org/cdx/search/cdx";
  std::string replay_url = "https://web.archive.org/web/";  // + timestamp + "/" + URL reads a capture
  std::size_t max_in_flight = 4;  // lookups at once (one host: keep it low)
};

struct Options {
  std::size_t max_in_flight = 128;                      // transfers at once (0 counts as 1)
  std::size_t max_per_host = 8;                         // transfers at once to one host name (0 counts as 1)
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{30'000};     // per attempt at a URL, redirects included
  int max_redirects = 10;
  // Retries on 408, 429, 5xx (but 501), timeouts and resets: up to
  // max_retries more attempts, the n-th after retry_wait × 2^(n-1) (with
  // jitter), or after the server's Retry-After when it sends one. A
  // Retry-After longer than max_retry_after is not waited for.
  int max_retries = 2;
  std::chrono::milliseconds retry_wait{250};
  std::chrono::milliseconds max_retry_after{60'000};
  std::string user_agent = "citekit/0.1 (bibliography link checker)";
  bool insecure = false;                                // skip TLS verification
  bool head_first = false;                              // HEAD, then GET when HEAD gets 403, 405 or 501
  std::size_t max_body_bytes = 16 * 1024;               // body read per response; the rest is not downloaded
  std::size_t max_header_bytes = 64 * 1024;             // headers read per response; more ends it as connection_error
  std::vector<StatusRange> accept{{200, 299}};          // final statuses that count as alive
  // PCRE2 patterns searched in each URL. A URL matching an include pattern
  // is checked; otherwise, one matching an exclude pattern, or any URL when
  // there are include patterns, is "excluded" and not fetched.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  // SQLite file of earlier results; empty for none. Results younger than
  // max_cache_age are reported without a fetch.
  std::string cache_path;
  std::chrono::seconds max_cache_age{24 * 3600};
  ArchiveOptions archive;
  // The address guard: refuse to connect to loopback, private, link-local,
  // unspecified and carrier-grade NAT addresses (IPv4 and IPv6, mapped forms
  // included), judged on the address each connection actually uses, after
  // DNS and redirects. Such URLs are "excluded", their detail saying why.
  // For checking documents from untrusted sources; off for ordinary use.
  bool address_guard = false;
  // Addresses or ranges the guard lets through ("10.1.0.0/16", "fd00::/8",
  // "192.168.1.20"): an intranet whose pages are cited.
  std::vector<std::string> allowed_addresses;
  // Fixed answers for host names, as libcurl's CURLOPT_RESOLVE takes them:
  // "HOST:PORT:ADDRESS[,ADDRESS]..." (a staging server under its real name).
  // The address guard judges these addresses like any other.
  std::vector<std::string> resolve;
};

// Stops a running check from another thread or from a signal handler. The
// check ends promptly: transfers under way are dropped, the URLs not yet
// finished are reported "unchecked" with the detail "interrupted", and
// everything finished is reported (and cached) as usual.
class Interruption {
 public:
  Interruption();
  ~Interruption();
  Interruption(const Interruption&) = delete;
  Interruption& operator=(const Interruption&) = delete;

  // Async-signal-safe: sets a flag and wakes the check if it is waiting.
  void request() noexcept;
  bool requested() const noexcept { return requested_.load(); }
  // Becomes readable once requested (the check waits on it with its
  // sockets); -1 when no pipe could be made, and the check then notices
  // the request within a second.
  int wakeup_fd() const noexcept { return pipe_[0]; }

 private:
  static_assert(std::atomic<bool>::is_always_lock_free, "request() must be safe in a signal handler");
  std::atomic<bool> requested_{false};
  int pipe_[2] = {-1, -1};
};

// The SQLite file a cache location names. A location written as a URL
// ("postgresql://host/db") names a store on a server, which this build
// cannot use: an error saying so, and nothing is created for it.
Result<std::string> cache_file_for(const std::string& location);

// One request per distinct URL, in order of first citation, each listing the
// notes that cite it, the access date the first citation gives, and what is
// wrong with that date.
std::vector<LinkRequest> requests_for(const Bibliography& bibliography);

// The reports and whether the network looked unreachable (core/link.hpp),
// plus why the checker could not run, if it could not.
struct CheckRun : LinkResults {
  // Set when the checker could not run at all, or stopped part-way (libcurl
  // failed to start, out of memory, a pattern that does not compile); the
  // URLs it could not check are "unchecked" with this reason as their detail.
  std::string error;
  // Things that went wrong without stopping the run (the cache could not be
  // opened or written).
  std::vector<std::string> warnings;
  // An Interruption stopped the run: the URLs it had not finished are
  // "unchecked" with the detail "interrupted"; no archive lookup was made.
  bool interrupted = false;
};

// Called once per request with its final report, as reports become final
// (not in request order), with the number of requests done so far and in
// all.
using ProgressCallback = std::function<void(const LinkReport& report, std::size_t done, std::size_t total)>;

// Which request a streamed report answers.
using ReportCallback = std::function<void(std::size_t request, LinkReport report)>;

// Checks every request and hands each final report to `on_report` as soon as
// it is final, keeping none: memory stays small however many URLs there are.
// URLs that are not absolute http(s) get invalid_url and excluded ones
// excluded, without any transfer; requests with the same URL share one
// fetch. Passwords in URLs never appear in a report. The returned run has
// no reports. `interruption`, when given, may stop the check early.
CheckRun check_each(const std::vector<LinkRequest>& requests, const Options& options, const ReportCallback& on_report,
                    const Interruption* interruption = nullptr);

// check_each, keeping the reports in request order.
CheckRun check(const std::vector<LinkRequest>& requests, const Options& options = {},
               const ProgressCallback& progress = {}, const Interruption* interruption = nullptr);

}  // namespace citekit::linkcheck
