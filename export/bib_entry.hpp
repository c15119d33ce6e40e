#pragma once
// What BibTeX and BibLaTeX share: the entry text, name lists, and the engine
// that fills an entry's fields from CSL variables by a mapping table.

#include "core/reference.hpp"
#include "export/latex_escape.hpp"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::exporting {

class BibEntry {
 public:
  BibEntry(std::string type, std::string key);

  // Adds `name = {value}`. An empty value, or a field already set, is skipped
  // (returns false): the first mapping to a field wins.
  bool add(std::string_view name, std::string value);
  // Adds `name = value` without braces, for BibTeX's month macros (jan..dec).
  bool add_macro(std::string_view name, std::string value);
  bool has(std::string_view name) const;
  const std::string& type() const { return type_; }

  // "@type{key,\n  name = {value},\n  ...\n}\n"
  std::string text() const;

 private:
  struct Field {
    std::string name;
    std::string value;
    bool braced;
  };
  bool add_field(std::string_view name, std::string value, bool braced);

  std::string type_;
  std::string key_;
  std::vector<Field> fields_;
};

// The entries one after another, a blank line between them.
std::string bib_file(const std::vector<BibEntry>& entries);

// How a field's value is made from the item.
enum class BibValue {
  text,          // the variable, escaped
  title,         // the variable, escaped, acronyms and proper nouns braced
  url,           // the variable as a URI (bib_url): url is read verbatim
  ascii_url,     // the same with non-ASCII percent-encoded, for classic BibTeX
  url_command,   // \url{ascii_url}, for BibTeX's howpublished
  verbatim,      // the variable with what would break the entry encoded (bib_verbatim): doi
  isbn,          // the variable, escaped, when its check digit is right (biber checks it)
  issn,          // the same for an ISSN
  pubstate,      // a text-only date that is a publication state ("forthcoming") as biblatex's key
  pages,         // the variable with "--" between first and last page
  names,         // the name variable: "Family, Given and {Organisation}"
  iso_date,      // the date variable in ISO 8601/EDTF: "2020-11-23", "1999~", "2001/2003"
  year,          // the date variable's year, or "2001--2003" for a range
  month,         // the date variable's month as a BibTeX macro (jan..dec)
};

// One row of a mapping table: CSL `variable` -> .bib `field`, for the entry
// types listed (space-separated; empty: every type).
struct BibRule {
  BibValue value;
  std::string_view variable;
  std::string_view field;
  std::string_view entry_types = {};
};

// Whether an entry type may hold a field (BibLaTeX's data model); nullptr:
// any field (classic BibTeX ignores fields a style does not use).
using FieldFilter = bool (*)(std::string_view entry_type, std::string_view field);

// Fills `entry` from `item`, rule by rule in table order, skipping fields
// the entry's type may not hold. Each variable fills at most one field (the
// first matching rule that gives a value), except that year and month both
// read the same date.
void add_mapped_fields(BibEntry& entry, const Reference& item, std::span<const BibRule> rules,
                       LatexCharset charset, FieldFilter allows = nullptr);

// Whether `entry` has every field in `required` (space-separated; "url|doi":
// any one of them).
bool has_required_fields(const BibEntry& entry, std::string_view required);

// The entry built (by `build`) as each of `candidates` (space-separated
// entry types, best first) in turn: the first that has the fields its type
// requires (`required`), else the last. So a chapter without editors becomes
// @inbook rather than an @incollection that tools reject.
BibEntry first_complete_entry(std::string_view candidates, const std::function<BibEntry(std::string_view)>& build,
                              std::string_view (*required)(std::string_view entry_type));

// `text` for a verbatim field (doi): whitespace, braces and backslashes,
// which would end or break the field, percent-encoded; the rest as it is.
std::string bib_verbatim(std::string_view text);

// A person as "von Last, Jr, First" ("van Beethoven, Ludwig"); an organisation
// braced, so it is never split into given and family names ("{NATO}").
std::string bib_name(const Name& name, LatexCharset charset);
// The names joined by " and ".
std::string bib_names(const std::vector<Name>& names, LatexCharset charset);

}  // namespace citekit::exporting
