#include "core/json_text.hpp"

#include "core/text.hpp"

#include <charconv>

namespace citekit {

void append_json_string(std::string& out, std::string_view text) {
  std::string sanitized;
  if (first_invalid_utf8(text)) text = sanitized = sanitize_utf8(text);
  out += '"';
  std::size_t copied = 0;   // text[copied, i) needs no escape and is appended in one go
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text, copied, i - copied);
    copied = i + 1;
    out += '\\';
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '\b': out += 'b'; break;
      case '\f': out += 'f'; break;
      case '\n': out += 'n'; break;
      case '\r': out += 'r'; break;
      case '\t': out += 't'; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "u00";
        out += kHex[byte >> 4];
        out += kHex[byte & 0xF];
      }
    }
  }
  out.append(text, copied);
  out += '"';
}

void append_json_int(std::string& out, long long value) {
  char buffer[24];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, end);
}

}  // namespace citekit
