#include "core/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace citekit {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the UTF-8 sequence starting at text[i], or 0 when invalid.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (length == 2 && lead < 0xC2) return 0;                            // overlong
  if (length == 3) {
    unsigned char second = byte(i + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;                       // overlong
    if (lead == 0xED && second >= 0xA0) return 0;                      // surrogate
  }
  if (length == 4) {
    unsigned char second = byte(i + 1);
    if ((lead == 0xF0 && second < 0x90) || lead > 0xF4 || (lead == 0xF4 && second >= 0x90)) return 0;
  }
  return length;
}

bool is_unicode_space(char32_t c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

struct Fold {
  char32_t from;
  const char* to;
};

// Latin-1 Supplement and Latin Extended-A, folded to their base letters.
constexpr Fold kFolds[] = {
    {U'À', "A"}, {U'Á', "A"}, {U'Â', "A"}, {U'Ã', "A"}, {U'Ä', "A"}, {U'Å', "A"}, {U'Æ', "AE"}, {U'Ç', "C"},
    {U'È', "E"}, {U'É', "E"}, {U'Ê', "E"}, {U'Ë', "E"}, {U'Ì', "I"}, {U'Í', "I"}, {U'Î', "I"}, {U'Ï', "I"},
    {U'Ð', "D"}, {U'Ñ', "N"}, {U'Ò', "O"}, {U'Ó', "O"}, {U'Ô', "O"}, {U'Õ', "O"}, {U'Ö', "O"}, {U'Ø', "O"},
    {U'Ù', "U"}, {U'Ú', "U"}, {U'Û', "U"}, {U'Ü', "U"}, {U'Ý', "Y"}, {U'Þ', "TH"}, {U'ß', "ss"}, {U'à', "a"},
    {U'á', "a"}, {U'â', "a"}, {U'ã', "a"}, {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"}, {U'ç', "c"}, {U'è', "e"},
    {U'é', "e"}, {U'ê', "e"}, {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"}, {U'î', "i"}, {U'ï', "i"}, {U'ð', "d"},
    {U'ñ', "n"}, {U'ò', "o"}, {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"}, {U'ö', "o"}, {U'ø', "o"}, {U'ù', "u"},
    {U'ú', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"}, {U'þ', "th"}, {U'ÿ', "y"}, {U'Ł', "L"}, {U'ł', "l"},
    {U'Œ', "OE"}, {U'œ', "oe"}, {U'Đ', "D"}, {U'đ', "d"}, {U'Ħ', "H"}, {U'ħ', "h"}, {U'ı', "i"}, {U'Ŋ', "N"},
    {U'ŋ', "n"}, {U'ſ', "s"}, {U'Ŧ', "T"}, {U'ŧ', "t"}, {U'Ŀ', "L"}, {U'ŀ', "l"}, {U'ĸ', "k"}, {U'Ĳ', "IJ"},
    {U'ĳ', "ij"},
};

// Latin Extended-A letters U+0100..U+017F without an entry above: the base
// letter of each pair (e.g. U+0160 "Š" -> "S"), indexed from U+0100.
constexpr const char* kExtendedA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

}  // namespace

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = sequence_length(text, i);
    i += n ? n : 1;
    ++count;
  }
  return count;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // ASCII, the bulk of most text, eight bytes at a time.
    std::uint64_t eight;
    if (text.size() - i >= sizeof eight) {
      std::memcpy(&eight, text.data() + i, sizeof eight);
      if (!(eight & 0x8080808080808080ULL)) {
        i += sizeof eight;
        continue;
      }
    }
    std::size_t n = sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = sequence_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

char32_t next_code_point(std::string_view text, std::size_t& offset) {
  std::size_t n = sequence_length(text, offset);
  if (n == 0) {
    ++offset;
    return 0xFFFD;
  }
  auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[offset + k])); };
  char32_t cp = n == 1 ? byte(0) : n == 2 ? byte(0) & 0x1F : n == 3 ? byte(0) & 0x0F : byte(0) & 0x07;
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  offset += n;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string_view trim(std::string_view text) { return trim(text, ""); }

std::string_view trim(std::string_view text, std::string_view extra) {
  // A plain loop: `extra` is a few characters, too few for a call to memchr to pay.
  auto strip = [&](char c) {
    if (is_ascii_space(c)) return true;
    for (char e : extra)
      if (e == c) return true;
    return false;
  };
  while (!text.empty() && strip(text.front())) text.remove_prefix(1);
  while (!text.empty() && strip(text.back())) text.remove_suffix(1);
  return text;
}

namespace {

// Whether the character at `i` is a space (ASCII or Unicode), and where the next one starts.
bool space_at(std::string_view text, std::size_t& i) {
  if (static_cast<unsigned char>(text[i]) < 0x80) return is_ascii_space(text[i++]);   // ASCII, without decoding
  return is_unicode_space(next_code_point(text, i));
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    // A run of characters other than spaces, appended in one go.
    std::size_t start = i, next = i;
    while (i < text.size() && !space_at(text, next)) i = next;
    if (i > start) {
      if (pending_space) out += ' ';
      out.append(text.data() + start, i - start);
      pending_space = false;
    }
    if (i < text.size()) {   // text[i] is a space; `next` is past it
      i = next;
      pending_space = !out.empty();
    }
  }
  return out;
}

std::string normalise_invisible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    char32_t cp = next_code_point(text, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (is_unicode_space(cp) && cp != 0x2028 && cp != 0x2029) {
      out += ' ';
    } else if (cp != 0x200B && cp != 0x2060 && cp != 0xFEFF && cp != 0xAD) {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The eight bytes of `word` with A-Z lowercased (bit tricks: each byte
// learns whether it lies in 'A'..'Z' without a branch; others are kept).
std::uint64_t lower_ascii_word(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  std::uint64_t low7 = word & ~kHighs;
  std::uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');        // high bit set when the byte >= 'A'
  std::uint64_t beyond_z = low7 + kOnes * (0x80 - 'Z' - 1);      // high bit set when the byte > 'Z'
  std::uint64_t upper = (at_least_a ^ beyond_z) & ~word & kHighs;   // in 'A'..'Z', and ASCII
  return word | upper >> 2;                                        // + 0x20
}

}  // namespace

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  std::size_t i = 0;
  for (; i + 8 <= out.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, out.data() + i, sizeof word);
    word = lower_ascii_word(word);
    std::memcpy(out.data() + i, &word, sizeof word);
  }
  for (; i < out.size(); ++i) out[i] = lower_ascii(out[i]);
  return out;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  return true;
}

bool istarts_with_ascii(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals_ascii(text.substr(0, prefix.size()), prefix);
}

bool contains_any_ascii_caseless(std::string_view text, std::initializer_list<std::string_view> needles) {
  if (text.empty()) return false;
  std::string lower = to_lower_ascii(text);
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view needle) { return lower.find(needle) != std::string::npos; });
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t k = 0; k < count && at < text.size(); ++k) next_code_point(text, at);
  if (at >= text.size()) return std::string(text);
  return std::string(text.substr(0, at)) + "…";
}

std::string ascii_fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    auto fold = std::find_if(std::begin(kFolds), std::end(kFolds), [&](const Fold& f) { return f.from == cp; });
    if (fold != std::end(kFolds)) {
      out += fold->to;
    } else if (cp >= 0x100 && cp <= 0x17F) {
      out += kExtendedA[cp - 0x100];
    } else if (cp == U'‘' || cp == U'’') {
      out += '\'';
    } else if (cp == U'“' || cp == U'”') {
      out += '"';
    } else if (cp == U'–' || cp == U'—') {
      out += '-';
    }
  }
  return out;
}

bool is_acronym(std::string_view word) {
  int letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    char32_t cp = next_code_point(word, i);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') ++letters;
    } else {
      return false;
    }
  }
  return letters >= 2;
}

bool is_upper_initial(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  char32_t cp = next_code_point(word, i);
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  std::string folded = ascii_fold(word.substr(0, i));
  return !folded.empty() && folded[0] >= 'A' && folded[0] <= 'Z';
}

}  // namespace citekit
