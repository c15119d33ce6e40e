#include "extract/split.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

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

// "Global Governance. 2004; 10(1):67–81": in the NLM (Vancouver) order the
// ";" after the year leads to the volume, issue and pages of the same
// reference, whatever they look like ("2019; 2011(3): 1-9").
// After the publisher, NLM gives the year: "London: Springer; 2012. p. 33",
// "Brasília: SVS; 2017 [cited 2020 Mar 23]".
bool continues_nlm_date(std::string_view part) {
  static const Regex volume_issue_pages(R"(^\d{1,4}[A-Za-z]?\s*(?:\([^()]{1,12}\))?\s*:\s*[e\d])");
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

// A lead-in or authors: short, or ending with an initial ("Mou, S.M.", "SANTOS, D.", "ACOSTA PEREIRA, R").
bool opens_next_part(std::string_view first) {
  constexpr std::size_t kLongestLeadIn = 60;
  static const Regex initial(R"((?<![\p{L}])\p{Lu}\.?$)");
  return first.size() <= kLongestLeadIn || initial.contains(first);
}

std::string folded(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : to_lower_ascii(ascii_fold(text))) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// "King and Mason, Peace…", "Organization for Security…, “Mission…”":
// the part opens with an author the lists cite, then a comma.
bool opens_with_known_author(std::string_view part, const KnownAuthors& authors) {
  if (authors.empty()) return false;
  static const Regex lead(R"(^(?:see also|see|cf\.|compare|e\.g\.,?|vgl\.|siehe|voir|ver|véase|zie)\s+)", Regex::caseless);
  if (auto m = lead.match_at(part)) part = part.substr(m->end());
  std::size_t comma = part.find(',');
  if (comma == std::string_view::npos || comma > 120) return false;
  std::string names = folded(part.substr(0, comma));
  if (authors.count(names)) return true;
  // "King and Mason", "Müller, Schörnig, and Wolf": the first name decides.
  std::size_t joiner = names.find(" and ");
  return joiner != std::string::npos && authors.count(names.substr(0, joiner));
}

}  // namespace

KnownAuthors known_authors(const std::vector<Reference>& items) {
  KnownAuthors authors;
  for (const Reference& item : items)
    for (const char* role : {"author", "editor"}) {
      auto names = item.names.find(role);
      if (names == item.names.end()) continue;
      for (const Name& name : names->second) {
        std::string key = folded(name.is_organisation() ? name.literal : name.family);
        if (!key.empty()) authors.insert(std::move(key));
      }
    }
  return authors;
}

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
                                     (looks_like_reference(trimmed) || opens_with_known_author(trimmed, authors));
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
  if (spans.size() > 1 && opens_next_part(first) && !looks_like_reference(first) && !opens_with_known_author(first, authors)) {
    spans[1].first = spans[0].first;
    spans.erase(spans.begin());
  }
  return spans;
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
