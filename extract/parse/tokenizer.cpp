#include "extract/parse/tokenizer.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>

namespace citekit::extract::parsing {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_non_ascii_punctuation(char32_t c) {
  if (c >= 0xA1 && c <= 0xBF) return c != 0xAA && c != 0xB5 && c != 0xBA;   // ª µ º are letters
  if (c == 0xD7 || c == 0xF7) return true;                                   // × ÷
  if (c >= 0x2010 && c <= 0x205E) return true;                               // dashes, quotes, …, •
  if (c >= 0x20A0 && c <= 0x20CF) return true;                               // currency
  if (c >= 0x2190 && c <= 0x2BFF) return true;                               // arrows, maths, shapes
  if (c >= 0x3001 && c <= 0x303F) return c != 0x3005;                        // CJK punctuation (not 々)
  if (c >= 0xFF01 && c <= 0xFF0F) return true;                               // fullwidth ！ to ／
  if ((c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)) return true;
  if (c >= 0xE000 && c <= 0xF8FF) return true;                               // private use
  return c == 0xFFFD || c >= 0x1F000;                                        // replacement, emoji
}

bool starts_with_caseless(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.size() - at >= prefix.size() && iequals_ascii(text.substr(at, prefix.size()), prefix);
}

bool ends_with_caseless(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && iequals_ascii(text.substr(text.size() - suffix.size()), suffix);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Four to nine digits and "/" at `at`: the registrant part of a DOI's prefix.
bool registrant_at(std::string_view text, std::size_t at) {
  std::size_t i = at, digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  return digits >= 4 && digits <= 9 && i < text.size() && text[i] == '/';
}

// "10. 1101/…", "10 .1016/…": a DOI's prefix as text extracted from PDFs
// splits it, taken as one only after "doi" ("doi: 10. 1101/gr.107854.110";
// "vol. 10. 2015/16" is not one). The length of "10. " or "10 .", else 0.
std::size_t spaced_doi_prefix(std::string_view text, std::size_t at) {
  std::string_view rest = text.substr(at);
  if (!(rest.starts_with("10. ") || rest.starts_with("10 .")) || !registrant_at(text, at + 4)) return 0;
  std::string_view before = text.substr(0, at);
  while (!before.empty() && (before.back() == ' ' || before.back() == ':')) before.remove_suffix(1);
  return ends_with_caseless(before, "doi") ? 4 : 0;
}

// "10.1234/…": a DOI's prefix, four to nine digits after "10.".
bool starts_doi(std::string_view text, std::size_t at) {
  return (starts_with_caseless(text, at, "10.") && registrant_at(text, at + 3)) || spaced_doi_prefix(text, at) > 0;
}

// Length of a URL scheme at `at` ("https://"), also as text extracted from
// PDFs writes it ("http ://", "https: //", "http: // www"); 0 when there is none.
std::size_t scheme_length(std::string_view text, std::size_t at) {
  for (std::string_view scheme : {"https", "http", "ftp"}) {
    if (!starts_with_caseless(text, at, scheme)) continue;
    std::size_t i = at + scheme.size();
    if (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != ':') return 0;
    ++i;
    if (i < text.size() && text[i] == ' ') ++i;
    if (!text.substr(i).starts_with("//")) return 0;
    i += 2;
    if (i + 1 < text.size() && text[i] == ' ' && text[i + 1] != ' ') ++i;
    return i - at;
  }
  return 0;
}

bool starts_url(std::string_view text, std::size_t at) {
  return scheme_length(text, at) > 0 || starts_with_caseless(text, at, "www.");
}

std::size_t count(std::string_view text, char c) {
  std::size_t n = 0;
  for (char x : text) n += x == c;
  return n;
}

// "12/05/2019", "3.4.21": a date, which may follow an address but never continues one.
bool is_numeric_date(std::string_view chunk) {
  std::size_t parts = 1, digits = 0;
  char separator = 0;
  for (char c : chunk) {
    if (is_digit(c)) {
      if (++digits > 4) return false;
      continue;
    }
    if (c != '/' && c != '.' && c != '-') return false;
    if ((separator && c != separator) || digits == 0) return false;
    separator = c, digits = 0, ++parts;
  }
  return parts == 3 && digits > 0;
}

// Whether `chunk` (`core` without its closing punctuation), after an
// address broken after `last`, reads as more of it: a digit or an address's
// mark inside it, no ":" (a new scheme, "doi:", "Accessed:"), not a date,
// and in lowercase after a full stop, which otherwise ends a sentence
// ("www.x.org. Smith-Jones, A." is two things).
bool continues_address(std::string_view chunk, std::string_view core, char last) {
  char first = chunk.front();
  bool lower = first >= 'a' && first <= 'z', upper = first >= 'A' && first <= 'Z';
  if (!(lower || upper || is_digit(first)) || (last == '.' && !lower) || chunk.find(':') != std::string_view::npos)
    return false;
  bool mark = core.find_first_of("/._=?&-") != std::string_view::npos;
  if (is_digit(first)) return mark && !is_numeric_date(core);
  return mark || std::any_of(core.begin(), core.end(), is_digit);
}

// Where an address that a line break split goes on after the space the break
// left, or npos. Typesetters break addresses after "/", ".", "-", "_", "=",
// "?" or "&": "http://dx.doi. org/10.1016/…", "…/10.1021/ es030360x.",
// "www.dca- project.eu/…", a resolver and its DOI ("http://dx.doi.org/
// 10.1061/…"), a file's extension ("…/4348. htm").
std::size_t continuation_end(std::string_view text, std::size_t at, std::size_t end) {
  constexpr auto npos = std::string_view::npos;
  if (end <= at || end + 1 >= text.size() || text[end] != ' ') return npos;
  char last = text[end - 1];
  if (std::string_view("/.-_=?&").find(last) == npos) return npos;
  std::size_t next = end + 1;
  std::string_view chunk = text.substr(next, std::min(text.find(' ', next), text.size()) - next);
  if (chunk.empty()) return npos;
  if (ends_with_caseless(text.substr(at, end - at), "doi.org/") && starts_doi(text, next))
    return next + chunk.size();
  static constexpr std::string_view kExtensions[] = {"htm", "html", "shtml", "pdf", "php", "asp",
                                                     "aspx", "jsp", "cfm", "xml", "txt"};
  std::string_view core = chunk.substr(0, chunk.find_last_not_of(".,;)]>") + 1);
  if (last == '.' && std::ranges::find(kExtensions, core) != std::end(kExtensions))   // "PDF" after a stop is a word
    return next + chunk.size();
  if (starts_url(text, next) || starts_doi(text, next) || !continues_address(chunk, core, last)) return npos;
  return next + chunk.size();
}

// Where a lead-in glued on by a lost space begins ("10.1103/PhysRevD.11.395.URL
// https://…", "10.1126/science.1193063.PMID:20847271"): the full stop before
// it ends the identifier. The lead-in runs to the end or to its colon.
std::size_t glued_lead_in(std::string_view text, std::size_t at, std::size_t end) {
  static constexpr std::string_view kLeads[] = {"URL", "PMID", "PMCID", "ISSN", "ISBN", "Available", "Accessed",
                                                "Retrieved"};
  std::string_view id = text.substr(at, end - at);
  for (std::size_t dot = id.find('.'); dot != std::string_view::npos; dot = id.find('.', dot + 1))
    for (std::string_view lead : kLeads) {
      std::size_t after = dot + 1 + lead.size();
      if (id.substr(dot + 1).starts_with(lead) && (after == id.size() || id[after] == ':')) return at + dot;
    }
  return end;
}

// Whether `text` holds a DOI (or is a resolver's address with one).
bool holds_doi(std::string_view text) {
  for (std::size_t ten = text.find("10."); ten != std::string_view::npos; ten = text.find("10.", ten + 1))
    if (registrant_at(text, ten + 3)) return true;
  return false;
}

// Where an opening bracket the address never closes, before a number, begins
// ("….aspx(2019. 8. 1. 방문)"): the bracket opens the text after the address,
// which a lost space joined to it. Brackets an address closes stay in it
// ("…/Foo_(2019_film)"). A DOI's suffix may hold brackets of its own and
// keep one open when cut short ("10.1061/(ASCE)0733-9399(1984)110:5(794"),
// so in a DOI only a year opens the text after it ("…-0067-y(2018.").
std::size_t unclosed_bracket(std::string_view text, std::size_t at, std::size_t end) {
  std::size_t depth = 0, first_open = std::string_view::npos;
  for (std::size_t i = at; i < end; ++i) {
    if (text[i] == '(') {
      if (depth++ == 0) first_open = i;
    } else if (text[i] == ')' && depth > 0) {
      --depth;
    }
  }
  if (depth == 0 || first_open + 1 >= end || !is_digit(text[first_open + 1])) return end;
  if (!holds_doi(text.substr(at, end - at))) return first_open;
  std::size_t after = first_open + 1;
  while (after < end && is_digit(text[after])) ++after;
  bool year = after - first_open - 1 == 4 && (text.substr(first_open + 1, 2) == "19" || text.substr(first_open + 1, 2) == "20");
  return year && (after == end || !std::isalnum(static_cast<unsigned char>(text[after]))) ? first_open : end;
}

// End of a URL or DOI starting at `at`: the next space, less the punctuation
// that closes the sentence or a bracket the URL did not open.
std::size_t identifier_end(std::string_view text, std::size_t at) {
  std::size_t end = at + scheme_length(text, at) + spaced_doi_prefix(text, at);
  while (end < text.size()) {
    std::size_t next = end;
    if (is_space(next_code_point(text, next))) {
      std::size_t continued = continuation_end(text, at, end);
      if (continued == std::string_view::npos) break;
      next = continued;
    }
    end = next;
  }
  end = glued_lead_in(text, at, end);
  end = unclosed_bracket(text, at, end);
  static constexpr std::string_view kClosingQuotes[] = {"”", "’", "»", "“"};
  while (end > at) {
    std::string_view url = text.substr(at, end - at);
    bool quote = false;
    for (auto q : kClosingQuotes)
      if (url.ends_with(q)) end -= q.size(), quote = true;
    if (quote) continue;
    char last = url.back();
    if (last == ')' || last == ']' || last == '>') {
      char open = last == ')' ? '(' : last == ']' ? '[' : '<';
      if (count(url, open) >= count(url, last)) break;
    } else if (std::string_view(".,;:!?'\"").find(last) == std::string_view::npos) {
      break;
    }
    --end;
  }
  return end;
}

}  // namespace

CharClass char_class(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::letter;
    if (c >= '0' && c <= '9') return CharClass::digit;
    if (is_space(c)) return CharClass::space;
    return CharClass::punctuation;
  }
  if (is_space(c)) return CharClass::space;
  return is_non_ascii_punctuation(c) ? CharClass::punctuation : CharClass::letter;
}

