#include "core/json_text.hpp"

#include "core/text.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace citekit {

namespace {

// Whether any of the eight bytes at `at` is below 0x20, '"' or '\\' (bit tricks on one 64-bit word).
bool needs_escape(const char* at) {
  std::uint64_t word;
  std::memcpy(&word, at, sizeof word);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighs;   // bytes < 0x20 (ASCII ones; others have the high bit)
  return below_space | has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\'));
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  std::string sanitized;
  if (first_invalid_utf8(text)) text = sanitized = sanitize_utf8(text);
  out += '"';
  std::size_t copied = 0;   // text[copied, i) needs no escape and is appended in one go
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Eight bytes at a time while none of them is a control character, '"' or '\\'.
    while (text.size() - i >= 8 && !needs_escape(text.data() + i)) i += 8;
    if (i == text.size()) break;
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
