#include "export/audit_report.hpp"

#include "export/link_report.hpp"

#include <fmt/format.h>

#include <map>

namespace citekit::exporting {
namespace {

std::string names_of(const std::vector<Name>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i].display();
  return out;
}

void add_sentence(std::string& out, std::string_view text) {
  if (text.empty()) return;
  if (!out.empty()) out += ' ';
  out += text;
  if (out.back() != '.' && out.back() != '?' && out.back() != '!') out += '.';
}

std::string location_of(const Problem& p) {
  std::string where = p.position.to_string();
  return p.note.empty() ? where : fmt::format("{} (note {})", where, p.note);
}

void write_header(std::string& out, const Bibliography& bib) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& p : bib.problems) {
    errors += p.severity == Severity::error;
    warnings += p.severity == Severity::warning;
  }
  out += fmt::format("citekit audit: {}\n", bib.document.path);
  out += fmt::format("format {}, encoding {}, numeric dates {}\n", bib.document.format, bib.document.encoding,
                     bib.date_order == DateOrder::unknown ? "undecided (no date shows its order)"
                                                          : "read " + std::string(to_string(bib.date_order)));
  out += fmt::format("{} markers, {} notes, {} references, {} works; {} errors, {} warnings\n",
                     bib.document.markers.size(), bib.document.notes.size(), bib.citations.size(), bib.works.size(),
                     errors, warnings);
  if (!bib.document.lists.empty() || !bib.document.citations.empty())
    out += fmt::format("{} reference list{}, {} entries, {} citations in the text\n", bib.document.lists.size(),
                       bib.document.lists.size() == 1 ? "" : "s", bib.document.entries.size(),
                       bib.document.citations.size());
  out += '\n';
}

void write_problems(std::string& out, const Bibliography& bib) {
  out += "Problems\n";
  if (bib.problems.empty()) out += "  none\n";
  for (const auto& p : bib.problems)
    out += fmt::format("  {:<7} {}: {} [{}]\n", to_string(p.severity), location_of(p), p.message, p.code);
  out += '\n';
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out;
}

// "cited in notes 1, 3", "cited in the text at 4:12, 7:3", "entry 5": every
// place that cites or gives the work.
std::string where_cited(const Bibliography& bib, const Work& work) {
  std::vector<std::string> places;
  auto notes = bib.cited_in(work);
  if (!notes.empty() || (work.text_citations.empty() && work.entries.empty()))
    places.push_back(fmt::format("cited in note{} {}", notes.size() == 1 ? "" : "s", joined(notes)));
  if (!work.text_citations.empty()) {
    std::vector<std::string> at;
    for (std::size_t c : work.text_citations) at.push_back(bib.document.citations[c].position.to_string());
    places.push_back("cited in the text at " + joined(at));
  }
  if (!work.entries.empty()) {
    std::vector<std::string> numbers;
    for (std::size_t e : work.entries) numbers.push_back(std::to_string(e + 1));
    places.push_back(fmt::format("list entr{} {}", work.entries.size() == 1 ? "y" : "ies", joined(numbers)));
  }
  std::string out;
  for (std::size_t i = 0; i < places.size(); ++i) out += (i ? "; " : "") + places[i];
  return out;
}

void write_works(std::string& out, const Bibliography& bib, const LinkResults* links) {
  std::map<std::string, const LinkReport*> by_url;
  if (links)
    for (const auto& r : links->reports) by_url[r.url] = &r;
  out += "Works\n";
  for (std::size_t i = 0; i < bib.works.size(); ++i) {
    const Work& work = bib.works[i];
    out += fmt::format("  {}. {} ({}), {}\n", i + 1, work.item.id, work.item.type, where_cited(bib, work));
    out += fmt::format("     {}\n", describe_item(work.item));
    std::string url(work.item.get("URL"));
    if (url.empty()) continue;
    const Date* accessed = work.item.date("accessed");
    out += fmt::format("     {}{}\n", url, accessed ? " (accessed " + accessed->iso() + ")" : "");
    auto found = by_url.find(url);
    if (found != by_url.end()) out += fmt::format("     link: {}\n", link_status(*found->second, links->network_unreachable));
  }
  out += '\n';
}

void write_link_summary(std::string& out, const LinkResults* links) {
  out += "Links\n";
  if (!links) {
    out += "  not checked\n";
    return;
  }
  if (links->network_unreachable) {
    out += fmt::format("  {} links unchecked: the network appears unreachable (every request failed before HTTP)\n",
                       links->reports.size());
    return;
  }
  std::map<std::string, int> counts;
  for (const auto& r : links->reports) ++counts[std::string(to_string(r.verdict))];
  std::string summary;
  for (const auto& [verdict, count] : counts) summary += fmt::format("{}{} {}", summary.empty() ? "" : ", ", count, verdict);
  out += fmt::format("  {} links: {}\n", links->reports.size(), summary.empty() ? "none" : summary);
}

// The authors; else the editors, marked so ("Florian Bieber, Židas Daskalovski (eds.)").
std::string creators_of(const Reference& item) {
  if (!item.authors().empty()) return names_of(item.authors());
  auto editors = item.names.find("editor");
  if (editors == item.names.end() || editors->second.empty()) return {};
  return names_of(editors->second) + (editors->second.size() == 1 ? " (ed.)" : " (eds.)");
}

}  // namespace

std::string describe_item(const Reference& item) {
  std::string out = creators_of(item);
  if (const Date* issued = item.date("issued")) out += fmt::format("{}({})", out.empty() ? "" : " ", issued->iso());
  if (!out.empty()) out += '.';
  add_sentence(out, item.get("title"));
  add_sentence(out, item.get("container-title"));
  std::string imprint(item.get("publisher-place"));
  if (item.has("publisher")) imprint += (imprint.empty() ? "" : ": ") + std::string(item.get("publisher"));
  add_sentence(out, imprint);
  if (item.has("page")) add_sentence(out, "p. " + std::string(item.get("page")));
  return out;
}

std::string audit_report(const Bibliography& bib, const LinkResults* links) {
  std::string out;
  write_header(out, bib);
  write_problems(out, bib);
  write_works(out, bib, links);
  write_link_summary(out, links);
  return out;
}

}  // namespace citekit::exporting
