#include "core/reference.hpp"

#include <cstdio>

namespace citekit {

std::string Name::display() const {
  if (is_organisation()) return literal;
  std::string out = given;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
  };
  add(dropping_particle);
  add(non_dropping_particle);
  add(family);
  if (!suffix.empty()) out += ", " + suffix;
  return out;
}

namespace {

std::string iso_point(const DateParts& p) {
  char buffer[32];
  if (p.month && p.day)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", p.year, p.month, p.day);
  else if (p.month)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", p.year, p.month);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", p.year);
  return buffer;
}

}  // namespace

std::string Date::iso() const {
  if (parts.empty()) return literal;
  std::string out = iso_point(parts.front());
  if (parts.size() > 1) out += "/" + iso_point(parts[1]);
  return out;
}

std::string_view Reference::get(std::string_view variable) const {
  auto it = variables.find(variable);
  return it == variables.end() ? std::string_view{} : std::string_view{it->second};
}

void Reference::set(std::string_view variable, std::string value) {
  if (value.empty()) {
    auto it = variables.find(variable);
    if (it != variables.end()) variables.erase(it);
    return;
  }
  variables.insert_or_assign(std::string(variable), std::move(value));
}

const std::vector<Name>& Reference::authors() const {
  static const std::vector<Name> none;
  auto it = names.find("author");
  return it == names.end() ? none : it->second;
}

const Date* Reference::date(std::string_view variable) const {
  auto it = dates.find(variable);
  return it == dates.end() || it->second.empty() ? nullptr : &it->second;
}

std::string_view to_string(CitationForm form) {
  switch (form) {
    case CitationForm::full: return "full";
    case CitationForm::short_form: return "short";
    case CitationForm::ibid: return "ibid";
  }
  return "full";
}

}  // namespace citekit
