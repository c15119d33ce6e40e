#include "export/link_report.hpp"

#include <fmt/format.h>

namespace citekit::exporting {
namespace {

constexpr Verdict kVerdictOrder[] = {Verdict::ok,          Verdict::redirected,     Verdict::soft_404,
                                     Verdict::broken,      Verdict::server_error,   Verdict::rate_limited,
                                     Verdict::timeout,     Verdict::dns_error,      Verdict::connection_error,
                                     Verdict::tls_error,   Verdict::invalid_url,    Verdict::excluded,
                                     Verdict::unchecked};

// The checker's detail, unless it only repeats the status ("HTTP 404").
std::string informative_detail(const LinkReport& report) {
  if (report.verdict == Verdict::ok || report.detail == fmt::format("HTTP {}", report.status)) return {};
  return report.detail;
}

// ANSI colours: green for alive, yellow for "look at this", red for dead.
const char* colour_of(Verdict verdict) {
  switch (verdict) {
    case Verdict::ok:
      return "\x1b[32m";
    case Verdict::redirected:
    case Verdict::rate_limited:
      return "\x1b[33m";
    case Verdict::excluded:
    case Verdict::unchecked:
      return "\x1b[2m";
    default:
      return "\x1b[31m";
  }
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string archived_line(const ArchiveSnapshot& snapshot) {
  std::string when = snapshot.timestamp.size() >= 8 ? fmt::format("{}-{}-{}", snapshot.timestamp.substr(0, 4),
                                                                  snapshot.timestamp.substr(4, 2),
                                                                  snapshot.timestamp.substr(6, 2))
                                                    : snapshot.timestamp;
  std::string distance;
  if (snapshot.distance_days)
    distance = fmt::format(", {} day{} from the access date", *snapshot.distance_days,
                           *snapshot.distance_days == 1 ? "" : "s");
  return fmt::format("  archived {}{}: {}\n", when, distance, snapshot.url);
}

}  // namespace

std::string link_status(const LinkReport& report, bool network_unreachable) {
  if (network_unreachable && report.verdict == Verdict::unchecked) return "unchecked (network unreachable)";
  std::string line(to_string(report.verdict));
  if (report.status) line += fmt::format(" ({})", report.status);
  if (!report.final_url.empty() && report.final_url != report.url) line += " -> " + report.final_url;
  if (auto detail = informative_detail(report); !detail.empty()) line += ": " + detail;
  if (report.archived) line += "; archived copy: " + report.archived->url;
  return line;
}

std::string link_text(const LinkReport& r, bool colour) {
  std::string verdict(to_string(r.verdict));
  std::string out = colour ? fmt::format("{}{}\x1b[0m", colour_of(r.verdict), verdict) : verdict;
  if (r.status) out += fmt::format(" {}", r.status);
  out += "  " + r.url;
  if (!r.final_url.empty() && r.final_url != r.url) out += " -> " + r.final_url;
  if (auto detail = informative_detail(r); !detail.empty()) out += "  (" + detail + ")";
  out += '\n';
  if (!r.cited_in.empty()) out += fmt::format("  cited in note{} {}\n", r.cited_in.size() == 1 ? "" : "s", joined(r.cited_in));
  if (r.verdict == Verdict::redirected && r.permanent_redirect) out += "  moved permanently: cite the new address\n";
  if (r.changed_after_access && r.modified) out += fmt::format("  changed after the access date: modified {}\n", r.modified->iso());
  if (r.archived) out += archived_line(*r.archived);
  else if (!r.archive_detail.empty()) out += fmt::format("  archive: {}\n", r.archive_detail);
  for (const auto& p : r.problems) out += fmt::format("  {}: {} [{}]\n", to_string(p.severity), p.message, p.code);
  return out;
}

void LinkTally::add(const LinkReport& report) {
  ++by_verdict_[static_cast<std::size_t>(report.verdict)];
  ++total_;
  if (is_broken(report.verdict)) ++broken_;
}

std::string LinkTally::summary() const {
  std::string counts;
  for (Verdict verdict : kVerdictOrder)
    if (std::size_t n = by_verdict_[static_cast<std::size_t>(verdict)])
      counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", n, to_string(verdict));
  return fmt::format("{} link{}: {}", total_, total_ == 1 ? "" : "s", counts.empty() ? "none" : counts);
}

std::string links_text_end(const LinkTally& tally, bool network_unreachable) {
  std::string out = tally.summary() + "\n";
  if (network_unreachable) out += "links unchecked: the network appears unreachable\n";
  return out;
}

std::string links_text(const LinkResults& links, bool colour) {
  std::string out;
  LinkTally tally;
  for (const auto& r : links.reports) {
    out += link_text(r, colour);
    tally.add(r);
  }
  return out + links_text_end(tally, links.network_unreachable);
}

}  // namespace citekit::exporting
