#include "export/bib_entry.hpp"

#include "core/text.hpp"
#include "export/case_protection.hpp"
#include "export/identifiers.hpp"
#include "export/page_range.hpp"
#include "export/uri.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace citekit::exporting {

BibEntry::BibEntry(std::string type, std::string key) : type_(std::move(type)), key_(std::move(key)) {}

bool BibEntry::add(std::string_view name, std::string value) { return add_field(name, std::move(value), true); }

bool BibEntry::add_macro(std::string_view name, std::string value) {
  return add_field(name, std::move(value), false);
}

bool BibEntry::has(std::string_view name) const {
  return std::any_of(fields_.begin(), fields_.end(), [&](const Field& f) { return f.name == name; });
}

bool BibEntry::add_field(std::string_view name, std::string value, bool braced) {
  if (value.empty() || has(name)) return false;
  fields_.push_back({std::string(name), std::move(value), braced});
  return true;
}

// The key is always followed by a comma: "@book{key\n}" is a syntax error
// to biber and BibTeX.
std::string BibEntry::text() const {
  std::string out = "@" + type_ + "{" + key_ + ",";
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const Field& field = fields_[i];
    out += "\n  " + field.name + " = ";
    out += field.braced ? "{" + field.value + "}" : field.value;
    if (i + 1 < fields_.size()) out += ',';
  }
  return out + "\n}\n";
}

std::string bib_file(const std::vector<BibEntry>& entries) {
  std::string out;
  for (const auto& entry : entries) {
    if (!out.empty()) out += '\n';
    out += entry.text();
  }
  return out;
}

namespace {

bool applies_to(std::string_view entry_types, std::string_view entry_type) {
  if (entry_types.empty()) return true;
  for (auto type : split(entry_types, ' '))
    if (type == entry_type) return true;
  return false;
}

// EDTF (ISO 8601-2) as biber reads it: seasons as months 21-24, "~" for circa.
std::string edtf_point(const DateParts& point, const Date& date) {
  Date single;
  single.parts = {point};
  if (date.season && !point.month) single.parts[0].month = 20 + date.season;
  std::string out = single.iso();
  return date.circa ? out + "~" : out;
}

std::string iso_date(const Date& date) {
  if (date.parts.empty() || date.year() == 0) return {};
  std::string out = edtf_point(date.parts.front(), date);
  if (date.parts.size() > 1) out += "/" + edtf_point(date.parts[1], date);
  return out;
}

std::string year(const Date& date, LatexCharset charset) {
  if (date.parts.empty()) return escape_latex(date.literal, charset);
  if (date.year() == 0) return {};
  std::string out = std::to_string(date.year());
  if (date.parts.size() > 1 && date.parts[1].year != date.year()) out += "--" + std::to_string(date.parts[1].year);
  return out;
}

std::string month_macro(const Date& date) {
  static constexpr std::array<const char*, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  if (date.parts.size() != 1) return {};
  int month = date.parts.front().month;
  return month >= 1 && month <= 12 ? kMonths[static_cast<std::size_t>(month - 1)] : std::string{};
}

// biblatex's publication states, by the words a note uses for them.
std::string pubstate(const Date& date) {
  struct State {
    std::string_view words;
    std::string_view key;
  };
  static constexpr State kStates[] = {{"forthcoming", "forthcoming"}, {"in press", "inpress"},
                                      {"in-press", "inpress"},         {"submitted", "submitted"},
                                      {"in preparation", "inpreparation"}, {"prepublished", "prepublished"}};
  if (!date.parts.empty()) return {};
  std::string words = to_lower_ascii(trim(date.literal));
  for (const auto& state : kStates)
    if (words == state.words) return std::string(state.key);
  return {};
}

std::string date_value(BibValue value, const Date& date, LatexCharset charset) {
  switch (value) {
    case BibValue::iso_date: return iso_date(date);
    case BibValue::pubstate: return pubstate(date);
    case BibValue::year: return year(date, charset);
    case BibValue::month: return month_macro(date);
    default: return {};
  }
}

std::string variable_value(BibValue value, std::string_view text, LatexCharset charset) {
  switch (value) {
    case BibValue::text: return escape_latex(text, charset);
    case BibValue::title: return protect_case(text, charset);
    case BibValue::url: return any_uri(text);
    case BibValue::ascii_url: return any_uri(text, NonAscii::encode);
    case BibValue::url_command: return text.empty() ? std::string{} : "\\url{" + any_uri(text, NonAscii::encode) + "}";
    case BibValue::verbatim: return bib_verbatim(text);
    case BibValue::isbn: return is_valid_isbn(text) ? escape_latex(text, charset) : std::string{};
    case BibValue::issn: return is_valid_issn(text) ? escape_latex(text, charset) : std::string{};
    case BibValue::pages: return escape_latex(bib_page_range(text), charset);
    default: return {};
  }
}

std::string rule_value(const BibRule& rule, const Reference& item, LatexCharset charset) {
  switch (rule.value) {
    case BibValue::names: {
      auto it = item.names.find(rule.variable);
      return it == item.names.end() ? std::string{} : bib_names(it->second, charset);
    }
    case BibValue::iso_date:
    case BibValue::pubstate:
    case BibValue::year:
    case BibValue::month: {
      const Date* date = item.date(rule.variable);
      return date ? date_value(rule.value, *date, charset) : std::string{};
    }
    default: return variable_value(rule.value, item.get(rule.variable), charset);
  }
}

// A name part BibTeX would split: one containing a comma or the word "and".
bool needs_braces(std::string_view part) {
  if (part.find(',') != std::string_view::npos) return true;
  for (auto word : split(part, ' '))
    if (iequals_ascii(word, "and")) return true;
  return false;
}

std::string name_part(std::string_view part, LatexCharset charset) {
  std::string escaped = escape_latex(part, charset);
  return needs_braces(part) ? "{" + escaped + "}" : escaped;
}

// Month macros go unbraced so that styles can localise them.
bool add_value(BibEntry& entry, const BibRule& rule, std::string value) {
  if (rule.value == BibValue::month) return entry.add_macro(rule.field, std::move(value));
  return entry.add(rule.field, std::move(value));
}

}  // namespace

