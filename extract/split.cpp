#include "extract/split.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/note_purpose.hpp"

namespace citekit::extract {
namespace {

bool at_url_start(std::string_view text, std::size_t i) {
  if (i > 0 && !(text[i - 1] == ' ' || text[i - 1] == '(' || text[i - 1] == '<' || text[i - 1] == '\n')) return false;
  auto rest = text.substr(i);
  return istarts_with_ascii(rest, "http://") || istarts_with_ascii(rest, "https://") || istarts_with_ascii(rest, "www.");
}

struct Separator {
  std::size_t offset;
  bool paragraph;   // a line break rather than "; "
};

// The top-level "; " and paragraph breaks.
std::vector<Separator> separators(std::string_view text) {
  std::vector<Separator> found;
  int depth = 0;
  bool in_double_quotes = false;  // straight quotes toggle
  int curly_quotes = 0;           // “ ” nest
  for (std::size_t i = 0; i < text.size();) {
    if (at_url_start(text, i)) {  // a URL runs to the next blank; its ";" are not separators
      while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
      if (i > 0 && text[i - 1] == ';' && depth == 0 && !in_double_quotes && curly_quotes == 0)
        found.push_back({i - 1, false});
      continue;
    }
    std::size_t start = i;
    char32_t cp = next_code_point(text, i);
    switch (cp) {
      case '(': case '[': case '{': ++depth; break;
      case ')': case ']': case '}': depth = depth > 0 ? depth - 1 : 0; break;
      case '"': in_double_quotes = !in_double_quotes; break;
      case U'“': ++curly_quotes; break;
      case U'”': curly_quotes = curly_quotes > 0 ? curly_quotes - 1 : 0; break;
      case ';':
        if (depth == 0 && !in_double_quotes && curly_quotes == 0 && (i >= text.size() || text[i] == ' ' || text[i] == '\n'))
          found.push_back({start, false});
        break;
      case '\n':
        // Brackets and quotes do not span paragraphs: a stray one must not swallow the next reference.
        depth = 0;
        in_double_quotes = false;
        curly_quotes = 0;
        found.push_back({start, true});
        break;
      default: break;
    }
  }
  return found;
}

// A paragraph of its own is a reference only when it says so clearly: a
// link, an identifier, a bracketed publication year, or "Ibid.".
bool starts_own_reference(std::string_view part) {
  static const Regex signals(R"(https?://|www\.|\bdoi\b|\b10\.\d{4,9}/|\barxiv:|\([^()]*\b(?:1[5-9]|20)\d\d[a-z]?\)|^ibid\b)",
                             Regex::caseless);
  return signals.contains(part);
}

}  // namespace

bool looks_like_reference(std::string_view part) {
  static const Regex signals(
      R"(\b(?:1[5-9]|20)\d\d[a-z]?\b|https?://|www\.|\bdoi\b|\barxiv:|\b10\.\d{4,9}/|\bpp?\.\s*\d|\bibid\b|\bop\.? cit\b|[“"«][^”"»]{3,}[”"»]|\bn\.d\.)",
      Regex::caseless);
  return signals.contains(part);
}

namespace {

// "Global Governance. 2004; 10(1):67–81" ("1998; 158, pages 675-679",
// "2014; 14(6): p. 542-545"): in the NLM (Vancouver) order the
// ";" after the year leads to the volume, issue and pages of the same
// reference, whatever they look like ("2019; 2011(3): 1-9").
// After the publisher, NLM gives the year: "London: Springer; 2012. p. 33",
// "Brasília: SVS; 2017 [cited 2020 Mar 23]".
bool continues_nlm_date(std::string_view part) {
  static const Regex volume_issue_pages(
      R"(^\d{1,4}[A-Za-z]?\s*(?:\([^()]{1,12}\))?\s*(?::\s*(?:pp?\.\s*)?|,\s*(?:pages|pp?\.)\s*)[e\d])");
  static const Regex year_first(R"(^(?:1[5-9]|20)\d\d[a-z]?(?:$|[.,;]|\s*\[))");
  return volume_issue_pages.match_at(part).has_value() || year_first.match_at(part).has_value();
}

// "1957.", "2011 Feb 3.", "(2009)": a part that is only a date ends the
// reference before it (Vancouver's "London: Springer; 1957.").
bool is_bare_date(std::string_view part) {
  static const Regex date(R"(^[\[(]?(?:1[5-9]|20)\d\d[a-z]?[\])]?(?:\s+\p{L}{3,9}\.?(?:\s+\d{1,2})?)?[.,]?$)");
  return date.contains(part);
}

// Bytes of a joining word and the blanks after it that open a part before a
// capital: "and J. Rockström", "und H. Müller", "et P. Bourdieu".
std::size_t joining_word_bytes(std::string_view part) {
  static const Regex joining(R"(^(?:and|und|et|e|y|en|och|og)\s+(?=\p{Lu}))");
  auto m = joining.match_at(part);
  return m ? m->end() : 0;
}

// A short form that shows no year or pages, but cites all the same: "Weller,
// 13", "Caplan, International Governance of War-Torn Territories: Rule…". A
// part that is a name only is one of the names of a list that semicolons
// separate ("Jaklevic, R. C.; Lambe, J.", "WINTOUR, Patrick; TRAYNOR, Ian"),
// not a reference of its own.
bool cites_as_short_form(std::string_view part, const KnownAuthors& authors) {
  static const Regex initial(R"((?<![\p{L}])\p{Lu}\.?$)");
  // More than a name ("KING, Iain", "vgl. auch KING"): a page, a title after a colon, a quotation, a second comma.
  static const Regex beyond_a_name(R"(\d|:|[“"«„‘]|,[^,;]*,)");
  return !initial.contains(part) && beyond_a_name.contains(part) && cites_something(part, authors);
}

