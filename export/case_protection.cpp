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
  std::size_t i = 0;
  while (i < title.size()) {
    std::size_t start = i;
    std::size_t next = i;
    bool word = is_word_char(next_code_point(title, next));
    // Extend the run of word (or separator) characters.
    while (next < title.size()) {
      std::size_t after = next;
      if (is_word_char(next_code_point(title, after)) != word) break;
      next = after;
    }
    std::string_view run = title.substr(start, next - start);
    std::string escaped = escape_latex(run, charset);
    if (!word) {
      out += escaped;
      // A colon starts a new sentence (a subtitle); other punctuation does not.
      if (run.find(':') != std::string_view::npos) sentence_initial = true;
    } else {
      out += needs_case_protection(run, sentence_initial) ? "{" + escaped + "}" : escaped;
      sentence_initial = false;
    }
    i = next;
  }
  return out;
}

}  // namespace citekit::exporting
