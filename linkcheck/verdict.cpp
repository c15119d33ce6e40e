#include "linkcheck/verdict.hpp"

namespace citekit::linkcheck {

Verdict verdict_for_curl_code(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return Verdict::timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return Verdict::dns_error;
    case CURLE_COULDNT_CONNECT:
    case CURLE_INTERFACE_FAILED:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
    case CURLE_QUIC_CONNECT_ERROR:
      return Verdict::connection_error;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CLIENTCERT:
      return Verdict::tls_error;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
      return Verdict::invalid_url;
    default:
      // Out of memory, a failed callback, ...: nothing was learnt about the page.
      return Verdict::unchecked;
  }
}

Outcome outcome_for_status(int status, bool redirected, bool accepted) {
  std::string http = "HTTP " + std::to_string(status);
  if (accepted) return {redirected ? Verdict::redirected : Verdict::ok, ""};
  if (status >= 200 && status <= 299) return {Verdict::broken, http + " (not an accepted status)"};
  // 429 says "not now", not "gone": is_broken() treats it so.
  if (status == 429) return {Verdict::rate_limited, http};
  if (status >= 300 && status <= 399) return {Verdict::broken, http + " without a usable Location header"};
  if (status >= 400 && status <= 499) return {Verdict::broken, http};
  if (status >= 500 && status <= 599) return {Verdict::server_error, http};
  return {Verdict::broken, "unexpected " + http};
}

}  // namespace citekit::linkcheck
