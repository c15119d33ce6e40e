#include "extract/lists/text_citations.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/names.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace citekit::extract {
namespace {

// Most words a narrative citation's names may take before its "(2003)".
constexpr std::size_t kMaxNarrativeWords = 8;

// A year as citations write it: "2009", "2009a", or a year that is not one.
const Regex& year_pattern() {
  static const Regex year(
      R"((?<![\p{L}\p{N}])(?:(?:1[5-9]\d\d|20\d\d)(?:[a-z]{1,2}(?![\p{L}]))?(?![\p{L}\p{N}])|n\.\s?d\.|no date|undated|s\.\s?d\.|sans date|s\.\s?f\.|sin fecha|sem data|o\.\s?J\.|ohne Jahr|b\.\s?d\.|forthcoming|in press|im Druck|no prelo|en prensa|à paraître))",
      Regex::caseless);
  return year;
}

// Words that open a sentence or a parenthesis without being a name.
bool is_lead_word(std::string_view word) {
  // "idF. v." (in der Fassung vom: DIN 1505-2 dates legislation so).
  static constexpr std::array<std::string_view, 47> kWords{
      "see",   "also", "e.g.", "e.g.,", "eg", "cf.",   "cf",      "compare", "i.e.", "vgl.",  "siehe",
      "voir",  "ver",  "véase", "cfr.", "zie", "as",   "in",      "the",     "according", "to", "following",
      "while", "although", "but", "and", "both", "thus", "yet", "so", "since", "after", "before", "when",
      "for",   "from", "by",   "with", "unlike", "like", "per", "a", "an", "for example",
      "idf.",  "v.",   "vom"};
  std::string lower = to_lower_ascii(word);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

bool has_capital(std::string_view text) {
  static const Regex capital(R"(\p{Lu})");
  return capital.contains(text);
}

// "see Weller," -> "Weller": lead words dropped, trailing commas trimmed.
std::string_view names_part(std::string_view text) {
  text = trim(text, ",:");
  while (true) {
    std::size_t space = text.find(' ');
    if (space == std::string_view::npos || !is_lead_word(text.substr(0, space))) break;
    text = trim(text.substr(space + 1), ",:");
  }
  if (is_lead_word(text)) return {};
  return text;
}

// Splits "King and Mason", "Smith, Jones & Brown", "Müller u. a." into names.
void read_names(std::string_view written, CitedWork& work) {
  // A name hyphenated across a line break ("Interna-\ntional") is one word.
  static const Regex broken(R"((?:(?<=\p{Ll})-\s*\n\s*(?=\p{Ll})|(?<=\p{Lu})-\s*\n\s*(?=\p{Lu})))");
  std::string joined = broken.replace_all(written, "");
  std::string_view text = joined;
  static const Regex et_al(R"(\s*,?\s*(?:et\s+al\.?|u\.\s?a\.|e\.\s?a\.|and others|and colleagues|y otros|e outros|et coll\.)\s*$)",
                           Regex::caseless);
  static const Regex separator(R"(\s*(?:,\s*(?:and|&|und|et|y|e|en|i)\s+|,\s*|\s+(?:and|&|und|et|y|e|en|i)\s+|\s*&\s*|\s*/\s*|\s*;\s*)\s*)");
  if (auto m = et_al.find(text)) {
    work.et_al = true;
    text = text.substr(0, m->begin());
  }
  std::size_t start = 0;
  auto separators = separator.find_all(text);
  for (std::size_t k = 0; k < separators.size(); ++k) {
    const auto& m = separators[k];
    std::size_t right_end = k + 1 < separators.size() ? separators[k + 1].begin() : text.size();
    if (joins_one_body(text.substr(start, m.begin() - start), m.str(), text.substr(m.end(), right_end - m.end())))
      continue;
    std::string_view name = trim(text.substr(start, m.begin() - start));
    if (!name.empty()) work.names.emplace_back(name);
    start = m.end();
  }
  std::string_view last = trim(text.substr(start));
  // "Weller’s" and "Weller's" name Weller.
  for (std::string_view possessive : {std::string_view("’s"), std::string_view("'s")})
    if (last.size() > possessive.size() && last.substr(last.size() - possessive.size()) == possessive)
      last.remove_suffix(possessive.size());
  if (!last.empty()) work.names.emplace_back(last);
}

// "(2009, p. 4)": what follows a year, up to the end of its part.
std::string locator_after(std::string_view rest) { return std::string(trim(rest, ",:")); }

// One part of a parenthetical citation ("see King and Mason 2006, 12").
// `names_before` stands in for missing names (the narrative "Weller (2009)").
struct Part {
  std::vector<CitedWork> works;  // none when the part names no year
  bool leaned = false;           // the names came from before the bracket
};

Part read_part(std::string_view part, std::string_view names_before) {
  // ", 2011" or ", b" after a year: another work by the same names. A page
  // (", 4"), or a letter with a full stop (", p. 4"), is a locator.
  static const Regex another(R"(\s*,\s*(?<year>(?:1[5-9]\d\d|20\d\d)[a-z]?|[a-z])(?![\p{L}\p{N}.]))");
  Part read;
  auto first = year_pattern().find(part);
  if (!first) return read;
  std::string_view names = names_part(part.substr(0, first->begin()));
  if (names.empty()) {
    names = names_before;
    read.leaned = true;
  }
  if (names.empty() || !has_capital(names) || names.size() > 200) return Part{};
  std::string year(first->str());
  std::size_t after = first->end();
  while (true) {
    CitedWork work;
    read_names(names, work);
    work.year = year;
    auto next = another.match_at(part, after);
    if (!next) {
      work.locator = locator_after(part.substr(after));
      read.works.push_back(std::move(work));
      return read;
    }
    read.works.push_back(std::move(work));
    std::string_view following = next->str(another.group("year"));
    // "2020a, b": the letter takes the year before it.
    year = following.size() == 1 ? year.substr(0, 4) + std::string(following) : std::string(following);
    after = next->end();
  }
}

// The names just before a "(", for a narrative citation: capitalised words
// and what joins them ("Assembly of Kosovo"), as far back as
// kMaxNarrativeWords words.
std::string_view names_before(std::string_view text, std::size_t open) {
  static const Regex token(R"((?:[\p{Lu}][\p{L}\p{M}'’.\-]*|et al\.|and|&|und|et|y|of|for|in|van|von|de|der|den|del|da|di|du|le|la|,|;)\s*$)");
  std::size_t end = open;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  std::size_t begin = end;
  for (std::size_t words = 0; words < kMaxNarrativeWords && begin > 0; ++words) {
    std::size_t from = begin > 60 ? begin - 60 : 0;
    std::string_view window = text.substr(from, begin - from);
    auto m = token.find(window);
    if (!m) break;
    std::size_t candidate = from + m->begin();
    // A token must start at a word's start.
    if (candidate > 0 && !std::isspace(static_cast<unsigned char>(text[candidate - 1])) && text[candidate - 1] != '(' &&
        text[candidate] != ',' && text[candidate] != ';')
      break;
    begin = candidate;
  }
  std::string_view names = trim(text.substr(begin, end - begin), ",; ");
  // Joining words at either end are not names.
  while (!names.empty()) {
    std::size_t space = names.find_first_of(" \n");
    std::string_view first = names.substr(0, space);
    if (space == std::string_view::npos || (!is_lead_word(first) && has_capital(first.substr(0, 1)))) break;
    names = trim(names.substr(space + 1), ",; ");
  }
  if (names.empty() || !has_capital(names.substr(0, 1)) || is_lead_word(names)) return {};
  return names;
}

// Every "(…)" (or "[…]") holding no other: the offsets of its marks, in
// order, found in one pass however long the text or the bracket.
std::vector<std::pair<std::size_t, std::size_t>> innermost_brackets(std::string_view text, char open_mark, char close_mark) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::size_t open = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == open_mark) {
      open = i;
    } else if (text[i] == close_mark && open != std::string_view::npos) {
      pairs.emplace_back(open, i);
      open = std::string_view::npos;
    }
  }
  return pairs;
}

