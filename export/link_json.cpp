#include "export/link_json.hpp"

#include <cmath>

namespace citekit::exporting {
namespace {

using Json = nlohmann::ordered_json;

Json archived_json(const ArchiveSnapshot& snapshot) {
  Json out{{"url", snapshot.url}, {"timestamp", snapshot.timestamp}};
  if (snapshot.distance_days) out["distance-days"] = *snapshot.distance_days;
  return out;
}

Json problems_json(const std::vector<Problem>& problems) {
  Json out = Json::array();
  for (const auto& p : problems) {
    Json problem{{"severity", to_string(p.severity)}, {"code", p.code}, {"message", p.message}};
    if (!p.note.empty()) problem["note"] = p.note;
    out.push_back(problem);
  }
  return out;
}

}  // namespace

Json link_json(const LinkReport& r) {
  Json out{{"url", r.url}, {"verdict", to_string(r.verdict)}};
  if (r.status) out["status"] = r.status;
  if (!r.final_url.empty() && r.final_url != r.url) out["final-url"] = r.final_url;
  if (!r.redirects.empty()) {
    Json hops = Json::array();
    for (const auto& hop : r.redirects) hops.push_back(Json{{"url", hop.url}, {"status", hop.status}});
    out["redirects"] = hops;
    out["permanent"] = r.permanent_redirect;
  }
  if (!r.detail.empty()) out["detail"] = r.detail;
  if (!r.title.empty()) out["title"] = r.title;
  if (!r.last_modified.empty()) out["last-modified"] = r.last_modified;
  if (r.modified) out["modified"] = r.modified->iso();
  if (r.changed_after_access) out["changed-after-access"] = true;
  if (r.archived) out["archived"] = archived_json(*r.archived);
  if (!r.archive_detail.empty()) out["archive-detail"] = r.archive_detail;
  if (!r.problems.empty()) out["problems"] = problems_json(r.problems);
  if (r.attempts) out["attempts"] = r.attempts;
  if (r.seconds > 0) out["seconds"] = std::round(r.seconds * 1000) / 1000;
  if (r.cached) out["cached"] = true;
  out["cited-in"] = r.cited_in;
  return out;
}

std::string link_json_line(const LinkReport& report) { return link_json(report).dump() + "\n"; }

std::string links_json(const LinkResults& links) {
  Json out;
  out["network-unreachable"] = links.network_unreachable;
  Json reports = Json::array();
  for (const auto& report : links.reports) reports.push_back(link_json(report));
  out["links"] = reports;
  return out.dump(2) + "\n";
}

}  // namespace citekit::exporting
