#include "core/csl_json.hpp"

#include "core/json_text.hpp"

#include <algorithm>
#include <array>

namespace citekit {
namespace {

constexpr std::array<std::string_view, 19> kNameVariables{
    "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
    "curator", "director", "editor", "editorial-director", "executive-producer", "guest", "host",
    "illustrator", "interviewer", "narrator", "recipient", "translator"};
constexpr std::array<std::string_view, 6> kDateVariables{"accessed", "available-date", "event-date",
                                                         "issued", "original-date", "submitted"};

Error shape_error(std::string_view variable, std::string_view expected) {
  return Error{"invalid-csl-json", "CSL-JSON variable \"" + std::string(variable) + "\" is not " +
                                       std::string(expected), {}};
}

int as_int(const nlohmann::json& value) {
  if (value.is_number_integer()) return value.get<int>();
  if (value.is_string()) {
    try {
      return std::stoi(value.get<std::string>());
    } catch (...) {
      return 0;
    }
  }
  return 0;
}

Result<Date> date_from_json(std::string_view variable, const nlohmann::json& value) {
  if (!value.is_object()) return shape_error(variable, "a date object");
  Date date;
  if (auto it = value.find("date-parts"); it != value.end()) {
    if (!it->is_array()) return shape_error(variable, "a date with date-parts");
    for (const auto& point : *it) {
      if (!point.is_array() || point.empty()) return shape_error(variable, "a date with date-parts");
      DateParts p;
      p.year = as_int(point[0]);
      if (point.size() > 1) p.month = as_int(point[1]);
      if (point.size() > 2) p.day = as_int(point[2]);
      date.parts.push_back(p);
      if (date.parts.size() == 2) break;
    }
  }
  if (auto it = value.find("season"); it != value.end()) date.season = as_int(*it);
  if (auto it = value.find("circa"); it != value.end())
    date.circa = it->is_boolean() ? it->get<bool>() : (it->is_number() && it->get<int>() != 0);
  if (auto it = value.find("literal"); it != value.end() && it->is_string()) date.literal = it->get<std::string>();
  if (date.parts.empty() && date.literal.empty())
    if (auto it = value.find("raw"); it != value.end() && it->is_string()) date.literal = it->get<std::string>();
  return date;
}

Result<Name> name_from_json(std::string_view variable, const nlohmann::json& value) {
  if (!value.is_object()) return shape_error(variable, "a list of name objects");
  Name name;
  auto text = [&](const char* key) -> std::string {
    auto it = value.find(key);
    return it != value.end() && it->is_string() ? it->get<std::string>() : std::string{};
  };
  name.family = text("family");
  name.given = text("given");
  name.literal = text("literal");
  name.non_dropping_particle = text("non-dropping-particle");
  name.dropping_particle = text("dropping-particle");
  name.suffix = text("suffix");
  return name;
}

}  // namespace

bool is_csl_name_variable(std::string_view variable) {
  return std::find(kNameVariables.begin(), kNameVariables.end(), variable) != kNameVariables.end();
}

bool is_csl_date_variable(std::string_view variable) {
  return std::find(kDateVariables.begin(), kDateVariables.end(), variable) != kDateVariables.end();
}

void append_csl_json(std::string& out, const Name& name) {
  JsonObjectWriter object(out);
  if (name.is_organisation()) {
    object.string("literal", name.literal);
  } else {
    if (!name.family.empty()) object.string("family", name.family);
    if (!name.given.empty()) object.string("given", name.given);
    if (!name.non_dropping_particle.empty()) object.string("non-dropping-particle", name.non_dropping_particle);
    if (!name.dropping_particle.empty()) object.string("dropping-particle", name.dropping_particle);
    if (!name.suffix.empty()) object.string("suffix", name.suffix);
  }
  object.close();
}

void append_csl_json(std::string& out, const Date& date) {
  JsonObjectWriter object(out);
  if (!date.parts.empty()) {
    object.key("date-parts") += '[';
    for (std::size_t i = 0; i < date.parts.size(); ++i) {
      const DateParts& p = date.parts[i];
      out += i ? ",[" : "[";
      append_json_int(out, p.year);
      if (p.month) out += ',', append_json_int(out, p.month);
      if (p.month && p.day) out += ',', append_json_int(out, p.day);
      out += ']';
    }
    out += ']';
  } else if (!date.literal.empty()) {
    object.string("literal", date.literal);
  }
  if (date.season) append_json_int(object.key("season"), date.season);
  if (date.circa) object.key("circa") += "true";
  object.close();
}

void append_csl_json(std::string& out, const Reference& item) {
  // Fixed order for people reading the output: id, type, title, names, dates, then the rest.
  JsonObjectWriter object(out);
  if (!item.id.empty()) object.string("id", item.id);
  object.string("type", item.type);
  if (item.has("title")) object.string("title", item.get("title"));
  for (const auto& [variable, names] : item.names) {
    if (names.empty()) continue;
    object.key(variable) += '[';
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i) out += ',';
      append_csl_json(out, names[i]);
    }
    out += ']';
  }
  for (const auto& [variable, date] : item.dates)
    if (!date.empty()) append_csl_json(object.key(variable), date);
  for (const auto& [variable, value] : item.variables) {
    // One member per variable: names and dates are written from their own maps.
    if (variable == "title" || variable == "id" || variable == "type" || item.names.contains(variable) ||
        item.dates.contains(variable))
      continue;
    object.string(variable, value);
  }
  object.close();
}

namespace {

template <typename T>
nlohmann::ordered_json as_json(const T& value) {
  std::string text;
  append_csl_json(text, value);
  return nlohmann::ordered_json::parse(text);
}

}  // namespace

nlohmann::ordered_json to_csl_json(const Name& name) { return as_json(name); }
nlohmann::ordered_json to_csl_json(const Date& date) { return as_json(date); }
nlohmann::ordered_json to_csl_json(const Reference& item) { return as_json(item); }

Result<Reference> reference_from_csl_json(const nlohmann::json& item) {
  if (!item.is_object()) return Error{"invalid-csl-json", "a CSL-JSON item must be an object", {}};
  Reference ref;
  ref.origin = ItemOrigin::document;
  for (const auto& [key, value] : item.items()) {
    if (key == "id") {
      ref.id = value.is_string() ? value.get<std::string>() : value.dump();
    } else if (key == "type") {
      if (!value.is_string()) return shape_error(key, "a string");
      ref.type = value.get<std::string>();
    } else if (is_csl_name_variable(key)) {
      if (!value.is_array()) return shape_error(key, "a list of name objects");
      auto& names = ref.names[key];
      for (const auto& entry : value) {
        auto name = name_from_json(key, entry);
        if (!name) return name.error();
        names.push_back(std::move(*name));
      }
    } else if (is_csl_date_variable(key)) {
      auto date = date_from_json(key, value);
      if (!date) return date.error();
      ref.dates[key] = std::move(*date);
    } else if (value.is_string()) {
      ref.set(key, value.get<std::string>());
    } else if (value.is_number() || value.is_boolean()) {
      ref.set(key, value.dump());
    }
    // Nested objects outside CSL (e.g. Zotero's "system_id") carry nothing citekit uses.
  }
  return ref;
}

Result<Reference> reference_from_csl_json_text(std::string_view text) {
  auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Error{"invalid-csl-json", "not valid JSON", {}};
  return reference_from_csl_json(json);
}

}  // namespace citekit
