// The author-date style (Harvard, as the case study's notes cite): names
// with initials, the year in parentheses after them, quoted titles for parts
// of something larger and italic titles for wholes, "Available at: URL
// (Accessed: date)" for what was read online.

#include "core/text.hpp"
#include "export/styled_entry.hpp"

namespace citekit::exporting {
namespace {

void add_title(EntryBuilder& entry, const Reference& item, WorkKind kind) {
  std::string title(item.get("title"));
  if (title.empty()) return;
  bool part = kind == WorkKind::chapter || kind == WorkKind::journal_article || kind == WorkKind::newspaper_article;
  if (part) entry.text("‘" + title + "’");
  else entry.italic(title);
}

std::string place_and_publisher(const Reference& item) {
  std::vector<std::string> parts;
  for (auto variable : {"publisher-place", "publisher"})
    if (item.has(variable)) parts.emplace_back(item.get(variable));
  return join(parts, ": ");
}

void add_container(EntryBuilder& entry, const Reference& item, WorkKind kind) {
  std::string_view container = item.get("container-title");
  switch (kind) {
    case WorkKind::journal_article: {
      if (!container.empty()) entry.text(", ").italic(container);
      if (item.has("volume")) entry.text(", " + std::string(item.get("volume")));
      if (item.has("issue")) entry.text("(" + std::string(item.get("issue")) + ")");
      if (item.has("page")) entry.text(", pp. " + page_range(item.get("page")));
      break;
    }
    case WorkKind::newspaper_article:
      if (!container.empty()) entry.text(", ").italic(container);
      if (const Date* issued = item.date("issued"); issued && issued->parts.size() == 1 && issued->parts[0].month)
        entry.text(", " + day_month_year(*issued));
      break;
    case WorkKind::chapter: {
      entry.text(", in ");
      if (auto editors = item.names.find("editor"); editors != item.names.end() && !editors->second.empty())
        entry.text(names_with_initials(editors->second) + (editors->second.size() > 1 ? " (eds) " : " (ed.) "));
      entry.italic(container).end();
      if (auto published = place_and_publisher(item); !published.empty()) entry.text(" " + published);
      if (item.has("page")) entry.text(", pp. " + page_range(item.get("page")));
      break;
    }
    case WorkKind::web_page:
    case WorkKind::book:
    case WorkKind::report: {
      entry.end();
      if (item.has("edition")) entry.text(" " + std::string(item.get("edition")) + " edn").end();
      std::string series(trim(std::string(item.get("genre")) + " " + std::string(item.get("number"))));
      if (!series.empty()) entry.text(" " + series).end();
      if (kind == WorkKind::web_page && !container.empty()) entry.text(" ").italic(container).end();
      if (auto published = place_and_publisher(item); !published.empty()) entry.text(" " + published);
      break;
    }
  }
  entry.end();
}

}  // namespace

Entry author_date_entry(const Reference& item, std::string_view year) {
  EntryBuilder entry;
  const WorkKind kind = work_kind(item.type);
  const std::string shown_year = year.empty() ? "n.d." : std::string(year);
  const auto& names = listed_names(item);
  if (!names.empty()) {
    entry.text(names_with_initials(names));
    if (item.authors().empty()) entry.text(names.size() > 1 ? " (eds)" : " (ed.)");
    entry.text(" (" + shown_year + ") ");
    add_title(entry, item, kind);
  } else {
    add_title(entry, item, kind);
    entry.text(" (" + shown_year + ")");
  }
  add_container(entry, item, kind);
  if (item.has("DOI")) entry.text(" ").link("https://doi.org/" + std::string(item.get("DOI"))).end();
  if (item.has("URL")) {
    entry.text(" Available at: ").link(item.get("URL"));
    if (const Date* accessed = item.date("accessed")) entry.text(" (Accessed: " + day_month_year(*accessed) + ")");
    entry.end();
  }
  return entry.take();
}

}  // namespace citekit::exporting
