#include "core/regex.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

// "Ibid.", "Ibid., p. 12", "Ibidem, 45-6", "Id. at 7": the work of the previous citation.
bool extract_ibid(Workspace& ws) {
  static const Regex ibid(R"(^(?:ibid(?:em)?|id)\.?(?:\s*,?\s*(?:(?:pp?\.|pages?|at)\s*)?(?<pages>\d+[a-z]?(?:\s*[-–—]\s*\d+[a-z]?)?))?\s*\.?\s*$)",
                          Regex::caseless);
  auto m = ibid.match_at(ws.source);
  if (!m) return false;
  ws.result.form = CitationForm::ibid;
  if (m->has(ibid.group("pages"))) ws.result.locator = normalized_pages(m->str(ibid.group("pages")));
  return true;
}

}  // namespace citekit::extract::parsing
