#include "export/link_report.hpp"

#include <fmt/format.h>

namespace citekit::exporting {
namespace {

// The checker's detail, unless it only repeats the status ("HTTP 404").
std::string informative_detail(const LinkReport& report) {
  if (report.verdict == Verdict::ok || report.detail == fmt::format("HTTP {}", report.status)) return {};
  return report.detail;
}

}  // namespace

std::string link_status(const LinkReport& report, bool network_unreachable) {
  if (network_unreachable) return "unchecked (network unreachable)";
  std::string line(to_string(report.verdict));
  if (report.status) line += fmt::format(" ({})", report.status);
  if (!report.final_url.empty() && report.final_url != report.url) line += " -> " + report.final_url;
  if (auto detail = informative_detail(report); !detail.empty()) line += ": " + detail;
  return line;
}

std::string links_text(const LinkResults& links) {
  std::string out;
  for (const auto& r : links.reports) {
    out += links.network_unreachable ? std::string("unchecked") : std::string(to_string(r.verdict));
    if (r.status) out += fmt::format(" {}", r.status);
    out += "  " + r.url;
    if (!r.final_url.empty() && r.final_url != r.url) out += " -> " + r.final_url;
    if (auto detail = informative_detail(r); !detail.empty()) out += "  (" + detail + ")";
    out += '\n';
  }
  if (links.network_unreachable) out += "links unchecked: the network appears unreachable\n";
  return out;
}

}  // namespace citekit::exporting
