#include <algorithm>

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/lexicon.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

namespace {

// Whether `name`, before a comma, is a body written out in words (not
// capitals, which may be a family name: "ACOSTA PEREIRA, R."; not a group
// whose members follow: "ACCORD Study Group, Ginsberg HN") and `rest`
// opens with a title: a quotation, or words that are neither names, nor a
// place, nor a number ("Environmental Protection Agency, United States
// (EPA)", "ALICE Collaboration, CERN-LHCC-2013-020"), nor a second part of
// the body's name that the work's year follows.
bool names_body_before_title(std::string_view name, std::string_view rest) {
  static const Regex written_out(R"(\b\p{Lu}\p{Ll}{2,})");
  static const Regex group(R"(\b(?:collaboration|consortium|group|team|network|investigators)$)", Regex::caseless);
  static const Regex quotation(R"(["“‘])");
  static const Regex digit(R"(\d)");
  static const Regex undated(R"(\b(?:n\.\s?d|s\.\s?d|o\.\s?J)\.?$)");
  // "Department of Health, State of Illinois. 2006. Title": a year after the words, and more after
  // it, dates the work of a body named in two parts.
  static const Regex dated_then_more(R"(\s*(?:\([^()]*\))?\.?\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:]\s*\S)");
  if (std::ranges::count(name, ' ') < 1 || !written_out.contains(name) || group.contains(name) || digit.contains(name) ||
      undated.contains(name))
    return false;
  if (quotation.match_at(rest)) return true;
  std::size_t first_end = std::min(rest.find_first_of(",.(:"), rest.size());
  std::string_view first = rest.substr(0, first_end);
  return std::ranges::count(trim(first), ' ') >= 1 && !digit.contains(first) && !looks_like_name_list(first) &&
         !has_word_of(first, lex_place | lex_region) && !dated_then_more.match_at(rest, first_end);
}

}  // namespace

// "NATO. NATO’s role in Kosovo.", "UN Security Council. Resolution 1244.",
// "UN Security Council (1999). Resolution 1244.", "World Health
// Organization. Report …": an organisation named before the first full stop
// (or before the bracketed year, or, in several words, before a comma and a
// title) is the author, however short the title after it.
void find_leading_organisation(std::string_view text, std::vector<Constraint>& out) {
  static const Regex year_after(R"(^\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*[.,:]?\s+)");
  // IEEE's "Organization for Security and Co-operation in Europe, “Mission in Kosovo: Mandate,”" and
  // "Independent International Commission on Kosovo, The Kosovo Report": a name of several words
  // before a comma, a quotation or a capital after it.
  static const Regex title_after_comma(R"(, (?:["“‘]|\p{Lu}))");  // anchored at the comma
  std::size_t stop = text.find(". ");
  std::size_t bracket = text.find(" (");
  std::size_t comma = text.find(", ");
  std::size_t name_end = stop;
  std::size_t next = stop == std::string_view::npos ? stop : stop + 2;
  if (comma < stop && comma < bracket && title_after_comma.match_at(text, comma) &&
      names_body_before_title(text.substr(0, comma), text.substr(comma + 2))) {
    name_end = comma;
    next = comma + 2;
    stop = std::string_view::npos;
  } else if (bracket != std::string_view::npos && bracket < stop) {
    auto m = year_after.match_at(text.substr(bracket));
    if (!m) return;
    name_end = bracket;
    next = bracket + m->end();
  }
  if (name_end == std::string_view::npos || name_end == 0 || name_end > 80) return;
  std::string_view name = text.substr(0, name_end);
  // Byte by byte for the ASCII marks; the curly quotes are several bytes each
  // and share their first with "’" ("BUREAU D’AUDIENCES …" is a name).
  bool marks = name.find_first_of(",;:()\"") != std::string_view::npos ||
               name.find("“") != std::string_view::npos || name.find("”") != std::string_view::npos;
  if (marks || !is_organisation_name(name)) return;
  out.push_back(Constraint{0, static_cast<std::uint32_t>(name_end == stop ? stop + 1 : name_end), Label::author, false});
  // What follows the name is not the author's name any more ("OSCE. OSCE Mission in Kosovo").
  std::size_t next_end = text.find(' ', next);
  if (next < text.size())
    out.push_back(Constraint{static_cast<std::uint32_t>(next),
                             static_cast<std::uint32_t>(next_end == std::string_view::npos ? text.size() : next_end),
                             Label::author, true});
}

