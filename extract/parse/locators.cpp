#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/field_spans.hpp"
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

const Regex& page_prefix() {
  static const Regex re(R"(^\s*(?:pp?|pages?|pgs?|s|seiten?|ss)\b\.?\s*)", Regex::caseless);
  return re;
}

// The first number of a volume or issue span ("Vol. 12", "no. 3", "(4)", "XLV", "12A", "3-4").
std::string first_number(std::string_view text) {
  // Digits may touch a CJK counter ("제25권", "第3期") but not a Latin letter.
  static const Regex number(R"((?<![A-Za-z\d])(\d+[A-Za-z]?(?:\s*[-–/]\s*\d+)?|[IVXLCDM]+|[ivxlcdm]+)(?![A-Za-z\d]))");
  static const Regex lead(
      R"(^\s*(?:(?:vols?|volume|v|bd|band|jg|jahrgang|t|tome|tomo|no|nos|nr|n°|nº|number|issue|iss|heft|h|n|num|suppl)\b\.?|제|第)\s*)",
      Regex::caseless);
  std::string_view rest = text;
  if (auto m = lead.match_at(rest)) rest.remove_prefix(m->end());
  auto m = number.find(rest);
  if (!m) return clean_span_text(Label::volume, text);
  std::string out;   // "3 – 4" -> "3-4"
  std::string_view found = m->str(1);
  for (std::size_t i = 0; i < found.size();) {
    if (found.substr(i).starts_with("–")) out += '-', i += std::string_view("–").size();
    else if (found[i] == ' ') ++i;
    else out += found[i++];
  }
  return out;
}

}  // namespace

std::string normalized_pages(std::string_view text) {
  static const Regex range(
      R"((?<![\p{L}\d])([A-Za-z]?\d+[a-z]?|[ivxlcdm]+)(?:\s*(?:-|–|—|‒|‑)+\s*([A-Za-z]?\d+[a-z]?|[ivxlcdm]+))?(?![\p{L}\d]))",
      Regex::caseless);
  std::string_view rest = text;
  if (auto m = page_prefix().match_at(rest)) rest.remove_prefix(m->end());
  auto m = range.find(rest);
  if (!m) return clean_span_text(Label::pages, text);
  std::string start(m->str(1));
  if (!m->has(2)) return start;
  return start + "-" + expand_end_page(start, m->str(2));
}

void normalize_pages(Workspace& ws) {
  auto spans = ws.texts(Label::pages);
  if (spans.empty()) return;
  std::string_view text = spans.front();
  // "341 pp.", "xii, 341 pages", "320 с.", "210 págs.": the length of a book, not a range in it.
  static const Regex length(
      R"(^\s*(?:[—–]\s*)?(?:[ivxlc]+\s*[,+]\s*)?(\d+)\s*(?:pp|pages|p|S|Seiten|págs?|с|стр|str)\b\.?\s*[,.;]?\s*$)", Regex::caseless);
  if (auto m = length.match_at(text); m && m->end() == text.size()) {
    ws.item().set("number-of-pages", std::string(m->str(1)));
    return;
  }
  ws.item().set("page", normalized_pages(text));
  ws.page_given_as_locator = page_prefix().match_at(text).has_value();
}

void normalize_volume_issue(Workspace& ws) {
  auto volumes = ws.texts(Label::volume);
  auto issues = ws.texts(Label::issue);
  // (A volume span holding its issue, "12(3)", was split by the span repairs.)
  if (!volumes.empty()) ws.item().set("volume", first_number(volumes.front()));
  if (!issues.empty()) ws.item().set("issue", first_number(issues.front()));
}

}  // namespace citekit::extract::parsing
