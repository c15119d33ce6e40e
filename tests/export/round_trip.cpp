#include "tests/export/round_trip.hpp"

#include "core/text.hpp"
#include "tests/catch.hpp"

namespace citekit::test {
namespace {

std::string json_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  return value.dump();
}

// A name in full ("Ludwig van Beethoven", "Martin Luther King Jr."), with
// the particles together: readers differ on which kind a particle is.
std::string full_name(const std::string& given, const std::string& particles, const std::string& family,
                      const std::string& suffix) {
  std::vector<std::string> parts;
  for (const auto* part : {&given, &particles, &family, &suffix})
    if (!part->empty()) parts.push_back(*part);
  return join(parts, " ");
}

std::string written_name(const Name& name) {
  if (name.is_organisation()) return "organisation " + name.literal;
  std::string particles(trim(name.dropping_particle + " " + name.non_dropping_particle));
  return "person " + full_name(name.given, particles, name.family, name.suffix);
}

std::string read_name(const nlohmann::json& name) {
  if (name.contains("literal")) return "organisation " + json_text(name["literal"]);
  std::string particles(trim(json_text(name.value("dropping-particle", nlohmann::json())) + " " +
                             json_text(name.value("non-dropping-particle", nlohmann::json()))));
  return "person " + full_name(json_text(name.value("given", nlohmann::json())), particles,
                               json_text(name.value("family", nlohmann::json())),
                               json_text(name.value("suffix", nlohmann::json())));
}

// Without the kind, when the format cannot carry it: a family name alone is
// then an organisation's name as much as a person's.
std::string without_kind(const std::string& name) { return name.substr(name.find(' ') + 1); }

std::string names_text(const std::vector<std::string>& names) { return "[" + join(names, "; ") + "]"; }

std::string written_date(const Date* date) {
  if (!date) return "none";
  std::vector<std::string> points;
  for (const auto& p : date->parts) {
    std::string point = std::to_string(p.year);
    if (p.month) point += "-" + std::to_string(p.month);
    if (p.month && p.day) point += "-" + std::to_string(p.day);
    points.push_back(point);
  }
  return points.empty() ? "none" : join(points, "/");
}

// date-parts as numbers or numeric strings, as readers write them.
std::string read_date(const nlohmann::json& item, const std::string& variable) {
  if (!item.contains(variable) || !item[variable].contains("date-parts")) return "none";
  std::vector<std::string> points;
  for (const auto& point : item[variable]["date-parts"]) {
    std::vector<std::string> parts;
    for (const auto& part : point) parts.push_back(std::to_string(part.is_string() ? std::stoi(part.get<std::string>()) : part.get<int>()));
    points.push_back(join(parts, "-"));
  }
  return points.empty() ? "none" : join(points, "/");
}

void compare(std::vector<std::string>& out, const std::string& field, const std::string& wrote, const std::string& read) {
  if (wrote != read) out.push_back(field + ": wrote \"" + wrote + "\", read \"" + read + "\"");
}

}  // namespace

std::vector<std::string> differences(const Reference& written, const nlohmann::json& read, const Comparison& how) {
  std::vector<std::string> out;
  std::vector<std::string> variables{"title", "URL"};
  variables.insert(variables.end(), how.variables.begin(), how.variables.end());
  for (const auto& variable : variables)
    compare(out, variable, std::string(written.get(variable)), json_text(read.value(variable, nlohmann::json())));
  for (const std::string variable : {"author", "editor"}) {
    std::vector<std::string> wrote, got;
    if (auto it = written.names.find(variable); it != written.names.end())
      for (const auto& name : it->second) wrote.push_back(how.name_kinds ? written_name(name) : without_kind(written_name(name)));
    if (read.contains(variable))
      for (const auto& name : read[variable]) got.push_back(how.name_kinds ? read_name(name) : without_kind(read_name(name)));
    compare(out, variable, names_text(wrote), names_text(got));
  }
  for (const std::string variable : {"issued", "accessed"})
    compare(out, variable, written_date(written.date(variable)), read_date(read, variable));
  return out;
}

std::map<std::string, nlohmann::json> items_by_id(const nlohmann::json& items) {
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& item : items) {
    std::string id = json_text(item.value("id", nlohmann::json()));
    if (!by_id.emplace(id, item).second) FAIL("the id " << id << " is read twice");
  }
  return by_id;
}

}  // namespace citekit::test
