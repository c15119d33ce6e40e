#include "core/text.hpp"
#include "linkcheck/access_dates.hpp"
#include "linkcheck/dates.hpp"
#include "linkcheck/linkcheck.hpp"

#include <algorithm>
#include <map>

namespace citekit::linkcheck {
namespace {

// The item that gives a citation's URL: its own, or, for a short form or
// "ibid." that does not repeat the URL, the work it cites.
const Reference& item_with_url(const Bibliography& bibliography, const Citation& citation) {
  if (citation.item.has("URL") || citation.work >= bibliography.works.size()) return citation.item;
  return bibliography.works[citation.work].item;
}

void add_once(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

void add_once(std::vector<Problem>& problems, Problem problem) {
  bool known = std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
    return p.code == problem.code && p.message == problem.message;
  });
  if (!known) problems.push_back(std::move(problem));
}

// What is wrong with the citation's access date, placed at the citation.
void check_access_date(const Bibliography& bibliography, const Citation& citation, const Reference& item,
                       const Date& accessed, LinkRequest& request) {
  AccessDateContext context{item.date("issued"), bibliography.date_order == DateOrder::unknown, citation.raw.text,
                            today()};
  for (auto& problem : access_date_problems(accessed, context)) {
    problem.position = citation.raw.position;
    problem.note = citation.raw.note_id;
    add_once(request.problems, std::move(problem));
  }
}

}  // namespace

std::vector<LinkRequest> requests_for(const Bibliography& bibliography) {
  std::vector<LinkRequest> requests;
  std::map<std::string, std::size_t, std::less<>> index_of_url;
  for (const auto& citation : bibliography.citations) {
    const Reference& item = item_with_url(bibliography, citation);
    std::string url(trim(item.get("URL")));
    if (url.empty()) continue;
    auto [it, added] = index_of_url.try_emplace(url, requests.size());
    if (added) requests.push_back(LinkRequest{url, std::nullopt, {}, {}});
    LinkRequest& request = requests[it->second];
    if (citation.raw.note < bibliography.document.notes.size())
      add_once(request.cited_in, bibliography.document.notes[citation.raw.note].id);
    const Date* accessed = item.date("accessed");
    if (!accessed || accessed->empty()) continue;
    if (!request.accessed) request.accessed = *accessed;
    check_access_date(bibliography, citation, item, *accessed, request);
  }
  return requests;
}

}  // namespace citekit::linkcheck