// "(Hoxha)", "(Human Rights Watch)": a name alone in brackets cites an
// undated work, or is an aside; tentative until the lists decide.
std::optional<FoundCitation> name_alone(std::string_view inside, std::size_t open, std::size_t close) {
  static const Regex names(R"(^\s*\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|and|&|und|et|y|of|for|de|van|von|der))*\s*$)");
  if (inside.size() > 80 || !names.full_match(inside)) return std::nullopt;
  TextCitation citation;
  citation.kind = CitationKind::author_date;
  citation.tentative = true;
  CitedWork work;
  read_names(trim(inside), work);
  citation.works.push_back(std::move(work));
  citation.text = "(" + std::string(trim(inside)) + ")";
  return FoundCitation{open, close + 1, std::move(citation)};
}

}  // namespace

std::vector<FoundCitation> find_author_date_citations(std::string_view text) {
  std::vector<FoundCitation> found;
  for (auto [open, close] : innermost_brackets(text, '(', ')')) {
    std::string_view inside = text.substr(open + 1, close - open - 1);
    if (!year_pattern().contains(inside)) {
      if (auto alone = name_alone(inside, open, close)) found.push_back(std::move(*alone));
      continue;
    }
    std::string_view narrative = names_before(text, open);
    TextCitation citation;
    citation.kind = CitationKind::author_date;
    bool first = true;
    bool used_narrative = false;
    // ABNT separates authors by semicolons too ("KING; MASON, 2006"): a
    // part without a year gives its names to the next.
    std::string pending;
    for (std::string_view part : split(inside, ';')) {
      if (!year_pattern().contains(part)) {
        pending += std::string(part) + ";";
        continue;
      }
      std::string joined = pending + std::string(part);
      pending.clear();
      // Only the first part can lean on the names before the bracket.
      Part read = read_part(joined, first ? narrative : std::string_view{});
      used_narrative = used_narrative || (read.leaned && !read.works.empty());
      for (auto& work : read.works) citation.works.push_back(std::move(work));
      first = false;
    }
    if (citation.works.empty()) continue;
    std::size_t begin = used_narrative ? static_cast<std::size_t>(narrative.data() - text.data()) : open;
    citation.text = collapse_whitespace(text.substr(begin, close + 1 - begin));
    found.push_back(FoundCitation{begin, close + 1, std::move(citation)});
  }
  return found;
}

