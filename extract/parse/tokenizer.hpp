#pragma once
// Splitting a reference string into the tokens the labeller labels: runs of
// letters, runs of digits, single punctuation marks, and whole URLs and DOIs.
// Letters and digits are split apart ("D60" -> "D", "60") because corpora
// put such pairs in different fields (journal series and volume).

#include <cstdint>
#include <string_view>
#include <vector>

namespace citekit::extract::parsing {

enum class TokenKind : std::uint8_t { word, number, punctuation, url, doi };

// The case of a letter, where the script has one.
enum class LetterCase : std::uint8_t { upper, lower, none };

struct Token {
  std::uint32_t begin = 0;      // byte offsets into the reference string
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  bool space_before = false;    // whitespace separates it from the previous token
  std::string_view text(std::string_view source) const { return source.substr(begin, end - begin); }
};

// Tokens of `text`, appended to `out` after clearing it (reusable buffer).
void tokenize(std::string_view text, std::vector<Token>& out);
std::vector<Token> tokenize(std::string_view text);

// Character classes shared with the features.
enum class CharClass : std::uint8_t { letter, digit, space, punctuation };
CharClass char_class(char32_t c);
LetterCase letter_case(char32_t c);

}  // namespace citekit::extract::parsing
