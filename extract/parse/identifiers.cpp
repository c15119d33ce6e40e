#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/workspace.hpp"

#include <algorithm>

namespace citekit::extract::parsing {
namespace {

// Trailing punctuation belongs to the sentence, not the URL, unless it
// closes a bracket the URL opened ("…/Kosovo_(region)").
std::string_view trim_url(std::string_view url) {
  static constexpr std::string_view kClosingQuotes[] = {"”", "’", "»"};
  while (!url.empty()) {
    bool quote = false;
    for (auto q : kClosingQuotes)
      if (url.ends_with(q)) {
        url.remove_suffix(q.size());
        quote = true;
      }
    if (quote) continue;
    char last = url.back();
    if (last == ')' || last == ']') {
      char open = last == ')' ? '(' : '[';
      if (std::count(url.begin(), url.end(), open) >= std::count(url.begin(), url.end(), last)) return url;
    } else if (std::string_view(".,;:!?'\"").find(last) == std::string_view::npos) {
      return url;
    }
    url.remove_suffix(1);
  }
  return url;
}

}  // namespace

void extract_url(Workspace& ws) {
  static const Regex url(
      R"((?:(?:available\s+(?:at|from|online)|online|url|link|retrieved\s+from|from)\s*:?\s*)?<?(?<url>(?:https?://|www\.)[^\s<>"\x{1E}]+)>?)",
      Regex::caseless);
  auto m = url.find(ws.rest);
  if (!m) return;
  std::string_view value = trim_url(m->str(url.group("url")));
  std::string target(value);
  if (istarts_with_ascii(target, "www.")) target = "http://" + target;
  ws.item().set("URL", target);
  std::size_t end = m->begin(url.group("url")) + value.size();
  if (m->end() > end && ws.rest[m->end() - 1] == '>') end = m->end();
  ws.cut(m->begin(), end);
}

void extract_doi(Workspace& ws) {
  static const Regex doi(R"((?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?(?<doi>10\.\d{4,9}/[^\s"<>\x{1E}]+))", Regex::caseless);
  // A DOI may already sit in the URL (https://doi.org/10....).
  std::string url(ws.item().get("URL"));
  if (auto in_url = doi.find(url)) ws.item().set("DOI", std::string(trim_url(in_url->str(doi.group("doi")))));
  auto m = doi.find(ws.rest);
  if (!m) return;
  std::string_view value = trim_url(m->str(doi.group("doi")));
  ws.item().set("DOI", std::string(value));
  ws.cut(m->begin(), m->begin(doi.group("doi")) + value.size());
}

void extract_isbn(Workspace& ws) {
  static const Regex isbn(R"(ISBN(?:-1[03])?\s*:?\s*(?<isbn>(?:97[89][\s\-]?)?\d{1,5}[\s\-]?\d{1,7}[\s\-]?\d{1,7}[\s\-]?[\dX]))",
                          Regex::caseless);
  auto m = isbn.find(ws.rest);
  if (!m) return;
  ws.item().set("ISBN", std::string(m->str(isbn.group("isbn"))));
  ws.cut(m->begin(), m->end());
}

}  // namespace citekit::extract::parsing
