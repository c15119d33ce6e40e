// BibLaTeX for biber: UTF-8 kept, ISO 8601 dates (date, urldate), the entry
// types biblatex has for web pages, reports and theses, and only the fields
// biber's data model allows each type, so that biber validates every entry.

#include "core/text.hpp"
#include "export/bib_entry.hpp"
#include "export/biblatex_datamodel.hpp"
#include "export/mapping_table.hpp"
#include "export/writers.hpp"

namespace citekit::exporting {
namespace {

constexpr auto kCharset = LatexCharset::utf8;

struct TypeRule {
  std::string_view csl_type;
  // Entry types to try, best first: the first whose required fields the
  // item fills (a chapter without editors is @inbook, a web page without a
  // URL @misc).
  std::string_view entry_types;
  std::string_view entry_subtype = {};  // on the first entry type only
  std::string_view default_genre = {};  // for `type`, which @report and @thesis require
};

// CSL type -> BibLaTeX entry types; anything else is @misc. Legislation
// (UN resolutions and the like) is a @report: biblatex's @legislation has no
// fields in biber's data model and the standard styles do not support it.
constexpr TypeRule kTypes[] = {
    {"article", "article misc"},
    {"article-journal", "article misc"},
    {"article-magazine", "article misc", "magazine"},
    {"article-newspaper", "article misc", "newspaper"},
    {"book", "book collection misc"},
    {"classic", "book collection misc"},
    {"chapter", "incollection inbook misc"},
    {"entry", "inreference inbook misc"},
    {"entry-dictionary", "inreference inbook misc"},
    {"entry-encyclopedia", "inreference inbook misc"},
    {"paper-conference", "inproceedings misc"},
    {"report", "report misc", {}, "Report"},
    {"legislation", "report misc", {}, "Legislation"},
    {"bill", "report misc", {}, "Bill"},
    {"regulation", "report misc", {}, "Regulation"},
    {"treaty", "report misc", {}, "Treaty"},
    {"thesis", "thesis misc", {}, "Thesis"},
    {"webpage", "online misc"},
    {"post", "online misc"},
    {"post-weblog", "online misc"},
    {"manuscript", "unpublished misc"},
    {"pamphlet", "booklet misc"},
    {"patent", "patent misc"},
    {"dataset", "dataset misc"},
    {"software", "software"},
    {"periodical", "periodical misc"},
};
constexpr TypeRule kOther{"", "misc"};

// CSL variable -> BibLaTeX field, in the order the fields are written. A
// variable goes to the first field its entry type allows: a container is a
// journal, a book, a main title or (for web pages) the publishing
// organisation; a publisher an institution, a publisher or an organisation.
constexpr BibRule kFields[] = {
    {BibValue::names, "author", "author"},
    {BibValue::names, "editor", "editor"},
    {BibValue::names, "translator", "translator"},
    {BibValue::names, "container-author", "bookauthor"},
    {BibValue::title, "title", "title"},
    {BibValue::text, "container-title", "journaltitle"},  // periodical titles are never case-changed
    {BibValue::title, "container-title", "booktitle"},
    {BibValue::title, "container-title", "maintitle"},
    {BibValue::text, "container-title", "howpublished"},
    {BibValue::text, "container-title", "organization"},
    {BibValue::title, "collection-title", "series"},
    {BibValue::text, "edition", "edition"},
    {BibValue::text, "volume", "volume"},
    {BibValue::text, "issue", "number"},
    {BibValue::text, "number", "number"},
    {BibValue::pages, "page", "pages"},
    {BibValue::text, "number-of-pages", "pagetotal"},
    {BibValue::text, "genre", "type"},
    {BibValue::text, "publisher", "institution"},
    {BibValue::text, "publisher", "publisher"},
    {BibValue::text, "publisher", "organization"},
    {BibValue::text, "publisher-place", "location"},
    {BibValue::iso_date, "issued", "date"},
    {BibValue::pubstate, "issued", "pubstate"},  // "forthcoming"; other text-only dates ("n.d.") are left out
    {BibValue::url, "URL", "url"},
    {BibValue::iso_date, "accessed", "urldate"},
    {BibValue::verbatim, "DOI", "doi"},
    {BibValue::isbn, "ISBN", "isbn"},  // a mistyped one is left out: biber rejects it
    {BibValue::issn, "ISSN", "issn"},
    {BibValue::text, "abstract", "abstract"},
    {BibValue::text, "note", "note"},
};

BibEntry entry_of_type(const Reference& item, const TypeRule& rule, std::string_view type) {
  BibEntry entry(std::string(type), item.id);
  if (type == split(rule.entry_types, ' ').front()) entry.add("entrysubtype", std::string(rule.entry_subtype));
  add_mapped_fields(entry, item, kFields, kCharset, biblatex_allows);
  return entry;
}

BibEntry biblatex_entry(const Reference& item) {
  const TypeRule* found = find_type_row(kTypes, item.type);
  const TypeRule& rule = found ? *found : kOther;
  Reference filled = item;
  if (!item.has("genre")) filled.set("genre", std::string(rule.default_genre));
  auto build = [&](std::string_view type) { return entry_of_type(filled, rule, type); };
  return first_complete_entry(rule.entry_types, build, biblatex_required);
}

}  // namespace

std::string write_biblatex(const std::vector<Work>& works) {
  std::vector<BibEntry> entries;
  for (const auto& work : works) entries.push_back(biblatex_entry(work.item));
  return bib_file(entries);
}

}  // namespace citekit::exporting