// "Judah, Kosovo, 88 and Malcolm, Kosovo, 314", "Weller, p. 12 et Judah,
// p. 40", "King and Mason, 220–24, and on the Russian veto Ker-Lindsay, 171":
// two references joined by a word. Split where the part before ends as a
// reference does (a page, a closing quote, "cit."), the part after opens as
// one does (names, a short form, "Ibid."), and both cite; "King and Mason,
// Peace…" ends with no locator before "and", "Rab8 and Rab11 in…" opens with no name.
// The part before a joining word ends as a reference does: a page ("88",
// "220–24", "12a"), a closing quote, "cit.".
bool ends_as_reference(std::string_view before) {
  if (!before.empty() && before.back() == '.') before.remove_suffix(1);
  if (before.empty()) return false;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  char last = before.back();
  if (digit(last) || last == '"') return true;
  if (last >= 'a' && last <= 'z' && before.size() > 1 && digit(before[before.size() - 2])) return true;
  return before.ends_with("”") || before.ends_with("’") || before.ends_with("»") || before.ends_with("cit");
}

std::vector<std::pair<std::size_t, std::size_t>> split_at_joining_words(
    std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& spans, const KnownAuthors& authors) {
  static const Regex joining(R"(,?\s+(?:and|et|und|sowie|e|en|y|as\s+well\s+as|ou|oder|or|og|och)\s+)"
                             R"((?=(?:[\p{Ll}’'-]+\s+){0,4}[\p{Lu}“"«„‘]))");
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (auto [begin, end] : spans) {
    std::string_view span = text.substr(begin, end - begin);
    std::size_t from = 0;  // where the current reference starts, in the span
    for (const RegexMatch& m : joining.find_all(span)) {
      std::string_view before = trim(span.substr(from, m.begin() - from));
      if (!ends_as_reference(before)) continue;
      std::string_view after = trim(span.substr(m.end()));
      if (!opens_reference(after, authors) || !cites_something(before, authors) || !cites_something(after, authors))
        continue;
      out.emplace_back(begin + from, begin + m.begin());
      from = m.end();
    }
    out.emplace_back(begin + from, end);
  }
  return out;
}

// A lead-in or authors: short, or ending with an initial ("Mou, S.M.", "SANTOS, D.", "ACOSTA PEREIRA, R").
bool opens_next_part(std::string_view first) {
  constexpr std::size_t kLongestLeadIn = 60;
  static const Regex initial(R"((?<![\p{L}])\p{Lu}\.?$)");
  return first.size() <= kLongestLeadIn || initial.contains(first);
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> reference_spans(std::string_view text, const KnownAuthors& authors) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t start = 0;
  bool after_paragraph = false;
  auto add = [&](std::size_t begin, std::size_t end) {
    std::string_view part = text.substr(begin, end - begin);
    std::string_view trimmed = trim(part);
    if (trimmed.empty()) return;
    std::size_t b = begin + static_cast<std::size_t>(trimmed.data() - part.data());
    bool own = after_paragraph ? starts_own_reference(trimmed)
                               : !continues_nlm_date(trimmed) && !is_bare_date(trimmed) &&
                                     (looks_like_reference(trimmed) || opens_with_known_author(trimmed, authors) ||
                                      cites_as_short_form(trimmed, authors));
    if (!spans.empty() && !own) {
      spans.back().second = b + trimmed.size();  // rejoin the part before
      return;
    }
    // "…; and J. Rockström et al., A roadmap…": the joining word is no part of the reference it opens.
    if (!spans.empty()) b += joining_word_bytes(trimmed);
    spans.emplace_back(b, begin + static_cast<std::size_t>(trimmed.data() - part.data()) + trimmed.size());
  };
  for (const Separator& separator : separators(text)) {
    add(start, separator.offset);
    start = separator.offset + 1;
    after_paragraph = separator.paragraph;
  }
  add(start, text.size());
  // A first part without signals cannot rejoin anything before it: a lead-in ("See also A; B 2003") or the
  // first authors of a list that semicolons separate ("Kabir, M.H., …, Mou, S.M.; Jahan, R. & … 2014. …")
  // merges forward. A long part that ends otherwise is a reference of its own that shows no year.
  std::string_view first = text.substr(spans.empty() ? 0 : spans[0].first, spans.empty() ? 0 : spans[0].second - spans[0].first);
  if (spans.size() > 1 && opens_next_part(first) && !looks_like_reference(first) && !opens_with_known_author(first, authors) &&
      !cites_as_short_form(first, authors)) {
    spans[1].first = spans[0].first;
    spans.erase(spans.begin());
  }
  return split_at_joining_words(text, spans, authors);
}

std::vector<RawReference> split_references(const Note& note, std::size_t note_index, const KnownAuthors& authors,
                                           std::pair<std::size_t, std::size_t> stretch) {
  std::vector<RawReference> out;
  std::string_view cited = std::string_view(note.text).substr(0, stretch.second).substr(std::min(stretch.first, note.text.size()));
  for (const auto& [begin, end] : reference_spans(cited, authors)) {
    RawReference raw;
    raw.note = note_index;
    raw.note_id = note.id;
    raw.index = out.size();
    raw.text = cited.substr(begin, end - begin);
    raw.position = note.position;
    out.push_back(std::move(raw));
  }
  return out;
}

}  // namespace citekit::extract
