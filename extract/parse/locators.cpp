#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {
namespace {

// "198-9" -> "199": an abbreviated end page takes the start page's leading digits.
std::string expand_end_page(std::string_view start, std::string_view end) {
  if (end.size() >= start.size()) return std::string(end);
  bool digits = start.find_first_not_of("0123456789") == std::string_view::npos &&
                end.find_first_not_of("0123456789") == std::string_view::npos;
  if (!digits) return std::string(end);
  return std::string(start.substr(0, start.size() - end.size())) + std::string(end);
}

}  // namespace

void extract_pages(Workspace& ws) {
  static const Regex pages(
      R"((?<![\p{L}\d])(?<prefix>pp?\.|pages?\b|S\.|at)?\s*(?<start>\d+[a-z]?)(?:\s*(?:-|–|—|‒)+\s*(?<end>\d+[a-z]?))?(?![\p{L}\d/]))",
      Regex::caseless);
  static const Regex prefixed(R"((?<![\p{L}])(?:pp?\.|pages?\b|S\.)\s*\d)", Regex::caseless);
  // Only page numbers that say so ("p.198-9", "pp. 45-67"), or a bare text
  // that is nothing but pages (an ibid's "45-6").
  auto anchor = prefixed.find(ws.rest);
  bool bare = !anchor && pages.full_match(ws.rest);
  if (!anchor && !bare) return;
  auto m = pages.find(ws.rest, anchor ? anchor->begin() : 0);
  if (!m) return;
  std::string start(m->str(pages.group("start")));
  std::string value = start;
  if (m->has(pages.group("end"))) value += "-" + expand_end_page(start, m->str(pages.group("end")));
  ws.item().set("page", value);
  ws.page_given_as_locator = true;
  ws.cut(m->begin(), m->end());
}

void extract_volume_issue(Workspace& ws) {
  static const Regex labelled(
      R"((?<![\p{L}])(?:vol\.?|volume|bd\.)\s*(?<volume>\d+[a-z]?)(?:\s*,?\s*(?:no\.?|nr\.?|issue|iss\.?|h\.)\s*(?<issue>\d+(?:[-/–]\d+)?))?)",
      Regex::caseless);
  // "12(3)": a volume followed by a short issue number in brackets (a year would be 4 digits).
  static const Regex compact(R"((?<![\p{L}\d])(?<volume>\d{1,4})\s?\((?<issue>\d{1,3}(?:[-/–]\d{1,3})?)\))");
  for (const Regex* re : {&labelled, &compact}) {
    auto m = re->find(ws.rest);
    if (!m) continue;
    ws.item().set("volume", std::string(m->str(re->group("volume"))));
    if (m->has(re->group("issue"))) ws.item().set("issue", std::string(m->str(re->group("issue"))));
    ws.cut(m->begin(), m->end());
    return;
  }
}

}  // namespace citekit::extract::parsing