// "³⁻⁵" -> "3-5": superscript digits and minus as plain ones.
std::string plain_digits(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t before = at;
    char32_t c = next_code_point(text, at);
    std::string_view piece = text.substr(before, at - before);
    auto digit = std::find(std::begin(kSuperscriptDigits), std::end(kSuperscriptDigits), piece);
    if (digit != std::end(kSuperscriptDigits)) out += static_cast<char>('0' + (digit - std::begin(kSuperscriptDigits)));
    else if (c == U'⁻') out += '-';
    else out += piece;
  }
  return out;
}

std::vector<std::string> numbers_in(std::string_view list) {
  static const Regex item(R"(^\s*(\d{1,9})(?:\s*[-–—]\s*(\d{1,9}))?\s*$)");
  std::vector<std::string> numbers;
  for (std::string_view part : split(list, ',')) {
    auto m = item.match_at(part);
    if (!m) return {};
    long long first = 0, last = 0;
    std::from_chars(m->str(1).data(), m->str(1).data() + m->str(1).size(), first);
    last = first;
    if (m->has(2)) std::from_chars(m->str(2).data(), m->str(2).data() + m->str(2).size(), last);
    if (last < first) return {};
    if (static_cast<unsigned long long>(last - first) + numbers.size() >= kMaxNumbersInCitation) {
      numbers.push_back(std::to_string(first));
      numbers.push_back(std::to_string(last));
      continue;
    }
    for (long long n = first; n <= last; ++n) numbers.push_back(std::to_string(n));
  }
  return numbers;
}

