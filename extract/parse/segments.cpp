#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/workspace.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace citekit::extract::parsing {
namespace {

struct Segment {
  std::string text;
  bool quoted = false;
};

// Words after which a period does not end a sentence.
constexpr std::array<std::string_view, 24> kAbbreviations{
    "ed", "eds", "vol", "no", "nr", "pp", "p", "st", "dr", "mr", "mrs", "ms", "prof", "inc", "co",
    "ltd", "jr", "sr", "trans", "rev", "repr", "cf", "vs", "dept"};

struct QuotePair {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<QuotePair, 5> kQuotes{{{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"«", "»"}, {"„", "“"}}};

bool is_space_or_cut(char c) { return c == ' ' || c == kCut; }

// The word ending just before `dot`.
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 && !is_space_or_cut(text[start - 1])) --start;
  return text.substr(start, dot - start);
}

bool ends_sentence(std::string_view text, std::size_t dot) {
  if (dot + 1 < text.size() && !is_space_or_cut(text[dot + 1])) return false;
  std::string_view word = word_before(text, dot);
  if (word.empty()) return true;
  static const Regex initials(R"(^(?:\p{Lu}\.)*\p{Lu}$|^\p{Lu}\.?-\p{Lu}$)");
  if (initials.full_match(word)) return false;  // "W." in "Daan W. Everts", "I.B" in "I.B. Tauris"
  std::string key = to_lower_ascii(trim(word, "(["));
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), key) == kAbbreviations.end();
}

// A quote opens at the start of a word and closes before a non-letter.
std::size_t closing_quote(std::string_view text, std::size_t after, const QuotePair& q) {
  for (std::size_t at = text.find(q.close, after); at != std::string_view::npos; at = text.find(q.close, at + 1)) {
    std::size_t next = at + q.close.size();
    if (next >= text.size()) return at;
    unsigned char c = static_cast<unsigned char>(text[next]);
    if (!(std::isalnum(c) || c >= 0x80)) return at;
  }
  return std::string_view::npos;
}

const QuotePair* opening_quote(std::string_view text, std::size_t i) {
  if (i > 0 && !is_space_or_cut(text[i - 1]) && text[i - 1] != '(') return nullptr;
  for (const auto& q : kQuotes)
    if (text.substr(i, q.open.size()) == q.open) return &q;
  return nullptr;
}

std::vector<Segment> segment(std::string_view text) {
  std::vector<Segment> out;
  std::string current;
  auto flush = [&] {
    std::string_view t = trim(current, " ,;:");
    if (!t.empty() && t.find_first_not_of(".,;:-–— ") != std::string_view::npos) out.push_back({std::string(t), false});
    current.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == kCut) {
      flush();
      ++i;
      continue;
    }
    if (const QuotePair* q = opening_quote(text, i)) {
      std::size_t close = closing_quote(text, i + q->open.size(), *q);
      if (close != std::string_view::npos) {
        flush();
        std::string_view inner = text.substr(i + q->open.size(), close - i - q->open.size());
        out.push_back({std::string(trim(inner)), true});
        i = close + q->close.size();
        continue;
      }
    }
    char c = text[i];
    current += c;
    ++i;
    if ((c == '.' || c == '?' || c == '!') && ends_sentence(text, i - 1)) flush();
  }
  flush();
  return out;
}

// Trailing "." of a sentence, but not of an abbreviation such as "Inc." or "et al.".
std::string clean_field(std::string_view text) {
  text = trim(text, " ,;:");
  if (text.ends_with('.') && !text.ends_with("..")) {
    std::string_view word = word_before(text, text.size() - 1);
    static const Regex keep(R"(^(?:\p{Lu}|Inc|Ltd|Co|al|etc|Jr|Sr)$)");
    if (!keep.full_match(word)) text.remove_suffix(1);
  }
  return std::string(trim(text));
}

// "(ed.)", "(eds.)", ", ed.", "eds": the names are editors.
bool strip_editor_role(std::string& segment) {
  static const Regex role(R"(\s*[,(]?\s*\b(?:eds?|editors?|hrsg|hg)\.?\)?\s*$)", Regex::caseless);
  auto m = role.find(segment);
  if (!m) return false;
  segment.erase(m->begin());
  return true;
}

void assign_names(Workspace& ws, std::string segment) {
  bool editors = strip_editor_role(segment);
  ws.item().names[editors ? "editor" : "author"] = parse_names(segment);
}

void take_container(Workspace& ws, const std::string& text) {
  static const Regex in(R"(^in\s*:?\s+)", Regex::caseless);
  std::string container = text;
  if (auto m = in.match_at(container)) container.erase(0, m->end());
  ws.item().set("container-title", clean_field(container));
}

void keep_leftover(Workspace& ws, const std::string& text) {
  if (apply_publication_statement(ws, text, false)) return;
  static const Regex edition(R"(^(\d+)(?:st|nd|rd|th)?\s+(?:ed(?:ition)?|edn|aufl(?:age)?)\.?$)", Regex::caseless);
  if (auto m = edition.match_at(text); m && m->end() == text.size()) {
    ws.item().set("edition", std::string(m->str(1)));
    return;
  }
  std::string note(ws.item().get("note"));
  ws.item().set("note", note.empty() ? clean_field(text) : note + ". " + clean_field(text));
}

// "Power, A Problem from Hell": the short form that names an author and a title with a comma.
std::vector<Segment> split_comma_short_form(const Segment& only) {
  static const Regex surname(R"(^(?:\p{Lu}[\p{L}'’\-]+)(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]+)?$)");
  std::size_t comma = only.text.find(", ");
  if (only.quoted || comma == std::string::npos) return {only};
  std::string author = only.text.substr(0, comma);
  std::string title = only.text.substr(comma + 2);
  if (title.empty() || !(surname.full_match(author) || looks_like_name_list(author))) return {only};
  return {Segment{author, false}, Segment{title, false}};
}

}  // namespace

void assign_segments(Workspace& ws) {
  std::vector<Segment> segs = segment(ws.rest);
  ws.rest.clear();
  bool first_is_author = false;
  if (segs.size() == 1) {
    auto split = split_comma_short_form(segs.front());
    first_is_author = split.size() == 2;
    segs = std::move(split);
  }
  std::size_t next = 0;
  auto quoted = std::find_if(segs.begin(), segs.end(), [](const Segment& s) { return s.quoted; });
  std::size_t title_at = quoted == segs.end() ? segs.size() : static_cast<std::size_t>(quoted - segs.begin());
  // Authors: the first segment when it reads as names and something follows,
  // or whatever stands before a quoted title.
  if (segs.size() >= 2 && !segs[0].quoted && (first_is_author || looks_like_name_list(segs[0].text) || title_at >= 1)) {
    assign_names(ws, segs[0].text);
    next = 1;
  }
  if (title_at == segs.size()) title_at = next;
  for (std::size_t i = next; i < title_at && i < segs.size(); ++i) keep_leftover(ws, segs[i].text);
  if (title_at < segs.size()) ws.item().set("title", clean_field(segs[title_at].text));
  std::size_t after = title_at + 1;
  if (after < segs.size()) {
    if (!apply_publication_statement(ws, segs[after].text, false)) take_container(ws, segs[after].text);
    ++after;
  }
  for (std::size_t i = after; i < segs.size(); ++i) keep_leftover(ws, segs[i].text);
}

}  // namespace citekit::extract::parsing