namespace {

// Whether every ". " in the names ends an initial ("A. Hehir", "Bieber, F. ;"), not a word that ends a
// sentence ("LEQUIN Yves. (Dir)", "Kosovo. A Short History").
bool every_stop_after_an_initial(std::string_view names) {
  for (std::size_t stop = names.find(". "); stop != std::string_view::npos; stop = names.find(". ", stop + 1)) {
    std::size_t word = names.find_last_of(" ,;", stop);
    word = word == std::string_view::npos ? 0 : word + 1;
    if (utf8_length(names.substr(word, stop - word)) > 2) return false;
  }
  return true;
}

// Whether, besides, each such initial leads to more names ("Bieber, F. ; Daskalovski, Ž.", "Smith, J. R.
// and Doe, A."), not to a title ("Caplan R. International Governance: …", "Weller, M. Contested
// Statehood: …"): names written family name first end at their initials.
bool stops_only_after_initials(std::string_view names) {
  static const Regex initial_then_name(R"((?:[;,&]|and\s|und\s|et\s|\p{Lu}{1,2}\.(?:\s|$)|-\p{Lu}\.))");
  if (!every_stop_after_an_initial(names)) return false;
  for (std::size_t stop = names.find(". "); stop != std::string_view::npos; stop = names.find(". ", stop + 1))
    if (!initial_then_name.match_at(names, stop + 2)) return false;
  return true;
}

// Whether a word of the names is a place ("France, Paris: Les Belles Lettres" is a place and a publisher).
bool names_a_place(std::string_view names) {
  for (std::size_t at = 0; at < names.size();) {
    std::size_t end = std::min(names.find_first_of(" ,;/&", at), names.size());
    if (end > at && (lexicon_classes(lowercase_hash(names.substr(at, end - at))) & (lex_place | lex_region))) return true;
    at = end + 1;
  }
  return false;
}

// Whether the words before a colon name a body, in a list that writes "Names: Title": capitalised words
// and the small words between them ("Assembly of Kosovo", "Organization for Security and Co-operation in
// Europe", "EULEX"), at most eight, no comma.
bool names_a_body(std::string_view names) {
  static const Regex body(R"(\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|for|on|in|and|the|de|du|des|der|für|und|für|la|le|el|e|y|da|do|dos))*+)");
  return names.size() <= 90 && body.full_match(names) && std::ranges::count(names, ' ') < 8;
}

}  // namespace

// "Oltmer, Jochen: Migration im 19. Jahrhundert", "King, Iain ; Mason, Whit: Peace at Any Price",
// "Potasznik H, Nelson G: Stress and Social Support": persons named before the first colon are the
// authors and the title begins after it (DIN 1505 and German habits, many medical journals). Only
// persons in a list's shape: a title written "Kosovo: A Short History" stays a title, and so does
// "Centre Pompidou: an occasional series" (an organisation before a colon is as often a title's start),
// except in a list whose persons are all written so (`list_writes_colons`), where a body is the author.
void find_leading_colon_authors(std::string_view text, bool list_writes_colons, std::vector<Constraint>& out) {
  std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 160) return;
  std::string_view names = text.substr(0, colon);
  // Brackets, quotes and digits belong to other parts ("(Hrsg.)", "(2001)", "“Title”").
  if (names.find_first_of("0123456789()[]\"") != std::string_view::npos || names.find("“") != std::string_view::npos ||
      names.find("«") != std::string_view::npos || !stops_only_after_initials(names))
    return;
  static const Regex list_marks(R"([,;&]|\s(?:and|und|et|y|e)\s)");
  bool persons = list_marks.contains(names) && looks_like_strict_person_list(names) && !names_a_place(names);
  if (!persons && !(list_writes_colons && names_a_body(names))) return;
  out.push_back(Constraint{0, static_cast<std::uint32_t>(colon + 1), Label::author, false});
  std::size_t next = colon + 2;
  std::size_t next_end = text.find(' ', next);
  if (next < text.size())
    out.push_back(Constraint{static_cast<std::uint32_t>(next),
                             static_cast<std::uint32_t>(next_end == std::string_view::npos ? text.size() : next_end),
                             Label::author, true});
}

