// The notes style's bibliography (Chicago notes and bibliography): the
// first author inverted, titles of parts in quotation marks, the year at the
// end of the publication details, "Accessed date. URL." for what was read
// online.

#include "core/text.hpp"
#include "export/styled_entry.hpp"

namespace citekit::exporting {
namespace {

std::string year_of(const Reference& item) {
  const Date* issued = item.date("issued");
  if (!issued) return "n.d.";
  std::string shown = issued->parts.empty() ? issued->literal : std::to_string(issued->year());
  return shown.empty() ? "n.d." : shown;
}

void add_title(EntryBuilder& entry, const Reference& item, WorkKind kind) {
  std::string title(item.get("title"));
  if (title.empty()) return;
  if (kind == WorkKind::book || kind == WorkKind::report) {
    entry.italic(title).end();
    return;
  }
  // The full stop goes inside the quotation marks, unless the title ends in its own mark.
  char last = title.back();
  entry.text("“" + title + (last == '?' || last == '!' || last == '.' ? "" : ".") + "”");
}

// "Place: Publisher, Year", with what is known.
std::string publication(const Reference& item) {
  std::vector<std::string> place_publisher;
  for (auto variable : {"publisher-place", "publisher"})
    if (item.has(variable)) place_publisher.emplace_back(item.get(variable));
  std::string out = join(place_publisher, ": ");
  return out.empty() ? year_of(item) : out + ", " + year_of(item);
}

void add_details(EntryBuilder& entry, const Reference& item, WorkKind kind) {
  std::string_view container = item.get("container-title");
  switch (kind) {
    case WorkKind::journal_article:
      if (!container.empty()) entry.text(" ").italic(container);
      if (item.has("volume")) entry.text(" " + std::string(item.get("volume")));
      if (item.has("issue")) entry.text(", no. " + std::string(item.get("issue")));
      entry.text(" (" + year_of(item) + ")");
      if (item.has("page")) entry.text(": " + page_range(item.get("page")));
      break;
    case WorkKind::newspaper_article:
    case WorkKind::web_page: {
      std::string_view site = container.empty() ? item.get("publisher") : container;
      const Date* issued = item.date("issued");
      std::string date = issued ? month_day_year(*issued) : std::string("n.d.");
      if (!site.empty() && kind == WorkKind::newspaper_article) entry.text(" ").italic(site).text(", " + date);
      else entry.text(" " + (site.empty() ? date : std::string(site) + ", " + date));
      break;
    }
    case WorkKind::chapter: {
      entry.text(" In ").italic(container);
      if (auto editors = item.names.find("editor"); editors != item.names.end() && !editors->second.empty())
        entry.text(", edited by " + names_in_order(editors->second));
      if (item.has("page")) entry.text(", " + page_range(item.get("page")));
      entry.end().text(" " + publication(item));
      break;
    }
    case WorkKind::book:
    case WorkKind::report: {
      if (item.has("edition")) entry.text(" " + std::string(item.get("edition")) + " ed").end();
      std::string series(trim(std::string(item.get("genre")) + " " + std::string(item.get("number"))));
      if (!series.empty()) entry.text(" " + series).end();
      entry.text(" " + publication(item));
      break;
    }
  }
  entry.end();
}

}  // namespace

Entry notes_entry(const Reference& item) {
  EntryBuilder entry;
  const WorkKind kind = work_kind(item.type);
  const auto& names = listed_names(item);
  if (!names.empty()) {
    entry.text(names_first_inverted(names));
    if (item.authors().empty()) entry.text(names.size() > 1 ? ", eds" : ", ed");
    entry.end().text(" ");
  }
  add_title(entry, item, kind);
  add_details(entry, item, kind);
  if (const Date* accessed = item.date("accessed"); accessed && item.has("URL"))
    entry.text(" Accessed " + month_day_year(*accessed)).end();
  if (item.has("DOI")) entry.text(" ").link("https://doi.org/" + std::string(item.get("DOI"))).end();
  else if (item.has("URL")) entry.text(" ").link(item.get("URL")).end();
  return entry.take();
}

}  // namespace citekit::exporting
