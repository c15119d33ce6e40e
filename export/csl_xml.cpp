// CSL XML: CSL data in XML by the CSL project's schema (csl-data.rnc):
// <references> of <reference type= id=> with <contributor>, <date> and
// <variable> children, in no namespace.

#include "core/csl_json.hpp"
#include "export/csl_vocabulary.hpp"
#include "export/writers.hpp"
#include "export/xml_output.hpp"

#include <string>

namespace citekit::exporting {
namespace {

void append_contributor(pugi::xml_node reference, std::string_view variable, const Name& name) {
  pugi::xml_node contributor = reference.append_child("contributor");
  set_attribute(contributor, "type", variable);
  if (name.is_organisation()) {
    append_text_element(contributor, "name", name.literal);
    return;
  }
  append_text_element(contributor, "given", name.given);
  append_text_element(contributor, "family", name.family);
  append_text_element(contributor, "dropping-particle", name.dropping_particle);
  append_text_element(contributor, "non-dropping-particle", name.non_dropping_particle);
  append_text_element(contributor, "suffix", name.suffix);
}

// year, then month (and day) or season: the schema allows a season only
// without a month.
void set_date_parts(pugi::xml_node node, const DateParts& parts, int season) {
  node.append_attribute("year").set_value(parts.year);
  if (parts.month >= 1 && parts.month <= 12) {
    node.append_attribute("month").set_value(parts.month);
    if (parts.day >= 1 && parts.day <= 31) node.append_attribute("day").set_value(parts.day);
  } else if (season >= 1 && season <= 4) {
    node.append_attribute("season").set_value(season);
  }
}

// Dates are written from their parts; a date that is only text ("n.d.") has
// no form in the schema and is left out.
void append_date(pugi::xml_node reference, std::string_view variable, const Date& date) {
  if (date.parts.empty() || date.year() == 0) return;
  pugi::xml_node node = reference.append_child("date");
  set_attribute(node, "type", variable);
  if (date.circa) node.append_attribute("circa").set_value("true");
  if (date.parts.size() == 1 || date.parts[1].year == 0) {
    set_date_parts(node, date.parts.front(), date.season);
    return;
  }
  set_date_parts(node.append_child("begin-date"), date.parts[0], date.season);
  set_date_parts(node.append_child("end-date"), date.parts[1], date.season);
}

void append_reference(pugi::xml_node references, const Reference& item) {
  pugi::xml_node reference = references.append_child("reference");
  set_attribute(reference, "type", csl_item_type(item.type));
  set_attribute(reference, "id", item.id);
  for (const auto& [variable, names] : item.names)
    if (is_csl_xml_name_variable(variable))
      for (const auto& name : names) append_contributor(reference, variable, name);
  for (const auto& [variable, date] : item.dates)
    if (is_csl_date_variable(variable)) append_date(reference, variable, date);
  bool any_variable = false;
  for (const auto& [variable, value] : item.variables) {
    if (!is_csl_xml_variable(variable)) continue;
    pugi::xml_node node = append_text_element(reference, "variable", value);
    if (!node) continue;
    set_attribute(node, "type", variable);
    any_variable = true;
  }
  // The schema wants at least one variable per reference.
  if (!any_variable) set_attribute(reference.append_child("variable"), "type", "title");
}

}  // namespace

std::string write_csl_xml(const std::vector<Work>& works) {
  pugi::xml_document document;
  add_declaration(document);
  pugi::xml_node references = document.append_child("references");
  for (const auto& work : works) append_reference(references, work.item);
  return to_xml_string(document);
}

}  // namespace citekit::exporting
