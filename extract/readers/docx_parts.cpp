#include "extract/readers/docx_parts.hpp"

#include "core/csl_json.hpp"
#include "core/regex.hpp"
#include "extract/readers/endnote_fields.hpp"

#include <nlohmann/json.hpp>

namespace citekit::extract {

std::string hyperlink_target(std::string_view instruction) {
  static const Regex pattern(R"re(^\s*HYPERLINK\s+(?:"(?<quoted>[^"]*)"|(?<bare>[^\s"\\]\S*)))re", Regex::caseless);
  auto m = pattern.find(instruction);
  if (!m) return {};
  return std::string(m->has(pattern.group("quoted")) ? m->str(pattern.group("quoted")) : m->str(pattern.group("bare")));
}

bool is_citation_field(std::string_view instruction) {
  static const Regex pattern(R"(^\s*ADDIN\s+(?:ZOTERO_ITEM\s+)?CSL_CITATION\s*\{)");
  return pattern.contains(instruction) || is_endnote_citation_field(instruction);
}

bool is_bibliography_field(std::string_view instruction) {
  static const Regex pattern(
      R"(^\s*(?:BIBLIOGRAPHY\b|ADDIN\s+(?:ZOTERO_BIBL\b|Mendeley\s+Bibliography\b|EN\.REFLIST\b|CSL_BIBLIOGRAPHY\b)))",
      Regex::caseless);
  return pattern.contains(instruction);
}

std::vector<CitedWork> citation_items(const std::string& instruction, std::vector<std::string>& problems) {
  if (is_endnote_citation_field(instruction)) return endnote_citation_items(instruction, problems);
  std::vector<CitedWork> items;
  // The JSON runs from the first "{" to the last "}" (LibreOffice's Zotero
  // marks add " RND…" after it).
  std::size_t open = instruction.find('{'), close = instruction.rfind('}');
  std::string_view body = open == std::string::npos || close == std::string::npos || close < open
                              ? std::string_view()
                              : std::string_view(instruction).substr(open, close - open + 1);
  auto json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.contains("citationItems") || !json["citationItems"].is_array()) {
    problems.push_back("a citation manager's field holds no readable CSL-JSON; its text is read instead");
    return items;
  }
  for (const auto& cited : json["citationItems"]) {
    if (!cited.is_object() || !cited.contains("itemData")) continue;
    auto item = reference_from_csl_json(cited["itemData"]);
    if (!item) {
      problems.push_back("a citation manager's item was not read: " + item.error().message);
      continue;
    }
    CitedWork work;
    work.items.push_back(std::move(*item));
    for (const char* part : {"label", "locator"})
      if (cited.contains(part) && cited[part].is_string()) {
        std::string text = cited[part].get<std::string>();
        // Zotero's label names the kind of locator: "page" goes without saying.
        if (std::string(part) == "label" && text == "page") continue;
        work.locator += (work.locator.empty() ? "" : " ") + text;
      }
    items.push_back(std::move(work));
  }
  return items;
}

}  // namespace citekit::extract
