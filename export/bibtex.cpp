// BibTeX for the classic styles (plain, plainnat, alpha): ASCII with accent
// commands, year and month fields, web pages as @misc with \url.

#include "core/text.hpp"
#include "export/bib_entry.hpp"
#include "export/mapping_table.hpp"
#include "export/writers.hpp"

namespace citekit::exporting {
namespace {

constexpr auto kCharset = LatexCharset::ascii;

struct TypeRule {
  std::string_view csl_type;
  std::string_view entry_type;
};

// CSL type -> BibTeX entry type; anything else is @misc (web pages,
// legislation, ...), which the classic styles print with howpublished.
constexpr TypeRule kTypes[] = {
    {"article", "article"},          {"article-journal", "article"},     {"article-magazine", "article"},
    {"article-newspaper", "article"}, {"book", "book"},                  {"classic", "book"},
    {"chapter", "incollection"},     {"entry", "incollection"},          {"entry-dictionary", "incollection"},
    {"entry-encyclopedia", "incollection"}, {"paper-conference", "inproceedings"},
    {"report", "techreport"},        {"thesis", "phdthesis"},            {"manuscript", "unpublished"},
    {"pamphlet", "booklet"},
};

// CSL variable -> BibTeX field, in the order the fields are written. The
// access date and the note are merged into one note field below.
constexpr BibRule kFields[] = {
    {BibValue::names, "author", "author"},
    {BibValue::names, "editor", "editor"},
    {BibValue::title, "title", "title"},
    {BibValue::text, "container-title", "journal", "article"},
    {BibValue::text, "container-title", "booktitle", "incollection inproceedings"},
    {BibValue::url_command, "URL", "howpublished", "misc booklet"},
    {BibValue::text, "container-title", "howpublished", "misc booklet"},
    {BibValue::text, "collection-title", "series"},
    {BibValue::text, "edition", "edition"},
    {BibValue::text, "volume", "volume"},
    {BibValue::text, "issue", "number"},
    {BibValue::text, "number", "number"},
    {BibValue::pages, "page", "pages"},
    {BibValue::text, "genre", "type", "techreport phdthesis mastersthesis"},
    {BibValue::text, "publisher", "institution", "techreport"},
    {BibValue::text, "publisher", "school", "phdthesis mastersthesis"},
    {BibValue::text, "publisher", "howpublished", "misc booklet"},
    {BibValue::text, "publisher", "organization", "misc booklet"},
    {BibValue::text, "container-title", "organization", "misc booklet"},  // a web site's name
    {BibValue::text, "publisher", "publisher"},
    {BibValue::text, "publisher-place", "address"},
    {BibValue::year, "issued", "year"},
    {BibValue::month, "issued", "month"},
    {BibValue::verbatim, "URL", "url"},
    {BibValue::verbatim, "DOI", "doi"},
    {BibValue::text, "ISBN", "isbn"},
    {BibValue::text, "ISSN", "issn"},
};

std::string_view entry_type(const Reference& item) {
  const TypeRule* row = find_type_row(kTypes, item.type);
  if (!row) return "misc";
  // The classic styles only know two kinds of thesis.
  if (row->entry_type == "phdthesis" && to_lower_ascii(item.get("genre")).find("master") != std::string::npos)
    return "mastersthesis";
  return row->entry_type;
}

// The item's note and its access date ("Accessed 2020-11-24"): the classic
// styles have no urldate, and print note in every entry type.
std::string note(const Reference& item) {
  std::vector<std::string> parts;
  if (item.has("note")) parts.push_back(escape_latex(item.get("note"), kCharset));
  if (const Date* accessed = item.date("accessed")) parts.push_back("Accessed " + accessed->iso());
  return join(parts, ". ");
}

BibEntry bibtex_entry(const Reference& item) {
  std::string_view type = entry_type(item);
  BibEntry entry(std::string(type), item.id);
  add_mapped_fields(entry, type, item, kFields, kCharset);
  entry.add("note", note(item));
  return entry;
}

}  // namespace

std::string write_bibtex(const std::vector<Work>& works) {
  std::vector<BibEntry> entries;
  for (const auto& work : works) entries.push_back(bibtex_entry(work.item));
  return bib_file(entries);
}

}  // namespace citekit::exporting
