#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/workspace.hpp"

#include <algorithm>

namespace citekit::extract::parsing {
namespace {

bool matches(const Regex& re, std::string_view text) { return !text.empty() && re.contains(text); }

// Whether `text` may hold a digit: an ASCII one, or any character outside ASCII (\d also matches other scripts' digits).
bool may_hold_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80; });
}

bool is_legislation(const Reference& item) {
  static const Regex title(
      R"(^(?:(?:UN\s+)?(?:Security\s+Council\s+|General\s+Assembly\s+)?Resolution|Act|Directive|Regulation|Decree|Statute|Law|Bill)\b.*\d|\b(?:Act|Directive|Regulation)\s+(?:of\s+)?\d{4}\b|S/RES/\d+)",
      Regex::caseless);
  std::string_view text = item.get("title");
  return may_hold_digit(text) && matches(title, text);   // every form has a number
}

bool is_newspaper(std::string_view container) {
  static const Regex words(
      R"(\b(?:Times|Post|Guardian|Herald|Tribune|Telegraph|Independent|Chronicle|Observer|Gazette|Daily|News|Mail|Express|Standard|Courier|Journal\s+of\s+Commerce|Wall\s+Street\s+Journal|Le\s+Monde|Der\s+Spiegel|Zeitung|Reuters|Associated\s+Press|BBC|CNN|Al\s+Jazeera|Balkan\s+Insight)\b)",
      Regex::caseless);
  return matches(words, container);
}

bool is_thesis(const Reference& item) {
  static const Regex words(
      R"(\b(?:Ph\.?\s?D|doctoral|master'?s?|MA|MSc)\b.{0,20}\b(?:thesis|dissertation)\b|\b(?:dissertation|thesis|th[eè]se|doctorat|tesi|tesis|habilitation(?:sschrift)?)\b)",
      Regex::caseless);
  // Every form names a thesis, dissertation, thèse, doctorat, tesi(s) or habilitation.
  auto thesis = [&](std::string_view text) {
    return contains_any_ascii_caseless(text, {"thes", "thès", "thÈs", "dissert", "doctorat", "tesi", "habilitation"}) && matches(words, text);
  };
  return thesis(item.get("genre")) || thesis(item.get("note")) || thesis(item.get("publisher")) ||
         thesis(item.get("container-title"));
}

bool is_report(const Reference& item) {
  static const Regex words(R"(\b(?:report|working\s+paper|discussion\s+paper|white\s+paper|preprint|tech\.?\s*rep|memo(?:randum)?)\b)",
                           Regex::caseless);
  return matches(words, item.get("genre"));
}

bool is_proceedings(std::string_view container) {
  static const Regex words(R"(\b(?:proceedings|proc|conference|conf|symposium|workshop|congress|colloquium|meeting|tagung|actes|atti)\b)",
                           Regex::caseless);
  return matches(words, container);
}

std::string type_with_container(const Reference& item) {
  std::string_view container = item.get("container-title");
  static const Regex magazine(R"(\b(?:Magazine|Weekly|Economist|Atlantic|New\s+Yorker|Foreign\s+Policy)\b)", Regex::caseless);
  if (is_proceedings(container)) return "paper-conference";
  if (is_newspaper(container) && !item.has("volume")) return "article-newspaper";
  if (item.has("volume") || item.has("issue") || item.has("DOI")) return "article-journal";
  if (matches(magazine, container)) return "article-magazine";
  if (item.names.count("editor") || item.has("publisher") || item.has("ISBN")) return "chapter";
  if (item.has("URL")) return "webpage";
  return "article-journal";
}

std::string type_without_container(const Reference& item) {
  std::string_view publisher = item.get("publisher");
  static const Regex press(R"(\b(?:Press|Verlag|Publishers|Publishing|Books)\b)", Regex::caseless);
  bool institutional = is_organisation_name(publisher) && !matches(press, publisher);
  if (item.has("publisher-place") || item.has("ISBN")) return institutional ? "report" : "book";
  if (item.has("URL")) return "webpage";
  if (!publisher.empty()) return institutional ? "report" : "book";
  return "document";
}

}  // namespace

void decide_type(Workspace& ws) {
  Reference& item = ws.item();
  if (is_legislation(item)) item.type = "legislation";
  else if (is_thesis(item)) item.type = "thesis";
  else if (is_report(item)) item.type = "report";
  else if (item.has("container-title")) item.type = type_with_container(item);
  else item.type = type_without_container(item);
  // A page range belongs to an article or chapter; for a whole book or report
  // it is the place cited, which differs from one citation to the next.
  static const std::string_view kLocatorTypes[] = {"book", "report", "thesis", "legislation", "webpage", "document"};
  if (ws.page_given_as_locator && item.has("page"))
    for (auto type : kLocatorTypes)
      if (item.type == type) ws.result.locator = std::string(item.get("page"));
}

}  // namespace citekit::extract::parsing
