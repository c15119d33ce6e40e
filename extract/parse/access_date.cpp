#include "core/regex.hpp"
#include "extract/parse/dates.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {
namespace {

// The forms access dates take: "(Accessed 23/11/2020)", "accessed 23 November
// 2020", "Retrieved November 23, 2020, from", "[viewed 23 Nov 2020]",
// "[cited 2020 Nov 23]", "zuletzt abgerufen am 23.11.2020", ISO dates.
const Regex& access_pattern() {
  static const Regex re(
      R"([(\[]?\s*(?:last\s+)?(?:accessed|retrieved|viewed|consulted|cited|(?:zuletzt\s+)?(?:abgerufen|aufgerufen)|consulté)\s*(?:on|am|le)?\s*:?\s*)"
      R"((?<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?,?\s+\d{4})"
      R"(|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4},?\s+\p{L}+\.?\s+\d{1,2})\s*[)\]]?(?:,\s*from\b)?)",
      Regex::caseless);
  return re;
}

}  // namespace

void extract_access_date(Workspace& ws) {
  auto m = access_pattern().find(ws.rest);
  if (!m) return;
  std::string text(m->str(access_pattern().group("date")));
  auto parsed = parse_date(text, ws.context.date_order);
  if (!parsed) {
    ws.note(Severity::warning, "unreadable-access-date", "access date \"" + text + "\" is not a date");
    return;
  }
  ws.item().dates["accessed"] = parsed->date;
  if (parsed->ambiguous)
    ws.note(Severity::warning, "ambiguous-date",
            "cannot tell day from month in access date " + text + "; read as day-first (" + parsed->date.iso() + ")");
  ws.cut(m->begin(), m->end());
}

}  // namespace citekit::extract::parsing
