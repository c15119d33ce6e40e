// RIS: "TAG  - value" lines, one record per item from "TY  - " to "ER  - ",
// the tags as EndNote and Zotero read them.

#include "core/text.hpp"
#include "export/mapping_table.hpp"
#include "export/page_range.hpp"
#include "export/writers.hpp"

#include <cstdio>
#include <set>

namespace citekit::exporting {
namespace {

// What M1 holds besides a number: the access date, where the RIS
// specification (and readers that follow it, such as citation-js) read M1
// as one or leave it free. For other types it means a start page (NEWS), a
// series number (BOOK) or an issue (MGZN), so the access date is in Y2 only.
enum class M1 { number_only, access_date };

struct TypeRule {
  std::string_view csl_type;
  std::string_view ris_type;
  M1 m1 = M1::number_only;
  // RIS has no general tag for a number: reports keep theirs in SN, as
  // Zotero reads it; bills and the rest in M1.
  std::string_view number_tag = "M1";
  // The type for a work with editors and no authors (an edited book), whose
  // AU lines are then its editors, as the RIS specification has it.
  std::string_view edited_ris_type = {};
};

// CSL type -> RIS reference type; anything else is GEN. Legislation and
// regulations are RPRT: what notes cite as legislation is mostly a body's
// resolution read on the web (UN Security Council Resolution 1244), and the
// RIS specification gives STAT neither an author nor an access date.
constexpr TypeRule kTypes[] = {
    {"webpage", "ELEC", M1::access_date},
    {"post", "ELEC", M1::access_date},
    {"post-weblog", "BLOG", M1::access_date},
    {"article-newspaper", "NEWS"},
    {"article-journal", "JOUR", M1::access_date},
    {"article", "JOUR", M1::access_date},
    {"article-magazine", "MGZN"},
    {"book", "BOOK", M1::number_only, "M1", "EDBOOK"},
    {"classic", "BOOK", M1::number_only, "M1", "EDBOOK"},
    {"chapter", "CHAP", M1::access_date},
    {"report", "RPRT", M1::number_only, "SN"},
    {"legislation", "RPRT", M1::number_only, "SN"},
    {"regulation", "RPRT", M1::number_only, "SN"},
    {"bill", "BILL"},
    {"thesis", "THES"},
    {"legal_case", "CASE", M1::access_date},
    {"paper-conference", "CPAPER", M1::access_date},
    {"entry-encyclopedia", "ENCYC", M1::access_date},
    {"entry-dictionary", "DICT"},
    {"manuscript", "MANSCPT"},
    {"map", "MAP", M1::access_date},
    {"motion_picture", "MPCT", M1::access_date},
    {"patent", "PAT"},
    {"software", "COMP", M1::access_date},
    {"dataset", "DATA", M1::access_date},
    {"pamphlet", "PAMP"},
    {"personal_communication", "PCOMM"},
    {"hearing", "HEAR"},
    {"graphic", "ART"},
    {"song", "SOUND"},
};
constexpr TypeRule kGeneric{"", "GEN"};

enum class RisValue { names, text, year, date, first_page, last_page, number };

struct RisRule {
  std::string_view tag;  // empty for the number, whose tag depends on the type
  RisValue value;
  std::string_view variable;
};

// CSL variable -> RIS tag, in the order the lines are written. Names give a
// line each; any other tag is written once, by its first rule with a value
// (so a report's number in SN comes before an ISBN, and the access date goes
// to M1 only when no number took it, and only for the types in which M1 can
// hold it).
constexpr RisRule kFields[] = {
    {"AU", RisValue::names, "author"},
    {"A2", RisValue::names, "editor"},
    {"A3", RisValue::names, "collection-editor"},
    {"A4", RisValue::names, "translator"},
    {"TI", RisValue::text, "title"},
    {"T2", RisValue::text, "container-title"},
    {"T3", RisValue::text, "collection-title"},
    {"PY", RisValue::year, "issued"},
    {"DA", RisValue::date, "issued"},
    {"SP", RisValue::first_page, "page"},
    {"EP", RisValue::last_page, "page"},
    {"VL", RisValue::text, "volume"},
    {"IS", RisValue::text, "issue"},
    {"", RisValue::number, "number"},
    {"ET", RisValue::text, "edition"},
    {"M3", RisValue::text, "genre"},
    {"PB", RisValue::text, "publisher"},
    {"CY", RisValue::text, "publisher-place"},
    {"SN", RisValue::text, "ISBN"},
    {"SN", RisValue::text, "ISSN"},
    {"DO", RisValue::text, "DOI"},
    {"UR", RisValue::text, "URL"},
    {"Y2", RisValue::date, "accessed"},
    {"M1", RisValue::date, "accessed"},
    {"AB", RisValue::text, "abstract"},
    {"N1", RisValue::text, "note"},
};

// "Family, Given, Suffix" with particles before the family name; an
// organisation as written.
std::string ris_name(const Name& name) {
  if (name.is_organisation()) return name.literal;
  std::vector<std::string> family;
  for (const auto* part : {&name.dropping_particle, &name.non_dropping_particle, &name.family})
    if (!part->empty()) family.push_back(*part);
  std::string out = join(family, " ");
  if (!name.given.empty()) out += (out.empty() ? "" : ", ") + name.given;
  if (!name.suffix.empty()) out += ", " + name.suffix;
  return out;
}

// The RIS date form "YYYY/MM/DD/" with unknown parts left empty ("2020///");
// a date given only as text goes in the trailing free-text part.
std::string ris_date(const Date& date) {
  if (date.parts.empty()) return "///" + date.literal;
  const DateParts& p = date.parts.front();
  if (p.year == 0) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d/", p.year);
  std::string out = buffer;
  for (int part : {p.month, p.day}) {
    if (part) {
      std::snprintf(buffer, sizeof buffer, "%02d", part);
      out += buffer;
    }
    out += '/';
  }
  return out;
}

std::string date_value(RisValue value, const Date* date) {
  if (!date) return {};
  if (value == RisValue::year) return date->year() ? std::to_string(date->year()) : std::string{};
  return ris_date(*date);
}

std::string rule_value(const RisRule& rule, const Reference& item) {
  switch (rule.value) {
    case RisValue::year:
    case RisValue::date: return date_value(rule.value, item.date(rule.variable));
    case RisValue::first_page: return split_page_range(item.get(rule.variable)).first;
    case RisValue::last_page: return split_page_range(item.get(rule.variable)).last;
    default: return std::string(item.get(rule.variable));
  }
}

// One line: RIS values cannot continue on the next line, and control
// characters have no place in them.
void add_line(std::string& out, std::string_view tag, std::string_view value) {
  out += tag;
  out += "  - ";
  for (char c : collapse_whitespace(value))
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  out += '\n';
}

bool is_edited(const Reference& item) {
  auto editors = item.names.find("editor");
  return item.authors().empty() && editors != item.names.end() && !editors->second.empty();
}

// The name variable written under `tag`: an edited book's AU are its editors.
std::string_view names_variable(const RisRule& rule, bool edited) {
  if (!edited) return rule.variable;
  if (rule.tag == "AU") return "editor";
  return rule.variable == "editor" ? std::string_view{} : rule.variable;
}

std::string ris_record(const Reference& item) {
  const TypeRule* type = find_type_row(kTypes, item.type);
  if (!type) type = &kGeneric;
  const bool edited = !type->edited_ris_type.empty() && is_edited(item);
  std::string out;
  add_line(out, "TY", edited ? type->edited_ris_type : type->ris_type);
  if (!item.id.empty()) add_line(out, "ID", item.id);  // the citation key, RIS's reference ID
  std::set<std::string_view> written;
  for (const auto& rule : kFields) {
    if (rule.value == RisValue::names) {
      auto it = item.names.find(names_variable(rule, edited));
      if (it != item.names.end())
        for (const auto& name : it->second) add_line(out, rule.tag, ris_name(name));
      continue;
    }
    std::string_view tag = rule.value == RisValue::number ? type->number_tag : rule.tag;
    bool access_in_m1 = tag == "M1" && rule.variable == "accessed";
    if (access_in_m1 && type->m1 != M1::access_date) continue;
    std::string value = rule_value(rule, item);
    if (value.empty() || written.count(tag)) continue;
    add_line(out, tag, value);
    written.insert(tag);
  }
  out += "ER  - \n";
  return out;
}

}  // namespace

std::string write_ris(const std::vector<Work>& works) {
  std::string out;
  for (const auto& work : works) {
    if (!out.empty()) out += '\n';
    out += ris_record(work.item);
  }
  return out;
}

}  // namespace citekit::exporting
