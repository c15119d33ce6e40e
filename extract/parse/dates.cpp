#include "extract/parse/dates.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

#include <array>
#include <string>

namespace citekit::extract {
namespace {

struct MonthName {
  std::string_view name;
  int month;
};

// Full names and common abbreviations; matched case-insensitively after folding diacritics.
constexpr std::array<MonthName, 50> kMonths{{
    {"january", 1},  {"jan", 1},      {"february", 2},  {"feb", 2},      {"march", 3},     {"mar", 3},
    {"april", 4},    {"apr", 4},      {"may", 5},       {"june", 6},     {"jun", 6},       {"july", 7},
    {"jul", 7},      {"august", 8},   {"aug", 8},       {"september", 9}, {"sept", 9},     {"sep", 9},
    {"october", 10}, {"oct", 10},     {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},
    {"januar", 1},   {"februar", 2},  {"marz", 3},      {"maerz", 3},    {"mai", 5},       {"juni", 6},
    {"juli", 7},     {"oktober", 10}, {"okt", 10},      {"dezember", 12}, {"dez", 12},     {"janvier", 1},
    {"fevrier", 2},  {"mars", 3},     {"avril", 4},     {"juin", 6},     {"juillet", 7},   {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12}, {"janv", 1},    {"fevr", 2},
    {"avr", 4},      {"juil", 7},
}};

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

int full_year(std::string_view digits) {
  int year = to_int(digits);
  if (digits.size() == 2) year += year < 50 ? 2000 : 1900;  // "20" in 23/11/20
  return year;
}

bool valid_day(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  if (month == 2 && day == 29) return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1];
}

Date point(int year, int month, int day) { return Date{{DateParts{year, month, day}}, 0, false, ""}; }

const Regex& numeric_pattern() {
  static const Regex re(R"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$)");
  return re;
}

std::optional<ParsedDate> parse_numeric(std::string_view text, DateOrder order) {
  auto m = numeric_pattern().match_at(text);
  if (!m || m->end() != text.size()) return std::nullopt;
  int a = to_int(m->str(1));
  int b = to_int(m->str(3));
  int year = full_year(m->str(4));
  bool day_first_possible = valid_day(year, b, a);
  bool month_first_possible = valid_day(year, a, b);
  ParsedDate parsed;
  if (day_first_possible && month_first_possible && a != b) {
    parsed.ambiguous = order == DateOrder::unknown;
    bool month_first = order == DateOrder::month_first;
    parsed.date = month_first ? point(year, a, b) : point(year, b, a);
  } else if (day_first_possible) {
    parsed.date = point(year, b, a);
  } else if (month_first_possible) {
    parsed.date = point(year, a, b);
  } else {
    return std::nullopt;
  }
  return parsed;
}

std::optional<ParsedDate> parse_written(std::string_view text) {
  // 23 November 2020 | 23. November 2020 | 23rd Nov. 2020 | November 23, 2020 | 2020 Nov 23 | November 2020 | 2020-11-23 | 1999
  static const Regex iso(R"(^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$)");
  static const Regex day_month_year(R"(^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(\p{L}+)\.?,?\s+(\d{4})$)");
  static const Regex month_day_year(R"(^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$)");
  static const Regex year_month_day(R"(^(\d{4}),?\s+(\p{L}+)\.?\s+(\d{1,2})$)");
  static const Regex month_year(R"(^(\p{L}+)\.?,?\s+(\d{4})$)");
  static const Regex year_only(R"(^(1[5-9]\d\d|20\d\d)$)");
  auto build = [](int year, int month, int day) -> std::optional<ParsedDate> {
    if (month < 1 || month > 12 || (day && !valid_day(year, month, day))) return std::nullopt;
    return ParsedDate{point(year, month, day), false};
  };
  if (auto m = iso.match_at(text); m && m->end() == text.size())
    return build(to_int(m->str(1)), to_int(m->str(2)), m->has(3) ? to_int(m->str(3)) : 0);
  if (auto m = day_month_year.match_at(text); m && m->end() == text.size())
    return build(to_int(m->str(3)), month_from_name(m->str(2)), to_int(m->str(1)));
  if (auto m = month_day_year.match_at(text); m && m->end() == text.size())
    return build(to_int(m->str(3)), month_from_name(m->str(1)), to_int(m->str(2)));
  if (auto m = year_month_day.match_at(text); m && m->end() == text.size())
    return build(to_int(m->str(1)), month_from_name(m->str(2)), to_int(m->str(3)));
  if (auto m = month_year.match_at(text); m && m->end() == text.size())
    return build(to_int(m->str(2)), month_from_name(m->str(1)), 0);
  if (auto m = year_only.match_at(text); m && m->end() == text.size())
    return ParsedDate{point(to_int(m->str(1)), 0, 0), false};
  return std::nullopt;
}

}  // namespace

int month_from_name(std::string_view name) {
  std::string key = to_lower_ascii(ascii_fold(name));
  for (const auto& month : kMonths)
    if (month.name == key) return month.month;
  return 0;
}

std::optional<ParsedDate> parse_date(std::string_view text, DateOrder order) {
  text = trim(text, ".,;");
  if (auto numeric = parse_numeric(text, order)) return numeric;
  return parse_written(text);
}

DateOrderEvidence date_order_evidence(const std::vector<std::string_view>& texts) {
  static const Regex numeric(R"((?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-]))");
  DateOrderEvidence evidence;
  for (auto text : texts) {
    for (const auto& m : numeric.find_all(text)) {
      int a = to_int(m.str(1));
      int b = to_int(m.str(3));
      int year = full_year(m.str(4));
      bool day_first = valid_day(year, b, a);
      bool month_first = valid_day(year, a, b);
      if (day_first && !month_first) ++evidence.day_first;
      if (month_first && !day_first) ++evidence.month_first;
    }
  }
  return evidence;
}

DateOrder decide_date_order(const DateOrderEvidence& evidence) {
  if (evidence.day_first == evidence.month_first) return DateOrder::unknown;
  return evidence.day_first > evidence.month_first ? DateOrder::day_first : DateOrder::month_first;
}

}  // namespace citekit::extract
