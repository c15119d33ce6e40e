#pragma once
// What the two bibliography styles share (internal to export/): an entry as
// runs of text that each markup (text, HTML, Markdown) writes its own way,
// and the pieces styles are made of: names, dates and pages for people.

#include "core/reference.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::exporting {

// A run of an entry's text: plain, in italics (the title of a book or
// journal), a link (a URL or DOI), or the link checker's verdict.
struct Span {
  enum class Kind { plain, italic, link, link_status };
  std::string text;
  Kind kind = Kind::plain;
  bool operator==(const Span&) const = default;
};
using Entry = std::vector<Span>;

// Builds an entry run by run, keeping punctuation single: a full stop after
// "Mission?" or after "Ed." is not added again.
class EntryBuilder {
 public:
  EntryBuilder& text(std::string_view text);
  EntryBuilder& italic(std::string_view text);
  EntryBuilder& link(std::string_view url);
  // Ends the sentence with `mark` (".", ",") unless the text already ends
  // in a full stop, question or exclamation mark.
  EntryBuilder& end(std::string_view mark = ".");
  bool empty() const { return spans_.empty(); }
  Entry take() { return std::move(spans_); }

 private:
  EntryBuilder& add(std::string_view text, Span::Kind kind);
  Entry spans_;
};

// The kinds of work the styles tell apart, from CSL types.
enum class WorkKind { book, chapter, journal_article, newspaper_article, web_page, report };
WorkKind work_kind(std::string_view csl_type);

// "Wintour, P., Traynor, I. and Vulliamy, E.": family names and initials,
// organisations whole.
std::string names_with_initials(const std::vector<Name>& names);
// "Wintour, Patrick, Ian Traynor, and Ed Vulliamy": the first inverted.
std::string names_first_inverted(const std::vector<Name>& names);
// "Marc Weller and Stefan Wolff".
std::string names_in_order(const std::vector<Name>& names);

// "24 November 2020", "November 24, 2020", "June 1999", "1999"; "" for no date.
std::string day_month_year(const Date& date);
std::string month_day_year(const Date& date);
// "145–167" (en dash) for a range; the value as it is otherwise.
std::string page_range(std::string_view page);

// The names a work is listed under: its authors, else its editors.
const std::vector<Name>& listed_names(const Reference& item);

}  // namespace citekit::exporting

namespace citekit::exporting {

// One work in the author-date style (Harvard): "Wintour, P., Traynor, I. and
// Vulliamy, E. (1999) ‘Why Milosevic blinked first’, The Guardian.
// Available at: URL (Accessed: 23 November 2020)." `year` is the year as
// the list shows it: "2020a" when one author has two works of 2020.
Entry author_date_entry(const Reference& item, std::string_view year);

// One work in the notes style's bibliography (Chicago): "Wintour, Patrick,
// Ian Traynor, and Ed Vulliamy. “Why Milosevic blinked first.” The Guardian,
// 1999. Accessed November 23, 2020. URL."
Entry notes_entry(const Reference& item);

}  // namespace citekit::exporting
