#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/dates.hpp"
#include "extract/parse/workspace.hpp"

#include <string>

namespace citekit::extract::parsing {
namespace {

// The date forms access dates take after their lead-in word.
constexpr std::string_view kDateForms =
    R"((?<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4})"
    R"(|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4},?\s+\p{L}+\.?\s+\d{1,2}|\p{L}+\.?\s+\d{4}))";

// "(Accessed 23/11/2020)", "accessed 23 November 2020", "Retrieved November
// 23, 2020, from", "[viewed 23 Nov 2020]", "[cited 2020 Nov 23]", "zuletzt
// abgerufen am 23.11.2020", "(accessed 2020-11-23)", "Last accessed on …",
// "Acesso em: 24 nov. 2020", "Zugriff am 3.5.2019", "letzter Zugriff:
// 12.03.2019", "Stand: 12.03.2019", "consultado el 3 de mayo de 2019",
// "consultato il 3 maggio 2019", "geraadpleegd op 3 mei 2019".
const Regex& access_pattern() {
  static const Regex re(
      std::string(R"((?:[(\[]\s*)?(?:last\s+)?(?:accessed|retrieved|viewed|consulted|cited|visited|(?:zuletzt\s+)?)"
                  R"((?:abgerufen|aufgerufen|zugegriffen|besucht)|consulté|acesso|accedido|consultad[oa]|consultato)"
                  R"(|(?:letzter\s+)?zugriff|stand|geraadpleegd|data\s+de\s+acesso|fecha\s+de\s+consulta))"
                  R"(\s*(?:on|am|le|em|el|en|il|op|:)?\s*:?\s*)") +
          std::string(kDateForms) + R"(\s*[)\]]?(?:,?\s*(?:from|at)\b)?)",
      Regex::caseless);
  return re;
}

const Regex& date_pattern() {
  static const Regex re(kDateForms, Regex::caseless);
  return re;
}

}  // namespace

void find_access_dates(std::string_view text, std::vector<Constraint>& out) {
  // Most references have no access date: look for a lead word before running the pattern.
  if (!contains_any_ascii_caseless(text, {"access", "retriev", "viewed", "consult", "cited", "visited", "abgerufen",
                                          "aufgerufen", "zugegriffen", "besucht", "acesso", "accedido", "zugriff",
                                          "stand", "geraadpleegd"}))
    return;
  const Regex& re = access_pattern();
  for (const auto& m : re.find_all(text))
    if (parse_date(m.str(re.group("date")), DateOrder::day_first))
      out.push_back(Constraint{static_cast<std::uint32_t>(m.begin()), static_cast<std::uint32_t>(m.end()), Label::accessed});
}

// The sentence before an access date's lead word is not part of it ("NATO.
// Retrieved 24 November 2020"): no token of it may be labelled accessed.
void exclude_access_date_before_lead(std::string_view text, std::vector<Constraint>& constraints) {
  const std::size_t found = constraints.size();
  for (std::size_t i = 0; i < found; ++i) {
    const Constraint c = constraints[i];
    if (c.label != Label::accessed || c.excluded) continue;
    std::size_t stop = c.begin >= 3 ? text.rfind(". ", c.begin - 3) : std::string_view::npos;
    auto from = static_cast<std::uint32_t>(stop == std::string_view::npos ? 0 : stop + 2);
    if (from < c.begin) constraints.push_back(Constraint{from, c.begin, Label::accessed, true});
  }
}

void normalize_accessed(Workspace& ws) {
  for (auto text : ws.texts(Label::accessed)) {
    // With its lead-in ("cited 2020 Nov 23") when it has one, so that the lead word is not read as a month.
    const Regex& re = access_pattern().contains(text) ? access_pattern() : date_pattern();
    auto m = re.find(text);
    std::string_view written = m ? m->str(re.group("date")) : text;
    auto parsed = parse_date(written, ws.context.date_order);
    if (!parsed) {
      ws.note(Severity::warning, "unreadable-access-date", "access date \"" + std::string(text) + "\" is not a date");
      continue;
    }
    ws.item().dates["accessed"] = parsed->date;
    if (parsed->ambiguous)
      ws.note(Severity::warning, "ambiguous-date",
              "cannot tell day from month in access date " + std::string(written) + "; read as day-first (" +
                  parsed->date.iso() + ")");
    return;
  }
}

}  // namespace citekit::extract::parsing
