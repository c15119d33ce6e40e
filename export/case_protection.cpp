#include "export/case_protection.hpp"

#include "core/text.hpp"

namespace citekit::exporting {
namespace {

// Capital letters: ASCII, Latin letters with diacritics (through their ASCII
// folding), Greek and Cyrillic.
bool is_capital(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F)) return true;
  std::string utf8;
  append_utf8(utf8, cp);
  std::string folded = ascii_fold(utf8);
  return !folded.empty() && folded[0] >= 'A' && folded[0] <= 'Z';
}

// Letters and digits; everything from U+2000 (punctuation, symbols) and the
// Latin-1 signs are separators, so "NATO’s" is the word "NATO", then "’s".
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0 || cp == U'×' || cp == U'÷') return false;
  return cp < 0x2000 || cp > 0x2BFF;
}

// The end of the run of word (or of separator) characters starting at
// `start`. A hyphen between letters stays in the word, so "Self-Government"
// is protected as one word.
std::size_t run_end(std::string_view text, std::size_t start, bool word) {
  std::size_t end = start;
  while (end < text.size()) {
    std::size_t after = end;
    char32_t cp = next_code_point(text, after);
    if (word && cp == U'-' && after < text.size()) {
      std::size_t next = after;
      if (is_word_char(next_code_point(text, next))) {
        end = after;
        continue;
      }
    }
    if (is_word_char(cp) != word) break;
    end = after;
  }
  return end;
}

}  // namespace

bool needs_case_protection(std::string_view word, bool sentence_initial) {
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    char32_t cp = next_code_point(word, i);
    if (is_capital(cp) && !(first && sentence_initial)) return true;
    first = false;
  }
  return false;
}

std::string protect_case(std::string_view title, LatexCharset charset) {
  std::string out;
  bool sentence_initial = true;
  for (std::size_t start = 0; start < title.size();) {
    std::size_t probe = start;
    bool word = is_word_char(next_code_point(title, probe));
    std::size_t end = run_end(title, start, word);
    std::string_view run = title.substr(start, end - start);
    std::string escaped = escape_latex(run, charset);
    if (word) {
      out += needs_case_protection(run, sentence_initial) ? "{" + escaped + "}" : escaped;
      sentence_initial = false;
    } else {
      out += escaped;
    }
    start = end;
  }
  return out;
}

}  // namespace citekit::exporting
