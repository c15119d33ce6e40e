#pragma once
// Small UTF-8 and string helpers shared by every module.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit {

// The superscript digits Unicode has, "⁰" to "⁹", by value.
inline constexpr std::string_view kSuperscriptDigits[10] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

// Whether every byte of `text` is ASCII.
inline bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}
// Number of UTF-8 characters (code points) in `text`; invalid bytes count one each.
std::size_t utf8_length(std::string_view text);
// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);
// Replaces invalid UTF-8 sequences with U+FFFD.
std::string sanitize_utf8(std::string_view text);
// Decodes one code point at `offset` and advances it; returns U+FFFD on bad input.
char32_t next_code_point(std::string_view text, std::size_t& offset);
void append_utf8(std::string& out, char32_t code_point);

// The first `count` characters of `text`, with "…" when it was cut: for
// quoting a text in a message.
std::string excerpt(std::string_view text, std::size_t count);

std::string_view trim(std::string_view text);
// Trims ASCII whitespace and the given extra characters (ASCII only).
std::string_view trim(std::string_view text, std::string_view extra);
// Collapses runs of whitespace (including NBSP and other Unicode spaces) into one space and trims.
std::string collapse_whitespace(std::string_view text);
// Invisible characters that break matching, normalised: no-break and other
// Unicode spaces become ' '; zero-width spaces, word joiners, BOMs inside the
// text and soft hyphens are removed. Line ends are kept.
std::string normalise_invisible(std::string_view text);
std::string to_lower_ascii(std::string_view text);
bool iequals_ascii(std::string_view a, std::string_view b);
bool istarts_with_ascii(std::string_view text, std::string_view prefix);
// Whether `text`, with ASCII letters lowercased, contains one of `needles`
// (given in lowercase): the cheap test rules make before a pattern that
// every match of holds one of them.
bool contains_any_ascii_caseless(std::string_view text, std::initializer_list<std::string_view> needles);
std::vector<std::string_view> split(std::string_view text, char separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// Latin letters with diacritics folded to ASCII ("Milošević" -> "Milosevic",
// "Æ" -> "AE", "ß" -> "ss"); other non-ASCII characters are dropped.
std::string ascii_fold(std::string_view text);
// True when every letter is uppercase and there are at least two ("NATO", "UN").
bool is_acronym(std::string_view word);
bool is_upper_initial(std::string_view word);

}  // namespace citekit