std::vector<CitedWork> numeric_works(std::string_view inside) {
  static const Regex lead(R"(^\s*(?i:see also|see|cf\.|compare|e\.g\.,?|vgl\.|siehe|voir|ver|véase|zie)\s+)");
  static const Regex number(R"(^\d{1,9}(?:\s*[-–—]\s*\d{1,9})?$)");
  std::string plain = plain_digits(inside);
  std::string_view rest = plain;
  if (auto m = lead.match_at(rest)) rest = rest.substr(m->end());
  std::vector<CitedWork> works;
  std::string list;
  for (std::string_view part : split(rest, ',')) {
    for (std::string_view piece : split(part, ';')) {
      piece = trim(piece);
      if (number.full_match(piece)) {
        for (auto& n : numbers_in(piece)) {
          CitedWork work;
          work.number = std::move(n);
          works.push_back(std::move(work));
        }
      } else if (!works.empty() && !piece.empty() && !std::isdigit(static_cast<unsigned char>(piece.front()))) {
        std::string& locator = works.back().locator;
        locator += (locator.empty() ? "" : ", ") + std::string(piece);
      } else {
        return {};
      }
    }
  }
  return works;
}

// "[3]" or "(3)" citations: each innermost bracket whose inside is numbers
// (and lead words and locators); "[3]–[5]" runs from the one to the other.
std::vector<FoundCitation> numbers_in_brackets(std::string_view text, char open_mark, char close_mark) {
  static const Regex opening(R"(^\s*(?:(?i:see also|see|cf\.|compare|e\.g\.,?|vgl\.|siehe|voir|ver|véase|zie)\s+)?\d)");
  static const Regex range_to_bracket(R"(\s*[-–—]\s*[\[(](\d{1,9})[\])])");
  std::vector<FoundCitation> found;
  std::size_t taken = 0;  // a range's second bracket is part of the citation before
  for (auto [open, close] : innermost_brackets(text, open_mark, close_mark)) {
    if (open < taken) continue;
    std::string inside(text.substr(open + 1, close - open - 1));
    if (!opening.contains(inside)) continue;
    std::size_t end = close + 1;
    bool plain_number = std::all_of(inside.begin(), inside.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (auto range = range_to_bracket.match_at(text, end); range && plain_number && text[range->end() - 1] == close_mark) {
      inside += "-" + std::string(range->str(1));
      end = range->end();
    }
    auto works = numeric_works(inside);
    if (works.empty()) continue;
    TextCitation citation;
    citation.kind = CitationKind::numeric;
    citation.text = collapse_whitespace(text.substr(open, end - open));
    citation.works = std::move(works);
    found.push_back(FoundCitation{open, end, std::move(citation)});
    taken = end;
  }
  return found;
}

std::vector<FoundCitation> find_numeric_citations(std::string_view text, NumericMarks marks) {
  switch (marks) {
    case NumericMarks::brackets: return numbers_in_brackets(text, '[', ']');
    case NumericMarks::parentheses: return numbers_in_brackets(text, '(', ')');
    case NumericMarks::superscripts: break;
  }
  // Superscript numbers as Unicode gives them ("¹", "³⁻⁵", "²,³"), and as the
  // PDF reader writes raised small numbers glued to a word.
  static const Regex superscript(R"((?<![\s⁰¹²³⁴⁵⁶⁷⁸⁹])([⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,⁻–][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)(?!\p{N}))");
  std::vector<FoundCitation> found;
  for (const auto& m : superscript.find_all(text)) {
    auto works = numeric_works(m.str(1));
    if (works.empty()) continue;
    TextCitation citation;
    citation.kind = CitationKind::numeric;
    citation.text = std::string(m.str());
    citation.works = std::move(works);
    found.push_back(FoundCitation{m.begin(), m.end(), std::move(citation)});
  }
  return found;
}

}  // namespace citekit::extract
