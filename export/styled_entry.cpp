#include "export/styled_entry.hpp"

#include "core/text.hpp"
#include "export/page_range.hpp"

#include <array>

namespace citekit::exporting {
namespace {

constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};

bool ends_sentence(const Entry& spans) {
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
    if (it->text.empty()) continue;
    char last = it->text.back();
    return last == '.' || last == '?' || last == '!';
  }
  return true;  // nothing yet: no punctuation to add
}

// "P." for "Patrick", "D.W." for "Daan W.", "J.-P." for "Jean-Paul".
std::string initials(std::string_view given) {
  std::string out;
  for (auto word : split(given, ' ')) {
    bool first = true;
    for (auto part : split(word, '-')) {
      if (part.empty()) continue;
      std::size_t offset = 0;
      char32_t initial = next_code_point(part, offset);
      if (!first) out += '-';
      append_utf8(out, initial);
      out += '.';
      first = false;
    }
  }
  return out;
}

std::string family_with_particles(const Name& name) {
  std::string particles(trim(name.dropping_particle + " " + name.non_dropping_particle));
  return particles.empty() ? name.family : particles + " " + name.family;
}

std::string person_in_order(const Name& name) {
  if (name.is_organisation()) return name.literal;
  std::vector<std::string> parts;
  for (const auto& part : {name.given, family_with_particles(name)})
    if (!part.empty()) parts.push_back(part);
  std::string out = join(parts, " ");
  return name.suffix.empty() ? out : out + " " + name.suffix;
}

std::string person_inverted(const Name& name) {
  if (name.is_organisation()) return name.literal;
  std::string out = family_with_particles(name);
  if (!name.given.empty()) out += ", " + name.given;
  return name.suffix.empty() ? out : out + ", " + name.suffix;
}

// "A", "A and B", "A, B and C" (or "A, B, and C" with the serial comma).
std::string listed(const std::vector<std::string>& names, bool serial_comma) {
  if (names.size() < 2) return names.empty() ? std::string{} : names[0];
  std::vector<std::string> head(names.begin(), names.end() - 1);
  std::string separator = serial_comma && names.size() > 2 ? ", and " : " and ";
  return join(head, ", ") + separator + names.back();
}

}  // namespace

EntryBuilder& EntryBuilder::add(std::string_view text, Span::Kind kind) {
  if (!text.empty()) spans_.push_back({std::string(text), kind});
  return *this;
}

EntryBuilder& EntryBuilder::text(std::string_view text) { return add(text, Span::Kind::plain); }
EntryBuilder& EntryBuilder::italic(std::string_view text) { return add(text, Span::Kind::italic); }
EntryBuilder& EntryBuilder::link(std::string_view url) { return add(url, Span::Kind::link); }

EntryBuilder& EntryBuilder::end(std::string_view mark) {
  if (mark == "." && ends_sentence(spans_)) return *this;
  return add(mark, Span::Kind::plain);
}

WorkKind work_kind(std::string_view type) {
  if (type == "article-journal" || type == "article" || type == "article-magazine" || type == "review" ||
      type == "review-book")
    return WorkKind::journal_article;
  if (type == "article-newspaper") return WorkKind::newspaper_article;
  if (type == "chapter" || type == "entry" || type == "entry-dictionary" || type == "entry-encyclopedia" ||
      type == "paper-conference")
    return WorkKind::chapter;
  if (type == "webpage" || type == "post" || type == "post-weblog") return WorkKind::web_page;
  if (type == "report" || type == "legislation" || type == "bill" || type == "regulation" || type == "thesis")
    return WorkKind::report;
  return WorkKind::book;
}

std::string names_with_initials(const std::vector<Name>& names) {
  std::vector<std::string> parts;
  for (const auto& name : names) {
    if (name.is_organisation()) {
      parts.push_back(name.literal);
      continue;
    }
    std::string part = family_with_particles(name);
    if (std::string given = initials(name.given); !given.empty()) part += (part.empty() ? "" : ", ") + given;
    if (!name.suffix.empty()) part += ", " + name.suffix;
    parts.push_back(part);
  }
  return listed(parts, false);
}

std::string names_first_inverted(const std::vector<Name>& names) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < names.size(); ++i)
    parts.push_back(i == 0 ? person_inverted(names[i]) : person_in_order(names[i]));
  // "Wintour, Patrick, and Ed Vulliamy" would read as three people.
  if (parts.size() == 2) return parts[0] + " and " + parts[1];
  return listed(parts, true);
}

std::string names_in_order(const std::vector<Name>& names) {
  std::vector<std::string> parts;
  for (const auto& name : names) parts.push_back(person_in_order(name));
  return listed(parts, true);
}

std::string day_month_year(const Date& date) {
  if (date.parts.empty()) return date.literal;
  const DateParts& p = date.parts.front();
  if (!p.year) return {};
  std::string year = std::to_string(p.year);
  if (p.month < 1 || p.month > 12) return year;
  std::string month_year = std::string(kMonths[static_cast<std::size_t>(p.month - 1)]) + " " + year;
  return p.day ? std::to_string(p.day) + " " + month_year : month_year;
}

std::string month_day_year(const Date& date) {
  if (date.parts.empty()) return date.literal;
  const DateParts& p = date.parts.front();
  if (!p.year) return {};
  std::string year = std::to_string(p.year);
  if (p.month < 1 || p.month > 12) return year;
  std::string month = kMonths[static_cast<std::size_t>(p.month - 1)];
  return p.day ? month + " " + std::to_string(p.day) + ", " + year : month + " " + year;
}

std::string page_range(std::string_view page) {
  PageRange range = split_page_range(page);
  return range.last.empty() ? range.first : range.first + "–" + range.last;
}

const std::vector<Name>& listed_names(const Reference& item) {
  if (!item.authors().empty()) return item.authors();
  auto editors = item.names.find("editor");
  return editors == item.names.end() ? item.authors() : editors->second;
}

}  // namespace citekit::exporting
