#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/dates.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

// "(London: I.B. Tauris, 2020)", "(Geneva: Centre for …, 2003)", "(NATO,
// 2020)": a bracketed publication statement, as notes in the humanities
// write them, is place, publisher and date without doubt.
void find_publication_statements(std::string_view text, std::vector<Constraint>& out) {
  static const Regex statement(
      R"(\(\s*(?:(?<place>[^():;,\d]{2,60}?(?:,\s*[A-Z]{2,4})?)\s*:\s*)?(?<publisher>[^():;,\d]{2,120}?)\s*,\s*(?<date>[^(),;]{4,30}?)\s*\))");
  for (const auto& m : statement.find_all(text)) {
    if (!parse_date(m.str(statement.group("date")), DateOrder::day_first)) continue;
    auto add = [&](const char* group, Label label) {
      std::size_t g = statement.group(group);
      if (m.has(g)) out.push_back(Constraint{static_cast<std::uint32_t>(m.begin(g)), static_cast<std::uint32_t>(m.end(g)), label});
    };
    add("place", Label::place);
    add("publisher", Label::publisher);
    add("date", Label::date);
  }
}

}  // namespace citekit::extract::parsing
