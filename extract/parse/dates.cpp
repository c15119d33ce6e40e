#include "extract/parse/dates.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

#include <string>
#include <tuple>

namespace citekit::extract {
namespace {

struct NamedNumber {
  std::string_view name;
  int number;
};

// Full names and common abbreviations; matched case-insensitively after folding diacritics.
constexpr NamedNumber kMonths[] = {
    {"january", 1},   {"jan", 1},       {"february", 2},  {"feb", 2},       {"march", 3},     {"mar", 3},
    {"april", 4},     {"apr", 4},       {"may", 5},       {"june", 6},      {"jun", 6},       {"july", 7},
    {"jul", 7},       {"august", 8},    {"aug", 8},       {"september", 9}, {"sept", 9},      {"sep", 9},
    {"october", 10},  {"oct", 10},      {"november", 11}, {"nov", 11},      {"december", 12}, {"dec", 12},
    {"januar", 1},    {"februar", 2},   {"marz", 3},      {"maerz", 3},     {"mai", 5},       {"juni", 6},
    {"juli", 7},      {"oktober", 10},  {"okt", 10},      {"dezember", 12}, {"dez", 12},      {"janvier", 1},
    {"fevrier", 2},   {"mars", 3},      {"avril", 4},     {"juin", 6},      {"juillet", 7},   {"aout", 8},
    {"septembre", 9}, {"octobre", 10},  {"novembre", 11}, {"decembre", 12}, {"janv", 1},      {"fevr", 2},
    {"avr", 4},       {"juil", 7},      {"enero", 1},     {"febrero", 2},   {"marzo", 3},     {"abril", 4},
    {"mayo", 5},      {"junio", 6},     {"julio", 7},     {"agosto", 8},    {"septiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"gennaio", 1},  {"febbraio", 2},  {"aprile", 4},    {"maggio", 5},
    {"giugno", 6},    {"luglio", 7},    {"settembre", 9}, {"ottobre", 10},  {"dicembre", 12},
    // Portuguese ("24 nov. 2020", "12 mar. 2020": ABNT writes abbreviations), Spanish and Dutch.
    {"janeiro", 1},   {"fevereiro", 2}, {"fev", 2},       {"marco", 3},     {"abr", 4},       {"maio", 5},
    {"junho", 6},     {"julho", 7},     {"ago", 8},       {"setembro", 9},  {"set", 9},       {"outubro", 10},
    {"out", 10},      {"novembro", 11}, {"dezembro", 12}, {"ene", 1},       {"dic", 12},      {"januari", 1},
    {"februari", 2},  {"maart", 3},     {"mei", 5},       {"augustus", 8},
};

constexpr NamedNumber kSeasons[] = {
    {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3},     {"winter", 4},    {"fruhjahr", 1},
    {"fruhling", 1}, {"sommer", 2}, {"herbst", 3}, {"printemps", 1}, {"ete", 2},    {"automne", 3},
    {"hiver", 4},
};

template <std::size_t N>
int lookup(const NamedNumber (&table)[N], std::string_view name) {
  std::string key = to_lower_ascii(ascii_fold(name));
  for (const auto& entry : table)
    if (entry.name == key) return entry.number;
  return 0;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

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

bool whole(const std::optional<RegexMatch>& m, std::string_view text) { return m && m->end() == text.size(); }

std::optional<ParsedDate> parse_numeric(std::string_view text, DateOrder order) {
  static const Regex numeric(R"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$)");
  auto m = numeric.match_at(text);
  if (!whole(m, text)) return std::nullopt;
  // "3.5.2019": the dotted form is the German, Dutch, Nordic and Slavic one, always day first.
  if (m->str(2) == "." && order == DateOrder::unknown) order = DateOrder::day_first;
  int a = to_int(m->str(1));
  int b = to_int(m->str(3));
  int year = full_year(m->str(4));
  bool day_first_possible = valid_day(year, b, a);
  bool month_first_possible = valid_day(year, a, b);
  ParsedDate parsed;
  auto point = [](int y, int mo, int d) { return Date{{DateParts{y, mo, d}}, 0, false, ""}; };
  if (day_first_possible && month_first_possible && a != b) {
    parsed.ambiguous = order == DateOrder::unknown;
    parsed.date = order == DateOrder::month_first ? point(year, a, b) : point(year, b, a);
  } else if (day_first_possible) {
    parsed.date = point(year, b, a);
  } else if (month_first_possible) {
    parsed.date = point(year, a, b);
  } else {
    return std::nullopt;
  }
  return parsed;
}

// One point in time, written out: "23 November 2020", "November 23, 2020",
// "2020 Nov 23", "2020, March 4", "November 2020", "2020-11-23", "1999", "1999a".
std::optional<DateParts> parse_point(std::string_view text) {
  static const Regex iso(R"(^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$)");
  // "3 de mayo de 2019", "3 de maio de 2019": Spanish and Portuguese join day, month and year with "de".
  static const Regex day_month_year(R"(^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})$)");
  static const Regex month_day_year(R"(^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$)");
  static const Regex year_month_day(R"(^(\d{4}),?\s+(\p{L}+)\.?\s+(\d{1,2})$)");
  static const Regex month_year(R"(^(\p{L}+)\.?,?\s+(\d{4})$)");
  static const Regex year_month(R"(^(\d{4}),?\s+(\p{L}+)\.?$)");
  static const Regex year_only(R"(^(1[5-9]\d\d|20\d\d)[a-z]?$)");
  auto build = [](int year, int month, int day) -> std::optional<DateParts> {
    if (month < 1 || month > 12 || (day && !valid_day(year, month, day))) return std::nullopt;
    return DateParts{year, month, day};
  };
  if (auto m = iso.match_at(text); whole(m, text))
    return build(to_int(m->str(1)), to_int(m->str(2)), m->has(3) ? to_int(m->str(3)) : 0);
  if (auto m = day_month_year.match_at(text); whole(m, text))
    return build(to_int(m->str(3)), month_from_name(m->str(2)), to_int(m->str(1)));
  if (auto m = month_day_year.match_at(text); whole(m, text))
    return build(to_int(m->str(3)), month_from_name(m->str(1)), to_int(m->str(2)));
  if (auto m = year_month_day.match_at(text); whole(m, text))
    return build(to_int(m->str(1)), month_from_name(m->str(2)), to_int(m->str(3)));
  if (auto m = month_year.match_at(text); whole(m, text))
    return build(to_int(m->str(2)), month_from_name(m->str(1)), 0);
  if (auto m = year_month.match_at(text); whole(m, text))
    return build(to_int(m->str(1)), month_from_name(m->str(2)), 0);
  if (auto m = year_only.match_at(text); whole(m, text)) return DateParts{to_int(m->str(1)), 0, 0};
  return std::nullopt;
}

Date point_date(DateParts p) { return Date{{p}, 0, false, ""}; }

// "Spring 2001", "Winter 1999/2000", "2001, Fall".
std::optional<Date> parse_season(std::string_view text) {
  static const Regex season_year(R"(^(\p{L}+)\s+(\d{4})(?:\s*[/\-–]\s*\d{2,4})?$)");
  static const Regex year_season(R"(^(\d{4}),?\s+(\p{L}+)$)");
  int season = 0, year = 0;
  if (auto m = season_year.match_at(text); whole(m, text)) {
    season = season_from_name(m->str(1));
    year = to_int(m->str(2));
  } else if (auto m2 = year_season.match_at(text); whole(m2, text)) {
    season = season_from_name(m2->str(2));
    year = to_int(m2->str(1));
  }
  if (!season) return std::nullopt;
  return Date{{DateParts{year, 0, 0}}, season, false, ""};
}

// "1999-2001", "1999-00", "June 12-14, 1999", "12-14 June 1999", "May-June 2001", "2001/2002".
std::optional<Date> parse_range(std::string_view text) {
  static const Regex years(R"(^(\d{4})\s*[/\-–—]\s*(\d{4}|\d{2})$)");
  static const Regex month_days(R"(^(\p{L}+)\.?\s+(\d{1,2})\s*[\-–—]\s*(\d{1,2}),?\s+(\d{4})$)");
  static const Regex days_month(R"(^(\d{1,2})\.?\s*[\-–—]\s*(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})$)");
  static const Regex months(R"(^(\p{L}+)\.?\s*[\-–—/]\s*(\p{L}+)\.?,?\s+(\d{4})$)");
  auto range = [](DateParts a, DateParts b) -> std::optional<Date> {
    if (std::tie(b.year, b.month, b.day) < std::tie(a.year, a.month, a.day)) return std::nullopt;
    return Date{{a, b}, 0, false, ""};
  };
  if (auto m = years.match_at(text); whole(m, text)) {
    int from = to_int(m->str(1));
    bool short_end = m->str(2).size() == 2;   // "1999-00", "1987-88"
    int to = short_end ? from / 100 * 100 + to_int(m->str(2)) : to_int(m->str(2));
    if (short_end && to < from) to += 100;
    return range({from, 0, 0}, {to, 0, 0});
  }
  if (auto m = month_days.match_at(text); whole(m, text)) {
    int month = month_from_name(m->str(1)), year = to_int(m->str(4));
    int a = to_int(m->str(2)), b = to_int(m->str(3));
    if (valid_day(year, month, a) && valid_day(year, month, b)) return range({year, month, a}, {year, month, b});
  }
  if (auto m = days_month.match_at(text); whole(m, text)) {
    int month = month_from_name(m->str(3)), year = to_int(m->str(4));
    int a = to_int(m->str(1)), b = to_int(m->str(2));
    if (valid_day(year, month, a) && valid_day(year, month, b)) return range({year, month, a}, {year, month, b});
  }
  if (auto m = months.match_at(text); whole(m, text)) {
    int a = month_from_name(m->str(1)), b = month_from_name(m->str(2)), year = to_int(m->str(3));
    if (a && b) return range({year, a, 0}, {year, b, 0});
  }
  return std::nullopt;
}

// "n.d.", "o. J.", "s.d.", "no date", "forthcoming", "in press": kept as written.
std::optional<Date> parse_no_date(std::string_view text) {
  static const Regex none(
      R"(^(?:n\.?\s?d|s\.?\s?d|o\.?\s?j|no date|undated|sans date|ohne jahr|forthcoming|in press|im druck|sous presse|in print)\.?$)",
      Regex::caseless);
  if (!none.full_match(text)) return std::nullopt;
  return Date{{}, 0, false, std::string(text)};
}

std::string_view strip_brackets(std::string_view text) {
  for (;;) {
    std::string_view t = trim(text, " .,;:");
    if (t.size() >= 2 && ((t.front() == '(' && t.back() == ')') || (t.front() == '[' && t.back() == ']')))
      text = t.substr(1, t.size() - 2);
    else if (!t.empty() && (t.front() == '(' || t.front() == '[') && t.find_first_of(")]") == std::string_view::npos)
      text = t.substr(1);
    else if (!t.empty() && (t.back() == ')' || t.back() == ']') && t.find_first_of("([") == std::string_view::npos)
      text = t.substr(0, t.size() - 1);
    else
      return t;
  }
}

std::optional<ParsedDate> parse_exact(std::string_view text, DateOrder order) {
  if (auto numeric = parse_numeric(text, order)) return numeric;
  if (auto point = parse_point(text)) return ParsedDate{point_date(*point), false};
  if (auto range = parse_range(text)) return ParsedDate{*range, false};
  if (auto season = parse_season(text)) return ParsedDate{*season, false};
  if (auto none = parse_no_date(text)) return ParsedDate{*none, false};
  return std::nullopt;
}

}  // namespace

int month_from_name(std::string_view name) { return lookup(kMonths, name); }
int season_from_name(std::string_view name) { return lookup(kSeasons, name); }

std::optional<ParsedDate> parse_date(std::string_view text, DateOrder order) {
  text = strip_brackets(text);
  if (auto exact = parse_exact(text, order)) return exact;
  // "c. 1850", "ca. 1850", "circa 1850", "1850?", "[1850?]"
  static const Regex circa(R"(^(?:c\.|ca\.?|circa|approx\.?|um)\s*(.+)$|^(.+?)\s*\?$)", Regex::caseless);
  if (auto m = circa.match_at(text); whole(m, text)) {
    auto inner = parse_exact(strip_brackets(m->str(m->has(1) ? 1 : 2)), order);
    if (inner && !inner->date.parts.empty()) {
      inner->date.circa = true;
      return inner;
    }
  }
  return std::nullopt;
}

std::optional<ParsedDate> read_date(std::string_view text, DateOrder order) {
  if (auto exact = parse_date(text, order)) return exact;
  // The first year, with a month name right before it when there is one.
  static const Regex year(R"((?:(\p{L}+)\.?,?\s+)?(?<![\d\-/.])(1[5-9]\d\d|20\d\d)(?![\d/])[a-z]?)");
  auto m = year.find(text);
  if (!m) return std::nullopt;
  int month = m->has(1) ? month_from_name(m->str(1)) : 0;
  return ParsedDate{point_date(DateParts{to_int(m->str(2)), month, 0}), false};
}

DateOrderEvidence date_order_evidence(const std::vector<std::string_view>& texts) {
  static const Regex numeric(R"((?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-]))");
  // The pattern needs a digit, a separator, one or two digits, the same
  // separator and a digit in a row; most references have none (a page range
  // "12-34" has one separator, not two).
  auto may_hold_numeric_date = [](std::string_view text) {
    for (std::size_t i = 1; i + 2 < text.size(); ++i) {
      char separator = text[i];
      if ((separator != '/' && separator != '.' && separator != '-') || !is_ascii_digit(text[i - 1])) continue;
      std::size_t j = i + 1;
      while (j < text.size() && j - i <= 2 && is_ascii_digit(text[j])) ++j;
      if (j > i + 1 && j + 1 < text.size() && text[j] == separator && is_ascii_digit(text[j + 1])) return true;
    }
    return false;
  };
  DateOrderEvidence evidence;
  for (auto text : texts) {
    if (!may_hold_numeric_date(text)) continue;
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
