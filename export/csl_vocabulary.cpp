#include "export/csl_vocabulary.hpp"

#include <algorithm>
#include <array>

namespace citekit::exporting {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

constexpr std::array<std::string_view, 45> kItemTypes{
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
    "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
    "pamphlet", "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report", "review",
    "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"};

// csl-data.json: items.properties (the item has additionalProperties: false).
constexpr std::array<std::string_view, 103> kJsonProperties{
    "type", "id", "citation-key", "categories", "language", "journalAbbreviation", "shortTitle",
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
    "guest", "host", "interviewer", "illustrator", "narrator", "organizer", "original-author",
    "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
    "translator", "accessed", "available-date", "event-date", "issued", "original-date",
    "submitted", "abstract", "annote", "archive", "archive_collection", "archive_location",
    "archive-place", "authority", "call-number", "chapter-number", "citation-number",
    "citation-label", "collection-number", "collection-title", "container-title",
    "container-title-short", "dimensions", "division", "DOI", "edition", "event", "event-title",
    "event-place", "first-reference-note-number", "genre", "ISBN", "ISSN", "issue", "jurisdiction",
    "keyword", "locator", "medium", "note", "number", "number-of-pages", "number-of-volumes",
    "original-publisher", "original-publisher-place", "original-title", "page", "page-first",
    "part", "part-title", "PMCID", "PMID", "printing", "publisher", "publisher-place",
    "references", "reviewed-genre", "reviewed-title", "scale", "section", "source", "status",
    "supplement", "title", "title-short", "URL", "version", "volume", "volume-title",
    "volume-title-short", "year-suffix", "custom"};

// csl-variables.rnc: variables.numbers, variables.titles, variables.strings.
constexpr std::array<std::string_view, 63> kXmlVariables{
    "chapter-number", "citation-number", "collection-number", "edition",
    "first-reference-note-number", "issue", "locator", "number", "number-of-pages",
    "number-of-volumes", "page", "page-first", "part-number", "printing-number", "section",
    "supplement-number", "version", "volume", "collection-title", "container-title",
    "original-title", "part-title", "reviewed-title", "title", "volume-title", "abstract",
    "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
    "call-number", "citation-key", "citation-label", "dimensions", "division", "DOI", "event",
    "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction", "keyword", "language",
    "license", "medium", "note", "original-publisher", "original-publisher-place", "PMCID", "PMID",
    "publisher", "publisher-place", "references", "reviewed-genre", "scale", "source", "status",
    "URL", "year-suffix"};

// csl-variables.rnc: variables.names.
constexpr std::array<std::string_view, 27> kXmlNameVariables{
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editor-translator", "editorial-director",
    "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator", "organizer",
    "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
    "series-creator", "translator"};

}  // namespace

bool is_csl_item_type(std::string_view type) { return contains(kItemTypes, type); }

std::string_view csl_item_type(std::string_view type) { return is_csl_item_type(type) ? type : "document"; }

bool is_csl_json_property(std::string_view key) { return contains(kJsonProperties, key); }

bool is_csl_xml_variable(std::string_view variable) { return contains(kXmlVariables, variable); }

bool is_csl_xml_name_variable(std::string_view variable) { return contains(kXmlNameVariables, variable); }

}  // namespace citekit::exporting
