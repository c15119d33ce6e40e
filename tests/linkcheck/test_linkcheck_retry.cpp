#include "linkcheck/retry.hpp"
#include "tests/catch.hpp"

using namespace citekit::linkcheck;
using std::chrono::milliseconds;

TEST_CASE("linkcheck::is_retryable_status", "[linkcheck]") {
  struct Row { int status; bool retried; };
  const Row rows[] = {{200, false}, {301, false}, {404, false}, {410, false}, {408, true}, {429, true},
                      {500, true},  {502, true},  {503, true},  {504, true},  {501, false}, {505, false}};
  for (const auto& row : rows) {
    CAPTURE(row.status);
    CHECK(is_retryable_status(row.status) == row.retried);
  }
}

TEST_CASE("linkcheck::is_retryable_error", "[linkcheck]") {
  CHECK(is_retryable_error(CURLE_OPERATION_TIMEDOUT));
  CHECK(is_retryable_error(CURLE_RECV_ERROR));
  CHECK(is_retryable_error(CURLE_SEND_ERROR));
  CHECK(is_retryable_error(CURLE_GOT_NOTHING));
  CHECK_FALSE(is_retryable_error(CURLE_COULDNT_CONNECT));  // refused: the same next time
  CHECK_FALSE(is_retryable_error(CURLE_COULDNT_RESOLVE_HOST));
  CHECK_FALSE(is_retryable_error(CURLE_PEER_FAILED_VERIFICATION));
}

TEST_CASE("linkcheck::parse_retry_after", "[linkcheck]") {
  // 2015-10-21 07:28:00 UTC
  auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1445412480));
  struct Row { const char* value; std::optional<milliseconds> wait; };
  const Row rows[] = {
      {"1", milliseconds(1000)},
      {" 120 ", milliseconds(120'000)},
      {"0", milliseconds(0)},
      {"Wed, 21 Oct 2015 07:28:30 GMT", milliseconds(30'000)},
      {"Wednesday, 21-Oct-15 07:29:00 GMT", milliseconds(60'000)},
      {"Wed Oct 21 07:28:05 2015", milliseconds(5'000)},
      {"Wed, 21 Oct 2015 07:00:00 GMT", milliseconds(0)},  // in the past: no wait
      {"", std::nullopt},
      {"-5", std::nullopt},
      {"soon", std::nullopt},
      {"1.5", std::nullopt},
      // Hostile values: capped at a century (no overflow), or unreadable.
      {"9223372036854775807", milliseconds(100LL * 365 * 24 * 3600 * 1000)},
      {"99999999999999999999999", std::nullopt},
  };
  for (const auto& row : rows) {
    CAPTURE(row.value);
    CHECK(parse_retry_after(row.value, now) == row.wait);
  }
}

TEST_CASE("linkcheck::backoff_delay", "[linkcheck]") {
  const milliseconds first(200);
  CHECK(backoff_delay(1, first, 0.0) == milliseconds(100));
  CHECK(backoff_delay(1, first, 0.999) <= milliseconds(200));
  CHECK(backoff_delay(2, first, 0.0) == milliseconds(200));
  CHECK(backoff_delay(3, first, 0.0) == milliseconds(400));
  CHECK(backoff_delay(3, first, 0.5) == milliseconds(600));
}
