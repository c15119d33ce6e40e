#include "linkcheck/access_dates.hpp"

#include "core/regex.hpp"
#include "linkcheck/dates.hpp"

#include <charconv>
#include <set>

namespace citekit::linkcheck {
namespace {

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// The numeric date in the reference that reads as `accessed` both ways
// ("05/06/2020" for 5 June or 6 May), or "" when it was written otherwise.
std::string two_way_numeric_date(const Date& accessed, std::string_view text) {
  if (accessed.parts.size() != 1) return "";
  const DateParts& p = accessed.parts.front();
  if (p.day == 0 || p.month == 0 || p.day == p.month || p.day > 12 || p.month > 12) return "";
  static const Regex numeric(R"(\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b)");
  for (const auto& m : numeric.find_all(text)) {
    std::set<int> read{to_int(m.str(1)), to_int(m.str(2))};
    if (read == std::set<int>{p.day, p.month}) return std::string(m.str());
  }
  return "";
}

Problem problem(std::string code, std::string message) {
  Problem p;
  p.severity = Severity::warning;
  p.code = std::move(code);
  p.message = std::move(message);
  return p;
}

}  // namespace

std::vector<Problem> access_date_problems(const Date& accessed, const AccessDateContext& context) {
  std::vector<Problem> problems;
  auto first = first_day(accessed);
  auto last = last_day(accessed);
  if (!first || !last) return problems;
  if (*first > context.today)
    problems.push_back(problem("access-date-in-future", "access date " + accessed.iso() + " is in the future"));
  if (context.issued) {
    auto published = first_day(*context.issued);
    if (published && *last < *published)
      problems.push_back(problem("accessed-before-published", "access date " + accessed.iso() +
                                                                  " is before the publication date " +
                                                                  context.issued->iso()));
  }
  if (context.order_undecided) {
    std::string written = two_way_numeric_date(accessed, context.reference_text);
    if (!written.empty())
      problems.push_back(problem("ambiguous-access-date", "cannot tell day from month in the access date " + written +
                                                              " (read as " + accessed.iso() + ")"));
  }
  return problems;
}

bool changed_after(const Date& modified, const Date& accessed) {
  auto changed = first_day(modified);
  auto last = last_day(accessed);
  return changed && last && *changed > *last;
}

}  // namespace citekit::linkcheck
