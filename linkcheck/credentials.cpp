#include "linkcheck/credentials.hpp"

#include "linkcheck/curl_handles.hpp"

namespace citekit::linkcheck {
namespace {

// Where a URL's authority ends: at its path, query or fragment, or at
// whatever cannot be part of a URL in running text.
std::size_t authority_end(std::string_view text, std::size_t start) {
  std::size_t end = text.find_first_of("/?#\"'<> \t\r\n", start);
  return end == std::string_view::npos ? text.size() : end;
}

}  // namespace

std::string redact_passwords(std::string_view text) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t marker = text.find("://"); marker != std::string_view::npos; marker = text.find("://", marker + 3)) {
    std::size_t start = marker + 3;
    std::size_t end = authority_end(text, start);
    std::size_t at = text.rfind('@', end == 0 ? 0 : end - 1);
    if (at == std::string_view::npos || at < start) continue;
    std::size_t colon = text.find(':', start);
    if (colon >= at || colon + 1 == at) continue;  // a user name alone, or an empty password
    out.append(text.substr(copied, colon + 1 - copied));
    out.append(kRedactedPassword);
    copied = at;
  }
  out.append(text.substr(copied));
  return out;
}

bool has_password(std::string_view text) { return redact_passwords(text) != text; }

std::string without_userinfo(std::string_view url) {
  UrlHandle handle(curl_url());
  std::string copy(url);
  char* text = nullptr;
  bool done = handle && curl_url_set(handle.get(), CURLUPART_URL, copy.c_str(), 0) == CURLUE_OK &&
              curl_url_set(handle.get(), CURLUPART_USER, nullptr, 0) == CURLUE_OK &&
              curl_url_set(handle.get(), CURLUPART_PASSWORD, nullptr, 0) == CURLUE_OK &&
              curl_url_get(handle.get(), CURLUPART_URL, &text, 0) == CURLUE_OK;
  CurlString owned(text);
  return done && owned ? std::string(owned.get()) : redact_passwords(url);
}

}  // namespace citekit::linkcheck
