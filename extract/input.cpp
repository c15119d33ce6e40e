#include "extract/input.hpp"

#include "core/position.hpp"
#include "extract/encoding.hpp"
#include "core/text.hpp"

#include <fstream>
#include <istream>

namespace citekit::extract {
namespace {

Result<std::string> read_stream(std::istream& in, const std::string& path, const InputLimits& limits) {
  std::string bytes;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > limits.max_input_bytes)
      return Error{"input-too-large",
                   "input is larger than the limit of " + std::to_string(limits.max_input_bytes) + " bytes",
                   Position{path, "", 0, 0, 0}};
  }
  if (in.bad()) return Error{"unreadable-file", "read error", Position{path, "", 0, 0, 0}};
  return bytes;
}

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// UTF-16 to UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(out, cp);
  }
  return out;
}

std::string normalise_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

void report(DecodedText& decoded, const std::string& path, std::size_t offset, std::string code,
            std::string message) {
  Position where = LineIndex(decoded.text).locate(offset);
  where.file = path;
  decoded.problems.push_back(Problem{Severity::warning, std::move(code), std::move(message), where, {}});
}

// Replaces NUL bytes (never meaningful in text) and reports the first.
void replace_nul_bytes(DecodedText& decoded, const std::string& path) {
  std::size_t first = decoded.text.find('\0');
  if (first == std::string::npos) return;
  std::size_t count = 0;
  for (char& c : decoded.text)
    if (c == '\0') {
      c = ' ';
      ++count;
    }
  report(decoded, path, first, "nul-bytes", std::to_string(count) + " NUL byte(s) replaced by spaces");
}

void replace_invalid_utf8(DecodedText& decoded, const std::string& path) {
  auto first = first_invalid_utf8(decoded.text);
  if (!first) return;
  report(decoded, path, *first, "invalid-utf8", "invalid UTF-8 replaced by U+FFFD");
  decoded.text = sanitize_utf8(decoded.text);
}

// Bytes that are mostly valid UTF-8 with a few bad sequences are damaged
// UTF-8 (reported and replaced); bytes without a single multi-byte UTF-8
// sequence, or with more bad than good ones, are in a legacy encoding.
bool is_damaged_utf8(std::string_view bytes) {
  std::size_t good = 0, bad = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t before = i;
    char32_t cp = next_code_point(bytes, i);
    if (cp == 0xFFFD && bytes.compare(before, 3, "\xEF\xBF\xBD") != 0) ++bad;
    else if (cp >= 0x80) ++good;
  }
  return bad == 0 || good >= bad;
}

std::string decode_without_bom(std::string_view bytes, DecodedText& decoded, const std::string& path) {
  if (auto utf16 = detect_utf16_without_bom(bytes)) {
    decoded.encoding = *utf16;
    return utf16_to_utf8(bytes, *utf16 == "UTF-16LE");
  }
  decoded.encoding = "UTF-8";
  if (is_damaged_utf8(bytes)) return std::string(bytes);
  LegacyText legacy = decode_legacy(bytes);
  decoded.encoding = legacy.encoding;
  decoded.problems.push_back(Problem{Severity::info, "legacy-encoding",
                                     "the text is not UTF-8; read as " + legacy.encoding +
                                         (legacy.guessed ? " (assumed: the encoding could not be detected)" : " (detected)"),
                                     Position{path, "", 0, 0, 0}, {}});
  return std::move(legacy.text);
}

}  // namespace

Result<std::string> read_input(const std::string& path, std::istream& standard_input, const InputLimits& limits) {
  if (path == "-") return read_stream(standard_input, path, limits);
  std::ifstream file(path, std::ios::binary);
  if (!file) return Error{"unreadable-file", "cannot open file", Position{path, "", 0, 0, 0}};
  return read_stream(file, path, limits);
}

DecodedText decode_text(std::string_view bytes, const std::string& path) {
  DecodedText decoded;
  std::string text;
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    decoded.encoding = "UTF-8";
    text = bytes.substr(3);
  } else if (starts_with(bytes, "\xFF\xFE")) {
    decoded.encoding = "UTF-16LE";
    text = utf16_to_utf8(bytes.substr(2), true);
  } else if (starts_with(bytes, "\xFE\xFF")) {
    decoded.encoding = "UTF-16BE";
    text = utf16_to_utf8(bytes.substr(2), false);
  } else {
    text = decode_without_bom(bytes, decoded, path);
  }
  decoded.text = normalise_line_ends(text);
  if (decoded.encoding.starts_with("UTF-16") && bytes.size() % 2 == 1)
    report(decoded, path, decoded.text.size(), "truncated-utf16",
           "the UTF-16 text ends in half a character (is the file truncated?); the last byte was left out");
  replace_nul_bytes(decoded, path);
  replace_invalid_utf8(decoded, path);
  decoded.text = normalise_invisible(decoded.text);
  return decoded;
}

}  // namespace citekit::extract
