#include "extract/readers/endnote_fields.hpp"

#include "core/csl_json.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <optional>

namespace citekit::extract {
namespace {

// EndNote's reference types, by the name its records give them, as CSL types.
struct RecordType {
  std::string_view endnote;
  std::string_view csl;
};
constexpr RecordType kRecordTypes[] = {
    {"Journal Article", "article-journal"},   {"Book", "book"},
    {"Edited Book", "book"},                  {"Book Section", "chapter"},
    {"Report", "report"},                     {"Government Document", "report"},
    {"Thesis", "thesis"},                     {"Web Page", "webpage"},
    {"Newspaper Article", "article-newspaper"}, {"Magazine Article", "article-magazine"},
    {"Conference Paper", "paper-conference"}, {"Conference Proceedings", "paper-conference"},
    {"Statute", "legislation"},               {"Case", "legal_case"},
    {"Dataset", "dataset"},                   {"Manuscript", "manuscript"},
};

std::string csl_type(const pugi::xml_node& record) {
  std::string_view name = record.child("ref-type").attribute("name").as_string();
  for (const RecordType& type : kRecordTypes)
    if (type.endnote == name) return std::string(type.csl);
  return "document";
}

// All the text under an element: EndNote wraps its values in <style> runs
// (a hostile field's deeper nesting is not followed).
void append_text(const pugi::xml_node& node, std::string& text, int depth) {
  if (depth > 16) return;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
    else if (child.type() == pugi::node_element) append_text(child, text, depth + 1);
  }
}

std::string text_of(const pugi::xml_node& node) {
  std::string text;
  append_text(node, text, 0);
  return std::string(trim(text));
}

// "Weller, Marc" is a person; "Organization for Security and Co-operation in
// Europe," (EndNote's comma for a body) or a name without a comma a literal.
nlohmann::json csl_name(std::string_view written) {
  std::size_t comma = written.find(',');
  std::string_view given = comma == std::string_view::npos ? std::string_view() : trim(written.substr(comma + 1));
  if (given.empty()) return {{"literal", std::string(trim(written, " ,"))}};
  return {{"family", std::string(trim(written.substr(0, comma)))}, {"given", std::string(given)}};
}

nlohmann::json names(const pugi::xml_node& list, const char* element) {
  nlohmann::json out = nlohmann::json::array();
  for (pugi::xml_node name : list.children(element))
    if (std::string text = text_of(name); !text.empty()) out.push_back(csl_name(text));
  return out;
}

void set_text(nlohmann::json& item, const char* variable, const pugi::xml_node& node) {
  if (std::string text = text_of(node); !text.empty() && !item.contains(variable)) item[variable] = text;
}

// "2012-09-10" as CSL date parts; EndNote keeps other dates as free text, left out.
std::optional<nlohmann::json> iso_date_parts(const std::string& text) {
  static const Regex iso(R"(^(\d{4})-(\d{2})-(\d{2})$)");
  auto m = iso.match_at(text);
  if (!m) return std::nullopt;
  nlohmann::json parts = nlohmann::json::array();
  for (std::size_t g = 1; g <= 3; ++g) parts.push_back(std::stoi(std::string(m->str(g))));
  return nlohmann::json{{"date-parts", {parts}}};
}

nlohmann::json csl_item(const pugi::xml_node& record) {
  nlohmann::json item;
  item["id"] = "endnote-" + text_of(record.child("rec-number"));
  item["type"] = csl_type(record);
  pugi::xml_node contributors = record.child("contributors");
  if (auto authors = names(contributors.child("authors"), "author"); !authors.empty()) item["author"] = authors;
  if (auto editors = names(contributors.child("secondary-authors"), "author"); !editors.empty()) item["editor"] = editors;
  pugi::xml_node titles = record.child("titles");
  set_text(item, "title", titles.child("title"));
  set_text(item, "container-title", titles.child("secondary-title"));
  set_text(item, "container-title", record.child("periodical").child("full-title"));
  set_text(item, "collection-title", titles.child("tertiary-title"));
  set_text(item, "page", record.child("pages"));
  set_text(item, "volume", record.child("volume"));
  // A report's "number" is its number; an article's, its issue.
  set_text(item, item["type"] == "report" ? "number" : "issue", record.child("number"));
  set_text(item, "genre", record.child("work-type"));
  set_text(item, "publisher", record.child("publisher"));
  set_text(item, "publisher-place", record.child("pub-location"));
  set_text(item, "DOI", record.child("electronic-resource-num"));
  set_text(item, "ISBN", record.child("isbn"));
  set_text(item, "URL", record.child("urls").child("related-urls").child("url"));
  static const Regex year(R"(\d{4})");
  std::string dated = text_of(record.child("dates").child("year"));
  if (auto m = year.find(dated)) item["issued"] = {{"date-parts", {{std::stoi(std::string(m->str()))}}}};
  if (auto full = iso_date_parts(text_of(record.child("dates").child("pub-dates").child("date")))) item["issued"] = *full;
  if (auto accessed = iso_date_parts(text_of(record.child("access-date")))) item["accessed"] = *accessed;
  return item;
}

}  // namespace

bool is_endnote_citation_field(std::string_view instruction) {
  static const Regex pattern(R"(^\s*ADDIN\s+EN\.CITE\s*<)");
  return pattern.contains(instruction);
}

std::vector<CitedWork> endnote_citation_items(std::string_view instruction, std::vector<std::string>& problems) {
  std::vector<CitedWork> items;
  std::size_t open = instruction.find("<EndNote"), close = instruction.rfind("</EndNote>");
  pugi::xml_document xml;
  if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
      !xml.load_buffer(instruction.data() + open, close + 10 - open, pugi::parse_default, pugi::encoding_utf8)) {
    problems.push_back("an EndNote field holds no readable record; its text is read instead");
    return items;
  }
  for (pugi::xml_node cite : xml.child("EndNote").children("Cite")) {
    pugi::xml_node record = cite.child("record");
    if (!record) {
      problems.push_back("an EndNote citation holds no record; its text is read instead");
      continue;
    }
    auto item = reference_from_csl_json(csl_item(record));
    if (!item) {
      problems.push_back("an EndNote record was not read: " + item.error().message);
      continue;
    }
    CitedWork work;
    work.items.push_back(std::move(*item));
    work.locator = text_of(cite.child("Pages"));
    items.push_back(std::move(work));
  }
  return items;
}

}  // namespace citekit::extract
