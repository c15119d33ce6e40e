#include "export/formatted.hpp"

#include "core/text.hpp"
#include "export/link_report.hpp"
#include "export/markup.hpp"
#include "export/styled_entry.hpp"

#include <algorithm>
#include <map>

namespace citekit::exporting {
namespace {

struct StyleName {
  Style style;
  std::string_view name;
};
constexpr StyleName kStyles[] = {{Style::author_date, "author-date"}, {Style::notes, "notes"}};

struct MarkupName {
  Markup markup;
  std::string_view name;
};
constexpr MarkupName kMarkups[] = {{Markup::text, "text"}, {Markup::html, "html"}, {Markup::markdown, "markdown"}};

// How a work sorts: by the names it is listed under (or its title when it
// has none), folded to ASCII lowercase, then by year (author-date) or title.
struct SortKey {
  std::string names;
  int year = 0;
  std::string title;
  std::string key;  // last: the same input always lists in the same order
  auto operator<=>(const SortKey&) const = default;
};

std::string sortable(std::string_view text) { return to_lower_ascii(ascii_fold(text)); }

SortKey sort_key(const Reference& item, Style style) {
  const auto& names = listed_names(item);
  std::string listed = names.empty() ? std::string(item.get("title")) : names_first_inverted(names);
  const Date* issued = item.date("issued");
  int year = style == Style::author_date && issued ? issued->year() : 0;
  return {sortable(listed), year, sortable(item.get("title")), item.id};
}

std::string year_text(const Reference& item) {
  const Date* issued = item.date("issued");
  if (!issued) return {};
  return issued->parts.empty() ? issued->literal : (issued->year() ? std::to_string(issued->year()) : std::string{});
}

// The year each work shows in the author-date style: "2020a", "2020b" for
// works with the same names and year, in the order they are listed.
std::vector<std::string> shown_years(const std::vector<const Work*>& ordered) {
  std::map<std::string, std::vector<std::size_t>> by_author_year;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const Reference& item = ordered[i]->item;
    by_author_year[names_with_initials(listed_names(item)) + "\n" + year_text(item)].push_back(i);
  }
  std::vector<std::string> years(ordered.size());
  for (const auto& [author_year, indexes] : by_author_year) {
    for (std::size_t n = 0; n < indexes.size(); ++n) {
      std::string year = year_text(ordered[indexes[n]]->item);
      if (year.empty()) year = "n.d.";
      if (indexes.size() > 1) year += static_cast<char>('a' + n % 26);
      years[indexes[n]] = year;
    }
  }
  return years;
}

const LinkReport* report_for(const LinkResults& links, std::string_view url) {
  auto it = std::find_if(links.reports.begin(), links.reports.end(),
                         [&](const LinkReport& report) { return report.url == url; });
  return it == links.reports.end() ? nullptr : &*it;
}

}  // namespace

std::string_view to_string(Style style) {
  for (const auto& entry : kStyles)
    if (entry.style == style) return entry.name;
  return {};
}

std::string_view to_string(Markup markup) {
  for (const auto& entry : kMarkups)
    if (entry.markup == markup) return entry.name;
  return {};
}

std::optional<Style> style_from_string(std::string_view name) {
  for (const auto& entry : kStyles)
    if (entry.name == to_lower_ascii(name)) return entry.style;
  return std::nullopt;
}

std::optional<Markup> markup_from_string(std::string_view name) {
  for (const auto& entry : kMarkups)
    if (entry.name == to_lower_ascii(name)) return entry.markup;
  return std::nullopt;
}

std::string format_bibliography(const std::vector<Work>& works, Style style, Markup markup,
                                const LinkResults* links) {
  std::vector<const Work*> ordered;
  for (const auto& work : works) ordered.push_back(&work);
  std::stable_sort(ordered.begin(), ordered.end(), [&](const Work* a, const Work* b) {
    return sort_key(a->item, style) < sort_key(b->item, style);
  });
  const auto years = shown_years(ordered);
  std::vector<ListedEntry> entries;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const Reference& item = ordered[i]->item;
    Entry entry = style == Style::author_date ? author_date_entry(item, years[i]) : notes_entry(item);
    if (links && item.has("URL"))
      if (const LinkReport* report = report_for(*links, item.get("URL")))
        entry.push_back({"link: " + link_status(*report, links->network_unreachable), Span::Kind::link_status});
    entries.push_back({item.id, std::move(entry)});
  }
  return render(entries, markup);
}

}  // namespace citekit::exporting