void add_mapped_fields(BibEntry& entry, const Reference& item, std::span<const BibRule> rules,
                       LatexCharset charset, FieldFilter allows) {
  std::set<std::string_view> used;
  for (const auto& rule : rules) {
    if (!applies_to(rule.entry_types, entry.type()) || used.count(rule.variable)) continue;
    if (allows && !allows(entry.type(), rule.field)) continue;
    bool added = add_value(entry, rule, rule_value(rule, item, charset));
    bool shares_date = rule.value == BibValue::year || rule.value == BibValue::month;
    if (added && !shares_date) used.insert(rule.variable);
  }
}

bool has_required_fields(const BibEntry& entry, std::string_view required) {
  for (auto group : split(required, ' ')) {
    if (group.empty()) continue;
    auto alternatives = split(group, '|');
    bool any = std::any_of(alternatives.begin(), alternatives.end(),
                           [&](std::string_view field) { return entry.has(field); });
    if (!any) return false;
  }
  return true;
}

BibEntry first_complete_entry(std::string_view candidates, const std::function<BibEntry(std::string_view)>& build,
                              std::string_view (*required)(std::string_view entry_type)) {
  auto types = split(candidates, ' ');
  for (std::size_t i = 0; i + 1 < types.size(); ++i) {
    BibEntry entry = build(types[i]);
    if (has_required_fields(entry, required(types[i]))) return entry;
  }
  return build(types.back());
}

std::string bib_verbatim(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '{' || c == '}' || c == '\\') append_percent_encoded(out, u);
    else out += c;
  }
  return out;
}

std::string bib_name(const Name& name, LatexCharset charset) {
  if (name.is_organisation()) return "{" + escape_latex(name.literal, charset) + "}";
  if (name.family.empty()) return name_part(name.given, charset);  // a single name ("Plato")
  std::string von = name.dropping_particle;
  if (!name.non_dropping_particle.empty()) von += (von.empty() ? "" : " ") + name.non_dropping_particle;
  std::string out = von.empty() ? "" : name_part(von, charset) + " ";
  out += name_part(name.family, charset);
  if (!name.suffix.empty()) out += ", " + name_part(name.suffix, charset);
  if (!name.given.empty() || !name.suffix.empty()) out += ", " + name_part(name.given, charset);
  return out;
}

std::string bib_names(const std::vector<Name>& names, LatexCharset charset) {
  std::vector<std::string> parts;
  for (const auto& name : names) parts.push_back(bib_name(name, charset));
  return join(parts, " and ");
}

}  // namespace citekit::exporting
