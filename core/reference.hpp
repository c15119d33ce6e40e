#pragma once
// The bibliographic model, shaped like CSL (Citation Style Language) data:
// CSL item types and CSL variable names throughout, so that CSL-JSON is the
// identity and every other export is a mapping table.

#include "core/position.hpp"
#include "core/problem.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace citekit {

// A CSL name: a person (family/given) or an institution (literal).
struct Name {
  std::string family;
  std::string given;
  std::string literal;                  // organisations: "UN Security Council"
  std::string non_dropping_particle;    // "van" in "van Gogh" (sorted with family)
  std::string dropping_particle;        // "de" in "Charles de Gaulle"
  std::string suffix;                   // "Jr."

  bool is_organisation() const { return !literal.empty(); }
  // "Patrick Wintour" / "NATO": for people reading reports.
  std::string display() const;
  bool operator==(const Name&) const = default;
};

struct DateParts {
  int year = 0;
  int month = 0;   // 1-12, 0 when unknown
  int day = 0;     // 1-31, 0 when unknown
  bool operator==(const DateParts&) const = default;
};

// A CSL date: one point or a range, or a literal when it cannot be parsed.
struct Date {
  std::vector<DateParts> parts;  // 1 (a point) or 2 (a range)
  int season = 0;                // 1-4 (spring..winter), 0 when none
  bool circa = false;
  std::string literal;           // "n.d.", "forthcoming": kept as written

  bool empty() const { return parts.empty() && literal.empty(); }
  int year() const { return parts.empty() ? 0 : parts.front().year; }
  // ISO 8601 ("2020-11-23", "1999", "2001/2003"), or the literal.
  std::string iso() const;
  bool operator==(const Date&) const = default;
};

// Where an item came from: parsed from note text by citekit, or stored in the
// document by a citation manager (Zotero, Mendeley) and taken as it was.
enum class ItemOrigin { parsed, document };

using StringMap = std::map<std::string, std::string, std::less<>>;

// A CSL item. Variables use CSL names: "title", "container-title",
// "publisher", "publisher-place", "page", "volume", "issue", "URL", "DOI",
// "ISBN", "edition", "collection-title", "genre", "number", "note".
struct Reference {
  std::string id;                   // the citation key, shared by every export
  std::string type = "document";    // CSL item type: "book", "webpage", ...
  std::map<std::string, std::vector<Name>, std::less<>> names;  // "author", "editor", ...
  std::map<std::string, Date, std::less<>> dates;               // "issued", "accessed"
  StringMap variables;
  ItemOrigin origin = ItemOrigin::parsed;

  // The variable's value, or "" when absent.
  std::string_view get(std::string_view variable) const;
  bool has(std::string_view variable) const { return !get(variable).empty(); }
  // Sets a variable; an empty value removes it.
  void set(std::string_view variable, std::string value);
  const std::vector<Name>& authors() const;
  const Date* date(std::string_view variable) const;
  bool operator==(const Reference&) const = default;
};

// Where a reference's text was found.
enum class ReferenceSource { note, list_entry };

// The text of one reference as found in a note or a reference list, before
// any parsing.
struct RawReference {
  ReferenceSource source = ReferenceSource::note;
  std::size_t note = 0;    // index into Document::notes (a note's reference)
  std::string note_id;     // that note's id, for messages
  std::size_t entry = 0;   // index into Document::entries (a list's entry)
  std::size_t index = 0;   // 0-based position among the note's references
  std::string text;
  Position position;
};

// How a citation refers to its work.
enum class CitationForm { full, short_form, ibid };
std::string_view to_string(CitationForm form);

// One reference occurrence in a note, parsed into an item and linked to the
// distinct work it cites.
struct Citation {
  RawReference raw;
  Reference item;
  CitationForm form = CitationForm::full;
  std::string locator;          // the cited page(s) when they are not part of the work
  std::size_t work = 0;         // index into Bibliography::works
};

// A distinct cited work and the places citing it.
struct Work {
  Reference item;                  // item.id is the citation key
  std::vector<std::size_t> notes;      // indexes into Document::notes, in order, no repeats
  std::vector<std::size_t> citations;  // indexes into Bibliography::citations
  std::vector<std::size_t> entries;    // indexes into Document::entries: the list entries giving it
  std::vector<std::size_t> text_citations;  // indexes into Document::citations: running-text citations of it
};

}  // namespace citekit
