#include "core/text.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

// "NATO. NATO’s role in Kosovo.", "UN Security Council. Resolution 1244.",
// "World Health Organization. Report …": an organisation named before the
// first full stop is the author, however short the title after it.
void find_leading_organisation(std::string_view text, std::vector<Constraint>& out) {
  std::size_t stop = text.find(". ");
  if (stop == std::string_view::npos || stop == 0 || stop > 80) return;
  std::string_view name = text.substr(0, stop);
  if (name.find_first_of(",;:()\"“”") != std::string_view::npos || !is_organisation_name(name)) return;
  out.push_back(Constraint{0, static_cast<std::uint32_t>(stop + 1), Label::author, false});
  // What follows the stop is not the author's name any more ("OSCE. OSCE Mission in Kosovo").
  std::size_t next = stop + 2, next_end = text.find(' ', next);
  if (next < text.size())
    out.push_back(Constraint{static_cast<std::uint32_t>(next),
                             static_cast<std::uint32_t>(next_end == std::string_view::npos ? text.size() : next_end),
                             Label::author, true});
}

}  // namespace citekit::extract::parsing
