// BibLaTeX for biber: UTF-8 kept, ISO 8601 dates (date, urldate), the entry
// types biblatex has for web pages, reports, theses and legislation.

#include "export/bib_entry.hpp"
#include "export/mapping_table.hpp"
#include "export/writers.hpp"

namespace citekit::exporting {
namespace {

constexpr auto kCharset = LatexCharset::utf8;

struct TypeRule {
  std::string_view csl_type;
  std::string_view entry_type;
  std::string_view entry_subtype;  // biblatex-chicago and others tell newspapers apart by it
};

// CSL type -> BibLaTeX entry type; anything else is @misc.
constexpr TypeRule kTypes[] = {
    {"article", "article", ""},
    {"article-journal", "article", ""},
    {"article-magazine", "article", "magazine"},
    {"article-newspaper", "article", "newspaper"},
    {"book", "book", ""},
    {"classic", "book", ""},
    {"chapter", "incollection", ""},
    {"entry", "inreference", ""},
    {"entry-dictionary", "inreference", ""},
    {"entry-encyclopedia", "inreference", ""},
    {"paper-conference", "inproceedings", ""},
    {"report", "report", ""},
    {"thesis", "thesis", ""},
    {"webpage", "online", ""},
    {"post", "online", ""},
    {"post-weblog", "online", ""},
    {"legislation", "legislation", ""},
    {"bill", "legislation", ""},
    {"regulation", "legislation", ""},
    {"legal_case", "jurisdiction", ""},
    {"manuscript", "unpublished", ""},
    {"pamphlet", "booklet", ""},
    {"patent", "patent", ""},
    {"dataset", "dataset", ""},
    {"software", "software", ""},
    {"periodical", "periodical", ""},
};

// CSL variable -> BibLaTeX field, in the order the fields are written.
constexpr BibRule kFields[] = {
    {BibValue::names, "author", "author"},
    {BibValue::names, "editor", "editor"},
    {BibValue::names, "translator", "translator"},
    {BibValue::names, "container-author", "bookauthor"},
    {BibValue::title, "title", "title"},
    {BibValue::text, "container-title", "journaltitle", "article periodical"},
    {BibValue::text, "container-title", "booktitle", "incollection inproceedings inreference"},
    {BibValue::text, "container-title", "maintitle", "book"},
    {BibValue::text, "container-title", "titleaddon"},  // @online has no container: the site's name
    {BibValue::text, "collection-title", "series"},
    {BibValue::text, "edition", "edition"},
    {BibValue::text, "volume", "volume"},
    {BibValue::text, "issue", "number"},
    {BibValue::text, "number", "number"},
    {BibValue::pages, "page", "pages"},
    {BibValue::text, "number-of-pages", "pagetotal"},
    {BibValue::text, "genre", "type"},
    {BibValue::text, "publisher", "institution", "report thesis"},
    {BibValue::text, "publisher", "organization", "online misc legislation"},
    {BibValue::text, "publisher", "publisher"},
    {BibValue::text, "publisher-place", "location"},
    {BibValue::iso_date, "issued", "date"},
    {BibValue::literal_date, "issued", "year"},  // "n.d.": biber takes any text in year
    {BibValue::verbatim, "URL", "url"},
    {BibValue::iso_date, "accessed", "urldate"},
    {BibValue::verbatim, "DOI", "doi"},
    {BibValue::text, "ISBN", "isbn"},
    {BibValue::text, "ISSN", "issn"},
    {BibValue::text, "abstract", "abstract"},
    {BibValue::text, "note", "note"},
};

BibEntry biblatex_entry(const Reference& item) {
  const TypeRule* rule = find_type_row(kTypes, item.type);
  std::string_view type = rule ? rule->entry_type : "misc";
  BibEntry entry(std::string(type), item.id);
  if (rule) entry.add("entrysubtype", std::string(rule->entry_subtype));
  add_mapped_fields(entry, type, item, kFields, kCharset);
  return entry;
}

}  // namespace

std::string write_biblatex(const std::vector<Work>& works) {
  std::vector<BibEntry> entries;
  for (const auto& work : works) entries.push_back(biblatex_entry(work.item));
  return bib_file(entries);
}

}  // namespace citekit::exporting
