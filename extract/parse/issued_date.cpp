#include "extract/parse/dates.hpp"
#include "extract/parse/field_spans.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

// The first readable date span is the date of issue; a later one is usually
// a reprint's or an original edition's, which CSL keeps apart.
void normalize_issued(Workspace& ws) {
  auto dates = ws.texts(Label::date);
  for (auto text : dates) {
    auto parsed = read_date(text, ws.context.date_order);
    if (!parsed) continue;
    ws.item().dates["issued"] = parsed->date;
    if (parsed->ambiguous)
      ws.note(Severity::warning, "ambiguous-date",
              "cannot tell day from month in " + std::string(text) + "; read as day-first (" + parsed->date.iso() + ")");
    return;
  }
  if (dates.empty()) return;
  ws.item().dates["issued"] = Date{{}, 0, false, clean_span_text(Label::date, dates.front())};
  ws.note(Severity::warning, "unreadable-date", "date \"" + std::string(dates.front()) + "\" kept as written");
}

}  // namespace citekit::extract::parsing
