#include "linkcheck/verdict.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"

using namespace citekit;
using namespace citekit::linkcheck;

TEST_CASE("linkcheck::verdict_for_curl_code", "[linkcheck]") {
  struct Row { CURLcode code; Verdict verdict; };
  const Row rows[] = {
      {CURLE_OPERATION_TIMEDOUT, Verdict::timeout},
      {CURLE_COULDNT_RESOLVE_HOST, Verdict::dns_error},
      {CURLE_COULDNT_CONNECT, Verdict::connection_error},
      {CURLE_RECV_ERROR, Verdict::connection_error},
      {CURLE_SEND_ERROR, Verdict::connection_error},
      {CURLE_GOT_NOTHING, Verdict::connection_error},
      {CURLE_SSL_CONNECT_ERROR, Verdict::tls_error},
      {CURLE_PEER_FAILED_VERIFICATION, Verdict::tls_error},
      {CURLE_URL_MALFORMAT, Verdict::invalid_url},
      {CURLE_UNSUPPORTED_PROTOCOL, Verdict::invalid_url},
      {CURLE_OUT_OF_MEMORY, Verdict::unchecked},
  };
  for (const auto& row : rows) {
    CAPTURE(curl_easy_strerror(row.code));
    CHECK(verdict_for_curl_code(row.code) == row.verdict);
  }
}

TEST_CASE("linkcheck::outcome_for_status", "[linkcheck]") {
  struct Row { int status; bool redirected; bool accepted; Verdict verdict; const char* detail; };
  const Row rows[] = {
      {200, false, true, Verdict::ok, ""},
      {204, false, true, Verdict::ok, ""},
      {200, true, true, Verdict::redirected, ""},
      {403, false, true, Verdict::ok, ""},  // the user accepts 403
      {204, false, false, Verdict::broken, "HTTP 204 (not an accepted status)"},
      {304, false, false, Verdict::broken, "HTTP 304 without a usable Location header"},
      {404, false, false, Verdict::broken, "HTTP 404"},
      {410, true, false, Verdict::broken, "HTTP 410"},
      {429, false, false, Verdict::rate_limited, "HTTP 429"},
      {500, false, false, Verdict::server_error, "HTTP 500"},
      {599, false, false, Verdict::server_error, "HTTP 599"},
      {999, false, false, Verdict::broken, "unexpected HTTP 999"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.status, row.redirected, row.accepted);
    auto outcome = outcome_for_status(row.status, row.redirected, row.accepted);
    CHECK(outcome.verdict == row.verdict);
    CHECK(outcome.detail == row.detail);
  }
}