LetterCase letter_case(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? LetterCase::upper : c >= 'a' && c <= 'z' ? LetterCase::lower : LetterCase::none;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return LetterCase::upper;
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return LetterCase::lower;
  // Latin Extended-A pairs upper/lower, shifted by one in two stretches.
  bool odd = c % 2 == 1;
  if (c >= 0x100 && c <= 0x137) return odd ? LetterCase::lower : LetterCase::upper;
  if (c >= 0x139 && c <= 0x148) return odd ? LetterCase::upper : LetterCase::lower;
  if (c >= 0x14A && c <= 0x177) return odd ? LetterCase::lower : LetterCase::upper;
  if (c == 0x178) return LetterCase::upper;
  if (c >= 0x179 && c <= 0x17E) return odd ? LetterCase::upper : LetterCase::lower;
  if (c >= 0x17F && c <= 0x180) return LetterCase::lower;
  if ((c >= 0x386 && c <= 0x38F) || (c >= 0x391 && c <= 0x3A9)) return LetterCase::upper;   // Greek
  if (c >= 0x3AC && c <= 0x3CE) return LetterCase::lower;
  if (c >= 0x400 && c <= 0x42F) return LetterCase::upper;                                  // Cyrillic
  if (c >= 0x430 && c <= 0x45F) return LetterCase::lower;
  if ((c >= 0x460 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF)) return odd ? LetterCase::lower : LetterCase::upper;
  return LetterCase::none;
}

