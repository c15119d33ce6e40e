#include "linkcheck/url.hpp"

#include "core/text.hpp"
#include "linkcheck/curl_handles.hpp"

#include <cctype>
#include <optional>

namespace citekit::linkcheck {
namespace {

HttpUrl problem(std::string why) { return HttpUrl{"", std::move(why)}; }

// The scheme of an absolute URL ("mailto" in "mailto:x@y"), lowercased, or
// nullopt for a relative reference. Found here rather than by libcurl so
// that "mailto:" and "javascript:" get a plain reason instead of a parse error.
std::optional<std::string> scheme_of(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  auto scheme = text.substr(0, colon);
  if (!std::isalpha(static_cast<unsigned char>(scheme.front()))) return std::nullopt;
  for (char c : scheme) {
    bool allowed = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    if (!allowed) return std::nullopt;
  }
  return to_lower_ascii(scheme);
}

std::optional<HttpUrl> refuse_other_schemes(std::string_view text) {
  auto scheme = scheme_of(text);
  if (scheme && *scheme != "http" && *scheme != "https") return problem("not an http(s) URL (" + *scheme + ")");
  return std::nullopt;
}

std::string url_error(CURLUcode code) { return std::string("not a valid URL: ") + curl_url_strerror(code); }

HttpUrl read_url(const UrlHandle& handle) {
  char* text = nullptr;
  CURLUcode code = curl_url_get(handle.get(), CURLUPART_URL, &text, 0);
  CurlString owned(text);
  if (code != CURLUE_OK) return problem(url_error(code));
  return HttpUrl{owned.get(), ""};
}

// One part of a parsed URL, or "" when it has none.
std::string part_of(const UrlHandle& handle, CURLUPart part) {
  char* text = nullptr;
  CURLUcode code = curl_url_get(handle.get(), part, &text, 0);
  CurlString owned(text);
  return code == CURLUE_OK && owned ? std::string(owned.get()) : std::string();
}

}  // namespace

std::optional<UrlParts> url_parts(std::string_view url) {
  UrlHandle handle(curl_url());
  if (!handle) return std::nullopt;
  std::string copy(url);
  if (curl_url_set(handle.get(), CURLUPART_URL, copy.c_str(), 0) != CURLUE_OK) return std::nullopt;
  UrlParts parts{to_lower_ascii(part_of(handle, CURLUPART_HOST)), part_of(handle, CURLUPART_PATH),
                 part_of(handle, CURLUPART_QUERY)};
  if (parts.path.empty()) parts.path.push_back('/');  // (not = "/": GCC 12 warns wrongly)
  return parts;
}

HttpUrl parse_http_url(std::string_view text) {
  if (!scheme_of(text)) return problem("not a URL (no scheme)");
  if (auto refused = refuse_other_schemes(text)) return *refused;
  UrlHandle handle(curl_url());
  if (!handle) return problem("out of memory");
  std::string copy(text);  // curl_url_set wants a NUL-terminated string
  CURLUcode code = curl_url_set(handle.get(), CURLUPART_URL, copy.c_str(), 0);
  if (code != CURLUE_OK) return problem(url_error(code));
  return read_url(handle);
}

HttpUrl resolve_http_url(std::string_view base, std::string_view reference) {
  if (auto refused = refuse_other_schemes(reference)) return *refused;
  UrlHandle handle(curl_url());
  if (!handle) return problem("out of memory");
  std::string base_copy(base);
  CURLUcode code = curl_url_set(handle.get(), CURLUPART_URL, base_copy.c_str(), 0);
  if (code != CURLUE_OK) return problem(url_error(code));
  // Servers send spaces and raw UTF-8 in Location: encode them, as curl does
  // when it follows redirects itself.
  std::string reference_copy(reference);
  code = curl_url_set(handle.get(), CURLUPART_URL, reference_copy.c_str(), CURLU_URLENCODE | CURLU_ALLOW_SPACE);
  if (code != CURLUE_OK) return problem(url_error(code));
  return read_url(handle);
}

}  // namespace citekit::linkcheck
