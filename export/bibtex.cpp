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
  // Entry types to try, best first: the first whose container the item has
  // (an article without a journal is @misc).
  std::string_view entry_types;
};

// CSL type -> BibTeX entry types; anything else is @misc (web pages,
// legislation, ...), which the classic styles print with howpublished.
constexpr TypeRule kTypes[] = {
    {"article", "article misc"},          {"article-journal", "article misc"},
    {"article-magazine", "article misc"}, {"article-newspaper", "article misc"},
    {"book", "book"},                     {"classic", "book"},
    {"chapter", "incollection misc"},     {"entry", "incollection misc"},
    {"entry-dictionary", "incollection misc"}, {"entry-encyclopedia", "incollection misc"},
    {"paper-conference", "inproceedings misc"}, {"report", "techreport"},
    {"thesis", "phdthesis"},              {"manuscript", "unpublished"},
    {"pamphlet", "booklet"},
};
constexpr TypeRule kOther{"", "misc"};

// The container an entry type cannot do without. Other missing fields (a
// book's publisher) only make BibTeX warn, and the type still fits the work.
std::string_view required_container(std::string_view entry_type) {
  if (entry_type == "article") return "journal";
  if (entry_type == "incollection" || entry_type == "inproceedings") return "booktitle";
  return {};
}

// CSL variable -> BibTeX field, in the order the fields are written. The
// access date and the note are merged into one note field below.
constexpr BibRule kFields[] = {
    {BibValue::names, "author", "author"},
    {BibValue::names, "editor", "editor"},
    {BibValue::title, "title", "title"},
    {BibValue::text, "container-title", "journal", "article"},  // periodical titles are never case-changed
    {BibValue::title, "container-title", "booktitle", "incollection inproceedings"},
    {BibValue::url_command, "URL", "howpublished", "misc booklet"},
    {BibValue::text, "container-title", "howpublished", "misc booklet"},
    {BibValue::title, "collection-title", "series"},
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
    {BibValue::ascii_url, "URL", "url"},
    {BibValue::verbatim, "DOI", "doi"},
    {BibValue::text, "ISBN", "isbn"},
    {BibValue::text, "ISSN", "issn"},
};

std::string_view entry_types(const Reference& item) {
  const TypeRule* row = find_type_row(kTypes, item.type);
  if (!row) return kOther.entry_types;
  // The classic styles only know two kinds of thesis.
  if (row->entry_types == "phdthesis" && to_lower_ascii(item.get("genre")).find("master") != std::string::npos)
    return "mastersthesis";
  return row->entry_types;
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
  auto build = [&](std::string_view type) {
    BibEntry entry(std::string(type), item.id);
    add_mapped_fields(entry, item, kFields, kCharset);
    entry.add("note", note(item));
    return entry;
  };
  return first_complete_entry(entry_types(item), build, required_container);
}

}  // namespace

std::string write_bibtex(const std::vector<Work>& works) {
  std::vector<BibEntry> entries;
  for (const auto& work : works) entries.push_back(bibtex_entry(work.item));
  return bib_file(entries);
}

}  // namespace citekit::exporting
