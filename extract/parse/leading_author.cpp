#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

// "NATO. NATO’s role in Kosovo.", "UN Security Council. Resolution 1244.",
// "UN Security Council (1999). Resolution 1244.", "World Health
// Organization. Report …": an organisation named before the first full stop
// (or before the bracketed year) is the author, however short the title after it.
void find_leading_organisation(std::string_view text, std::vector<Constraint>& out) {
  static const Regex year_after(R"(^\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*[.,:]?\s+)");
  std::size_t stop = text.find(". ");
  std::size_t bracket = text.find(" (");
  std::size_t name_end = stop;
  std::size_t next = stop == std::string_view::npos ? stop : stop + 2;
  if (bracket != std::string_view::npos && bracket < stop) {
    auto m = year_after.match_at(text.substr(bracket));
    if (!m) return;
    name_end = bracket;
    next = bracket + m->end();
  }
  if (name_end == std::string_view::npos || name_end == 0 || name_end > 80) return;
  std::string_view name = text.substr(0, name_end);
  // Byte by byte for the ASCII marks; the curly quotes are several bytes each
  // and share their first with "’" ("BUREAU D’AUDIENCES …" is a name).
  bool marks = name.find_first_of(",;:()\"") != std::string_view::npos ||
               name.find("“") != std::string_view::npos || name.find("”") != std::string_view::npos;
  if (marks || !is_organisation_name(name)) return;
  out.push_back(Constraint{0, static_cast<std::uint32_t>(name_end == stop ? stop + 1 : name_end), Label::author, false});
  // What follows the name is not the author's name any more ("OSCE. OSCE Mission in Kosovo").
  std::size_t next_end = text.find(' ', next);
  if (next < text.size())
    out.push_back(Constraint{static_cast<std::uint32_t>(next),
                             static_cast<std::uint32_t>(next_end == std::string_view::npos ? text.size() : next_end),
                             Label::author, true});
}

}  // namespace citekit::extract::parsing
