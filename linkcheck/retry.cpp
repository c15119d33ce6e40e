#include "linkcheck/retry.hpp"

#include "core/text.hpp"
#include "linkcheck/dates.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace citekit::linkcheck {

using std::chrono::milliseconds;

namespace {

constexpr long long kLongestWaitSeconds = 100LL * 365 * 24 * 3600;

}  // namespace

bool is_retryable_status(int status) {
  if (status == 408 || status == 429) return true;
  return status >= 500 && status <= 599 && status != 501 && status != 505;
}

bool is_retryable_error(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

std::optional<milliseconds> parse_retry_after(std::string_view value, std::chrono::system_clock::time_point now) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  long long seconds = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (error == std::errc() && end == value.data() + value.size()) {
    if (seconds < 0) return std::nullopt;
    // Far beyond any wait allowed, and short of overflowing milliseconds.
    return milliseconds(std::min(seconds, kLongestWaitSeconds) * 1000);
  }
  auto date = parse_http_date(value);
  if (!date) return std::nullopt;
  return std::max(milliseconds::zero(), std::chrono::duration_cast<milliseconds>(*date - now));
}

milliseconds backoff_delay(int retry, milliseconds first, double random01) {
  int doublings = std::clamp(retry - 1, 0, 20);
  double whole = static_cast<double>(first.count()) * std::ldexp(1.0, doublings);
  double jittered = whole * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0));
  return milliseconds(static_cast<milliseconds::rep>(jittered));
}

}  // namespace citekit::linkcheck
