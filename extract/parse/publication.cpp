#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/dates.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

bool apply_publication_statement(Workspace& ws, std::string_view text, bool parenthesised) {
  static const Regex statement(R"(^(?:(?<place>[^:()]{2,60}?)\s*:\s*)?(?:(?<publisher>[^()]+?)\s*,\s*)?(?<date>[^,()]+?)\s*$)");
  auto m = statement.match_at(trim(text, " ."));
  if (!m) return false;
  auto date = parse_date(m->str(statement.group("date")), ws.context.date_order);
  if (!date) return false;
  bool has_publisher = m->has(statement.group("publisher"));
  // Outside brackets a lone year or "Word, 2020" is too weak a signal: demand "Place: Publisher, Year".
  if (!parenthesised && !(has_publisher && m->has(statement.group("place")))) return false;
  if (has_publisher) ws.item().set("publisher", std::string(trim(m->str(statement.group("publisher")))));
  if (m->has(statement.group("place"))) ws.item().set("publisher-place", std::string(trim(m->str(statement.group("place")))));
  ws.item().dates["issued"] = date->date;
  return true;
}

void extract_publication(Workspace& ws) {
  static const Regex bracketed(R"(\((?<inside>[^()]*)\))");
  for (const auto& m : bracketed.find_all(ws.rest)) {
    if (!apply_publication_statement(ws, m.str(bracketed.group("inside")), true)) continue;
    ws.cut(m.begin(), m.end());
    return;
  }
}

// "Journal of X, 12, 2020.": a year closing the reference, when nothing dated it yet.
void extract_trailing_year(Workspace& ws) {
  if (ws.item().date("issued")) return;
  static const Regex year(R"((?<![\d\-–/])(?<year>1[5-9]\d\d|20\d\d)[a-z]?(?![\d\-–/])[\s.,;)\x{1E}]*$)");
  auto m = year.find(ws.rest);
  if (!m) return;
  ws.item().dates["issued"] = Date{{DateParts{std::stoi(std::string(m->str(year.group("year")))), 0, 0}}, 0, false, ""};
  ws.cut(m->begin(), m->end());
}

}  // namespace citekit::extract::parsing