namespace {

// The class of the character at `i`, advancing `i` past it; ASCII without decoding.
CharClass next_class(std::string_view text, std::size_t& i) {
  auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    ++i;
    return char_class(byte);
  }
  return char_class(next_code_point(text, i));
}

// Only these letters can start a URL ("http", "ftp", "www.") or a DOI ("10.").
bool may_start_identifier(char c) { return c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W' || c == '1'; }

}  // namespace

void tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    CharClass cls = next_class(text, i);
    if (cls == CharClass::space) {
      space = true;
      continue;
    }
    Token token{static_cast<std::uint32_t>(start), 0, TokenKind::punctuation, space || start == 0};
    space = false;
    bool doi = false;
    std::size_t identifier = start;
    if (may_start_identifier(text[start])) {
      doi = starts_doi(text, start);
      if (doi || starts_url(text, start)) identifier = identifier_end(text, start);
    }
    if (identifier > i) {
      token.kind = doi ? TokenKind::doi : TokenKind::url;
      i = identifier;
    } else if (cls == CharClass::letter || cls == CharClass::digit) {
      token.kind = cls == CharClass::letter ? TokenKind::word : TokenKind::number;
      for (std::size_t next = i; next < text.size(); i = next) {
        // "URLhttp://…", "Availablehttps://…": an address a lost space joined to the word before.
        if (cls == CharClass::letter && (text[next] == 'h' || text[next] == 'H') && scheme_length(text, next) > 0) break;
        if (next_class(text, next) != cls) break;
      }
    }
    token.end = static_cast<std::uint32_t>(i);
    out.push_back(token);
  }
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, out);
  return out;
}

}  // namespace citekit::extract::parsing
