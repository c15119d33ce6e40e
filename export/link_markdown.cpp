#include "export/link_markdown.hpp"

#include "export/link_report.hpp"

#include <fmt/format.h>

namespace citekit::exporting {
namespace {

// Table cells: no line breaks, and "|" would end the cell.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string link(std::string_view url) { return "<" + cell(url) + ">"; }

std::string notes_of(const LinkReport& r) {
  std::string out;
  if (r.verdict == Verdict::redirected && r.permanent_redirect) out += "moved permanently; ";
  if (r.changed_after_access && r.modified) out += "changed after the access date (" + r.modified->iso() + "); ";
  if (r.archived) out += "archived: " + link(r.archived->url) + "; ";
  else if (!r.archive_detail.empty()) out += r.archive_detail + "; ";
  for (const auto& p : r.problems) out += p.message + "; ";
  if (!r.detail.empty() && r.detail != fmt::format("HTTP {}", r.status)) out += r.detail + "; ";
  if (out.size() >= 2) out.resize(out.size() - 2);
  return cell(out);
}

bool needs_attention(const LinkReport& r) {
  return is_broken(r.verdict) || r.verdict == Verdict::rate_limited || r.permanent_redirect || r.changed_after_access ||
         !r.problems.empty();
}

std::string row(const LinkReport& r) {
  std::string cited;
  for (const auto& note : r.cited_in) cited += (cited.empty() ? "" : ", ") + note;
  std::string where = link(r.url);
  if (!r.final_url.empty() && r.final_url != r.url) where += " → " + link(r.final_url);
  return fmt::format("| {} | {} | {} | {} | {} |\n", to_string(r.verdict), r.status ? std::to_string(r.status) : "",
                     where, cell(cited), notes_of(r));
}

constexpr const char* kHeader = "| verdict | status | URL | cited in | notes |\n|---|---|---|---|---|\n";

}  // namespace

std::string links_markdown(const LinkResults& links) {
  LinkTally tally;
  std::string attention, all;
  for (const auto& r : links.reports) {
    tally.add(r);
    if (needs_attention(r)) attention += row(r);
    all += row(r);
  }
  std::string out = "# Link check\n\n" + tally.summary() + ".\n";
  if (links.network_unreachable) out += "\nThe network appears unreachable: links could not be checked.\n";
  if (!attention.empty()) out += "\n## Needs attention\n\n" + std::string(kHeader) + attention;
  if (!all.empty()) out += "\n## All links\n\n" + std::string(kHeader) + all;
  return out;
}

}  // namespace citekit::exporting
