#include "linkcheck/url.hpp"

#include "core/text.hpp"
#include "linkcheck/curl_handles.hpp"
#include "linkcheck/idn.hpp"

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

std::optional<HttpUrl> refuse_long(std::string_view text) {
  if (text.size() <= kMaxUrlBytes) return std::nullopt;
  return problem("URL too long (" + std::to_string(text.size()) + " bytes; at most " + std::to_string(kMaxUrlBytes) + ")");
}

// Where the part after the host begins: after "scheme://authority" or
// "//authority", else at the start (a relative reference has no host).
std::size_t after_host(std::string_view text) {
  std::size_t start = 0;
  if (auto scheme = scheme_of(text); scheme && text.substr(scheme->size() + 1, 2) == "//") start = scheme->size() + 3;
  else if (text.substr(0, 2) == "//") start = 2;
  else return 0;
  return std::min(text.find_first_of("/?#", start), text.size());
}

std::string url_error(CURLUcode code) { return std::string("not a valid URL: ") + curl_url_strerror(code); }

// One part of a parsed URL, or "" when it has none.
std::string part_of(const UrlHandle& handle, CURLUPart part) {
  char* text = nullptr;
  CURLUcode code = curl_url_get(handle.get(), part, &text, 0);
  CurlString owned(text);
  return code == CURLUE_OK && owned ? std::string(owned.get()) : std::string();
}

// Puts the host in its ASCII form; the problem when it has none.
std::optional<std::string> make_host_ascii(const UrlHandle& handle) {
  std::string host = part_of(handle, CURLUPART_HOST);
  AsciiHost ascii = ascii_host(host);
  if (!ascii.problem.empty()) return "not a valid URL: " + ascii.problem;
  if (ascii.host != host && curl_url_set(handle.get(), CURLUPART_HOST, ascii.host.c_str(), 0) != CURLUE_OK)
    return "not a valid URL: the host name " + ascii.host + " is refused";
  return std::nullopt;
}

HttpUrl read_url(const UrlHandle& handle) {
  if (auto host_problem = make_host_ascii(handle)) return problem(std::move(*host_problem));
  char* text = nullptr;
  CURLUcode code = curl_url_get(handle.get(), CURLUPART_URL, &text, 0);
  CurlString owned(text);
  if (code != CURLUE_OK) return problem(url_error(code));
  return HttpUrl{owned.get(), ""};
}

}  // namespace

std::string encode_after_host(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t start = after_host(text);
  std::string out(text.substr(0, start));
  for (unsigned char c : text.substr(start)) {
    if (c == ' ' || c >= 0x80) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string abbreviated(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  return std::string(text.substr(0, limit)) + "… (" + std::to_string(text.size()) + " bytes)";
}

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
  if (auto refused = refuse_long(text)) return *refused;
  if (!scheme_of(text)) return problem("not a URL (no scheme)");
  if (auto refused = refuse_other_schemes(text)) return *refused;
  UrlHandle handle(curl_url());
  if (!handle) return problem("out of memory");
  std::string encoded = encode_after_host(text);
  CURLUcode code = curl_url_set(handle.get(), CURLUPART_URL, encoded.c_str(), 0);
  if (code != CURLUE_OK) return problem(url_error(code));
  return read_url(handle);
}

HttpUrl resolve_http_url(std::string_view base, std::string_view reference) {
  if (auto refused = refuse_long(reference)) return *refused;
  if (auto refused = refuse_other_schemes(reference)) return *refused;
  UrlHandle handle(curl_url());
  if (!handle) return problem("out of memory");
  std::string base_copy(base);
  CURLUcode code = curl_url_set(handle.get(), CURLUPART_URL, base_copy.c_str(), 0);
  if (code != CURLUE_OK) return problem(url_error(code));
  // Servers send spaces and raw UTF-8 in Location: encode them as a browser
  // would.
  std::string encoded = encode_after_host(reference);
  code = curl_url_set(handle.get(), CURLUPART_URL, encoded.c_str(), 0);
  if (code != CURLUE_OK) return problem(url_error(code));
  return read_url(handle);
}

}  // namespace citekit::linkcheck
