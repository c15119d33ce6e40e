#pragma once
// Whether a failed attempt is worth another, and how long to wait first.
// The checker never sleeps: it schedules the retry for a not-before time.
// Internal: includes curl.h.

#include <curl/curl.h>

#include <chrono>
#include <optional>
#include <string_view>

namespace citekit::linkcheck {

// 408, 429 and 5xx (except 501 Not Implemented and 505 HTTP Version Not
// Supported, which another try will not change).
bool is_retryable_status(int status);

// Timeouts and connections reset or cut short. Not refused connections,
// unknown hosts or TLS failures: they say the same thing every time.
bool is_retryable_error(CURLcode code);

// A Retry-After value, in seconds ("120") or as an HTTP date, as a wait from
// `now` (never negative); nullopt when absent or unreadable.
std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view value,
                                                           std::chrono::system_clock::time_point now);

// The wait before retry number `retry` (1 for the first) when the server
// gave none: first × 2^(retry-1), spread over its upper half by `random01`
// (in [0, 1)) so that URLs failing together do not come back together.
std::chrono::milliseconds backoff_delay(int retry, std::chrono::milliseconds first, double random01);

}  // namespace citekit::linkcheck