// "Mertus, Julie A. Kosovo: How Myths …", "Hehir, Aidan, ed. Kosovo, Intervention …": an inverted first
// name ends at its last initial, or at "ed.", and the capitalised word after it opens the title (not a
// place: "Kosovo:" reads like "Berkeley:"). After an
// initial the word may still be a given name ("Rodin, R. Scott,", "Togan, A. Zeki Velîdî.") or the next
// person's family name ("Niyti, G. Sawhney, M.K. Sharma"), so there only a word a colon follows, a
// title's first word before its subtitle, is taken as the title's.
void find_end_of_inverted_name(std::string_view text, std::vector<Constraint>& out) {
  static const Regex inverted(
      R"(^\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}[\p{Ll}'’-]+\s){0,2}(?:(?<initials>\p{Lu}\.(?:\s?\p{Lu}\.)*+)|\p{Lu}[\p{Ll}'’-]+,\s(?:eds?|editors?|hrsg|hg)\.?)\s(?=\p{Lu}\p{Ll}))");
  auto m = inverted.match_at(text);
  // "ALICE Collaboration, K. Aamodt" is a body and its members; "MERTUS, J. A." (ABNT's capitals) a person.
  std::string_view family = text.substr(0, text.find(','));
  if (!m || (is_organisation_name(family) && family.find(' ') != std::string_view::npos)) return;
  std::size_t next = m->end();
  std::size_t next_end = std::min(text.find_first_of(" ,:.", next), text.size());
  if (m->has(inverted.group("initials")) && (next_end == text.size() || text[next_end] != ':')) return;
  out.push_back(Constraint{static_cast<std::uint32_t>(next), static_cast<std::uint32_t>(next_end), Label::title, false});
}

// In a list whose persons all have initials ("King, I. & Mason, W."), one word before a comma and a
// capitalised word is a title's first word, not a person ("Kosovo, Intervention and Statebuilding: …"),
// unless it names a body ("NATO, …").
void find_title_opening_list(std::string_view text, std::vector<Constraint>& out) {
  static const Regex opening(R"((\p{Lu}[\p{L}'’-]+),\s\p{Lu}\p{Ll})");
  auto m = opening.match_at(text);
  if (!m || is_organisation_name(m->str(1))) return;
  out.push_back(Constraint{0, static_cast<std::uint32_t>(m->end(1)), Label::title, false});
}

// "A. Hehir, Ed., Kosovo, Intervention and Statebuilding", "HEHIR, A. (ED.). Kosovo, Intervention …",
// "Hehir A, editor. Kosovo, Intervention …": names opening the reference and an editor's role word after
// them name the editors, and the word after the role word opens the title (not a place, nor more names).
void find_leading_editors(std::string_view text, std::vector<Constraint>& out) {
  static const Regex role(
      R"((?:,\s(?:eds?|editors?|hrsg|hg)\.?|\s\((?:eds?|editors?|hrsg|hg|orgs?|coords?|dir)\.?\))[.,:]?\s(?=\p{Lu}))",
      Regex::caseless);
  auto m = role.find(text.substr(0, std::min<std::size_t>(text.size(), 200)));
  if (!m || m->begin() == 0) return;
  std::string_view names = text.substr(0, m->begin());
  if (names.size() > 100 || names.find(':') != std::string_view::npos || !every_stop_after_an_initial(names) ||
      !looks_like_name_list(names))
    return;
  std::size_t next = m->end();
  std::size_t next_end = std::min(text.find_first_of(" ,:.", next), text.size());
  // The names' role is left to the labeller and to role_from_role_words; the title's start is certain.
  out.push_back(Constraint{static_cast<std::uint32_t>(m->begin()), static_cast<std::uint32_t>(next), Label::title, true});
  out.push_back(Constraint{static_cast<std::uint32_t>(next), static_cast<std::uint32_t>(next_end), Label::title, false});
}

}  // namespace citekit::extract::parsing
