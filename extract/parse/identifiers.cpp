#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/field_spans.hpp"
#include "extract/parse/tokenizer.hpp"
#include "extract/parse/workspace.hpp"

#include <algorithm>

namespace citekit::extract::parsing {
namespace {

std::uint32_t offset(std::size_t at) { return static_cast<std::uint32_t>(at); }

const Regex& doi_pattern() {
  static const Regex re(R"(10\.\d{4,9}/\S+)");
  return re;
}

// The DOI in `text` ("doi:10.1/x.", "https://doi.org/10.1/x"), without trailing punctuation.
std::string doi_in(std::string_view text) {
  auto m = doi_pattern().find(text);
  if (!m) return "";
  return std::string(trim(m->str(), ".,;:)]}>\"'"));
}

struct IdentifierForm {
  const char* variable;
  const char* pattern;   // group 1: the identifier
};

// Identifiers other than URLs and DOIs, with their lead-in words.
constexpr IdentifierForm kIdentifiers[] = {
    {"ISBN", R"(\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s\-]?)?\d{1,5}[\s\-]?\d{1,7}[\s\-]?\d{1,7}[\s\-]?[\dX])\b)"},
    {"ISSN", R"(\b(?:e-?|p-?)?ISSN\s*:?\s*(\d{4}-?\d{3}[\dX])\b)"},
    {"PMCID", R"(\bPMCID\s*:?\s*(PMC\d+)\b)"},
    {"PMID", R"(\bPMID\s*:?\s*(\d{1,9})\b)"},
    {"number", R"(\b(arXiv\s*:\s*(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?))\b)"},
};

const std::vector<Regex>& identifier_patterns() {
  static const std::vector<Regex> patterns = [] {
    std::vector<Regex> out;
    for (const auto& form : kIdentifiers) out.emplace_back(form.pattern, Regex::caseless);
    return out;
  }();
  return patterns;
}

}  // namespace

// URLs and DOIs are single tokens: they are labelled as such, except that a
// resolver URL (https://doi.org/…) may be either and is left to the model.
void find_identifiers(std::string_view text, std::vector<Constraint>& out) {
  // Cheap checks first: most references hold no identifier at all.
  std::string lower = to_lower_ascii(text);
  bool links = lower.find("://") != std::string::npos || lower.find("www.") != std::string::npos ||
               lower.find("10.") != std::string::npos;
  static const Regex doi_lead(R"((?:doi|DOI)\s*:?\s*$)");
  // "Available at:", "Retrieved from", "URL:", "Disponível em: <", "verfügbar unter" lead into the URL and go with it.
  static const Regex url_lead(
      R"((?:(?:available|accessible)\s+(?:at|from|online)|retrieved\s+from|online|url|link|web|disponível\s+em)"
      R"(|disponible\s+(?:en|sur)|disponibile\s+su|recuperado\s+de|(?:online\s+)?verfügbar\s+unter|abrufbar\s+unter)"
      R"(|beschikbaar\s+(?:op|via))\s*:?\s*<?$)",
      Regex::caseless);
  for (const Token& token : links ? tokenize(text) : std::vector<Token>{}) {
    std::string_view t = token.text(text);
    if (token.kind == TokenKind::url && t.find("doi.org/") == std::string_view::npos) {
      std::size_t begin = token.begin;
      std::string_view before = text.substr(0, begin);
      if (auto lead = url_lead.find(before.substr(before.size() > 40 ? before.size() - 40 : 0)))
        begin -= lead->end() - lead->begin();
      out.push_back(Constraint{offset(begin), token.end, Label::url});
    }
    if (token.kind != TokenKind::doi) continue;
    std::size_t begin = token.begin;
    if (auto lead = doi_lead.find(text.substr(0, begin))) begin = lead->begin();
    out.push_back(Constraint{offset(begin), token.end, Label::doi});
  }
  static constexpr std::string_view kMarkers[] = {"isbn", "issn", "pmid", "pmc", "arxiv"};
  if (std::none_of(std::begin(kMarkers), std::end(kMarkers), [&](std::string_view m) { return lower.find(m) != std::string::npos; }))
    return;
  for (const auto& re : identifier_patterns())
    for (const auto& m : re.find_all(text)) out.push_back(Constraint{offset(m.begin()), offset(m.end()), Label::identifier});
}

namespace {

// An address without the spaces that line breaks and text extraction leave
// in it ("http ://x.org/a", "http://dx.doi. org/10.1016/…"): no URL or DOI
// holds a space.
std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

}  // namespace

void normalize_identifiers(Workspace& ws) {
  for (auto text : ws.texts(Label::url)) {
    std::string url = without_spaces(identifier_text(Label::url, text));
    if (url.empty()) continue;
    if (istarts_with_ascii(url, "www.")) url = "http://" + url;
    ws.item().set("URL", url);
    break;
  }
  for (auto text : ws.texts(Label::doi)) {
    std::string_view id = identifier_text(Label::doi, text);
    if (std::string doi = doi_in(id.empty() ? text : without_spaces(id)); !doi.empty()) {
      ws.item().set("DOI", doi);
      break;
    }
  }
  if (!ws.item().has("DOI") && ws.item().get("URL").find("doi.org/") != std::string_view::npos)
    ws.item().set("DOI", doi_in(ws.item().get("URL")));
  for (auto text : ws.texts(Label::identifier))
    for (std::size_t i = 0; i < std::size(kIdentifiers); ++i)
      if (auto m = identifier_patterns()[i].find(text); m && !ws.item().has(kIdentifiers[i].variable))
        ws.item().set(kIdentifiers[i].variable, std::string(m->str(1)));
}

}  // namespace citekit::extract::parsing
