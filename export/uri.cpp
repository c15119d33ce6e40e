#include "export/uri.hpp"

#include <cstdio>

namespace citekit::exporting {
namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Where the authority ("host:port", "[::1]") of `url` ends; 0 when it has none.
std::size_t authority_end(std::string_view url) {
  std::size_t start = url.find("://");
  if (start == std::string_view::npos) return 0;
  std::size_t end = url.find_first_of("/?#", start + 3);
  return end == std::string_view::npos ? url.size() : end;
}

}  // namespace

std::string any_uri(std::string_view url, NonAscii non_ascii) {
  static constexpr std::string_view kUnsafe = " \"<>\\^`{|}";
  const std::size_t authority = authority_end(url);
  bool seen_fragment = false;
  std::string out;
  for (std::size_t i = 0; i < url.size(); ++i) {
    char c = url[i];
    auto u = static_cast<unsigned char>(c);
    bool stray_percent = c == '%' && !(i + 2 < url.size() && is_hex(url[i + 1]) && is_hex(url[i + 2]));
    bool second_hash = c == '#' && seen_fragment;
    bool bracket_in_path = (c == '[' || c == ']') && i >= authority;  // allowed only around an IPv6 host
    if (c == '#') seen_fragment = true;
    bool encoded_non_ascii = u >= 0x80 && non_ascii == NonAscii::encode;
    if (u < 0x20 || u == 0x7F || encoded_non_ascii || kUnsafe.find(c) != std::string_view::npos || stray_percent || second_hash ||
        bracket_in_path) {
      append_percent_encoded(out, u);
    } else {
      out += c;
    }
  }
  return out;
}

void append_percent_encoded(std::string& out, unsigned char byte) {
  char buffer[4];
  std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
  out += buffer;
}

}  // namespace citekit::exporting
