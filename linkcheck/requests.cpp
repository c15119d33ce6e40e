#include "core/text.hpp"
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

}  // namespace

std::vector<LinkRequest> requests_for(const Bibliography& bibliography) {
  std::vector<LinkRequest> requests;
  std::map<std::string, std::size_t, std::less<>> index_of_url;
  for (const auto& citation : bibliography.citations) {
    const Reference& item = item_with_url(bibliography, citation);
    std::string url(trim(item.get("URL")));
    if (url.empty()) continue;
    auto [it, added] = index_of_url.try_emplace(url, requests.size());
    if (added) requests.push_back(LinkRequest{url, std::nullopt, {}});
    LinkRequest& request = requests[it->second];
    if (citation.raw.note < bibliography.document.notes.size())
      add_once(request.cited_in, bibliography.document.notes[citation.raw.note].id);
    const Date* accessed = item.date("accessed");
    if (!request.accessed && accessed && !accessed->empty()) request.accessed = *accessed;
  }
  return requests;
}

}  // namespace citekit::linkcheck
