#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/dates.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

// "(London: I.B. Tauris, 2020)", "(Geneva: Centre for …, 2003)", "(NATO,
// 2020)": a bracketed publication statement, as notes in the humanities
// write them, is place, publisher and date without doubt.
void find_publication_statements(std::string_view text, std::vector<Constraint>& out) {
  static const Regex statement(
      R"(\(\s*(?:(?<place>[^():;,\d]{2,60}?(?:,\s*[A-Z]{2,4})?)\s*:\s*)?(?<publisher>[^():;,\d]{2,120}?)\s*,\s*(?<date>[^(),;]{4,30}?)\s*\))");
  for (const auto& m : statement.find_all(text)) {
    if (!parse_date(m.str(statement.group("date")), DateOrder::day_first)) continue;
    auto add = [&](const char* group, Label label) {
      std::size_t g = statement.group(group);
      if (m.has(g)) out.push_back(Constraint{static_cast<std::uint32_t>(m.begin(g)), static_cast<std::uint32_t>(m.end(g)), label});
    };
    add("place", Label::place);
    add("publisher", Label::publisher);
    add("date", Label::date);
    // The sentence before the bracket is not part of the statement ("NATO. Page. (NATO, 2020)").
    auto open = static_cast<std::uint32_t>(m.begin(0));
    std::size_t stop = open >= 3 ? text.rfind(". ", open - 3) : std::string_view::npos;
    auto from = static_cast<std::uint32_t>(stop == std::string_view::npos ? 0 : stop + 2);
    if (from < open) {
      out.push_back(Constraint{from, open, Label::publisher, true});
      out.push_back(Constraint{from, open, Label::place, true});
    }
  }
}

// "PhD thesis", "Ph.D. dissertation", "Master's thesis", "Thèse de doctorat",
// "Technical report" standing as a sentence or bracketed: the kind of work,
// not part of its title.
void find_genre(std::string_view text, std::vector<Constraint>& out) {
  static const Regex genre(
      R"re((?:^|[.,;(\[]\s*)(?<genre>(?:(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|M\.?A\.?|M\.?Sc\.?|Bachelor'?s?|Diploma|Habilitation)\s+(?:thesis|dissertation)))re"
      R"re(|Th[eè]se\s+de\s+doctorat|Doktorarbeit|Technical\s+report|Tech\.\s+rep)(?=\s*(?:[.,;)\]]|$)))re",
      Regex::caseless);
  // Every form holds one of these stems; most references hold none.
  if (!contains_any_ascii_caseless(text, {"thes", "thès", "thÈs", "dissert", "doktorarbeit", "tech"})) return;
  for (const auto& m : genre.find_all(text))
    out.push_back(Constraint{static_cast<std::uint32_t>(m.begin(genre.group("genre"))),
                             static_cast<std::uint32_t>(m.end(genre.group("genre"))), Label::genre, false});
}

// "(Europe Report No. 218)", "(No. S/2007/168/Add.1)", "(Arbeitspapiere Nr. 5)": a bracketed number of a
// report or a series stands after the title and is not part of it. Taken as the work's genre here;
// normalize_notes moves the number to its own variable.
void find_report_numbers(std::string_view text, std::vector<Constraint>& out) {
  static const Regex bracketed(
      R"(\(\s*(?:[^()\d]{0,60}?\s)?(?:No|Nr|Nº|N°|no|nr|n°)\.?\s*(?:[A-Z]{1,4}[/-])?\d[\w./-]*\s*\))");
  if (!contains_any_ascii_caseless(text, {"no", "nr", "n°", "nº"})) return;
  for (const auto& m : bracketed.find_all(text)) {
    // After a volume ("Chemistry International 26 (no. 1)") the number is an issue; within a title
    // ("(CAS No. 7778-50-9) administered in diet") it is the title's.
    std::size_t before = text.find_last_not_of(' ', m.begin() == 0 ? 0 : m.begin() - 1);
    std::size_t after = text.find_first_not_of(' ', m.end());
    bool after_words = before != std::string_view::npos && m.begin() > 0 && !(text[before] >= '0' && text[before] <= '9') && text[before] != ',';
    bool ends_part = after == std::string_view::npos || std::string_view(".,;:[").find(text[after]) != std::string_view::npos;
    if (after_words && ends_part)
      out.push_back(Constraint{static_cast<std::uint32_t>(m.begin()), static_cast<std::uint32_t>(m.end()), Label::genre, false});
  }
}

// "Hoxha, A. (no date) ‘Notes …’", "(o. J.)", "(s.d.)": a bracketed "no date" stands where the year
// would, and is the date.
void find_undated(std::string_view text, std::vector<Constraint>& out) {
  static const Regex undated(
      R"(\((?:no date|n\.\s?d\.?|undated|s\.\s?d\.?|s\.\s?f\.?|o\.\s?J\.?|ohne Jahr|sans date|sin fecha|sem data)\))",
      Regex::caseless);
  if (auto m = undated.find(text))
    out.push_back(Constraint{static_cast<std::uint32_t>(m->begin()), static_cast<std::uint32_t>(m->end()), Label::date, false});
}

// "Yannis A. The UN as Government in Kosovo. Global Governance. 2004;10(1):67–81.", "… The Guardian
// [Internet]. 1999 Jun 6 [cited …];": in the NLM (Vancouver) order the sentence right before "YEAR;"
// is the journal, not the title's end.
void find_nlm_journal(std::string_view text, std::vector<Constraint>& out) {
  static const Regex journal(
      R"((?:^|\.\s)(?<journal>[^.;:?!\[\]()]{2,120}?)(?:\s\[[^\]]{1,30}\])?\.\s(?:1[5-9]|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?(?:\s?\[[^\]]{1,40}\])?\s?;)");
  if (text.find(';') == std::string_view::npos) return;
  for (const auto& m : journal.find_all(text)) {
    std::size_t g = journal.group("journal");
    out.push_back(Constraint{static_cast<std::uint32_t>(m.begin(g)), static_cast<std::uint32_t>(m.end(g)), Label::container, false});
  }
}

// "The Limits of Prudence. In: Understanding the War …", "… Local Ownership. in Peacebuilding and …
// (eds. …)": "In" opening a sentence leads into the book or journal holding the work (or its editors),
// so the title does not run on through it.
void find_container_lead(std::string_view text, std::vector<Constraint>& out) {
  // Only forms no title opens with: "In:" with its colon, and a lowercase "in" after a full stop (a title's
  // "In Memoriam", "In Search of …" opens with a capital and no colon).
  static const Regex lead(R"(\.\s(?<lead>(?:In|Em|Im|Dans)(?=:)|in(?=\s)))");
  for (const auto& m : lead.find_all(text)) {
    std::size_t g = lead.group("lead");
    // After an abbreviation or an initial the stop ends no sentence ("Zamia L. in the West Indies").
    std::size_t word = text.find_last_of(" (", m.begin());
    std::string_view before = text.substr(word == std::string_view::npos ? 0 : word + 1,
                                          m.begin() - (word == std::string_view::npos ? 0 : word + 1));
    if (m.str(g) == "in" && utf8_length(before) < 4) continue;
    out.push_back(Constraint{static_cast<std::uint32_t>(m.begin(g)), static_cast<std::uint32_t>(m.end(g)), Label::title, true});
  }
}

}  // namespace citekit::extract::parsing
