#include "linkcheck/dates.hpp"

#include "core/text.hpp"

#include <array>
#include <charconv>

namespace citekit::linkcheck {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};

std::optional<int> month_number(std::string_view name) {
  if (name.size() < 3) return std::nullopt;
  std::string lower = to_lower_ascii(name.substr(0, 3));
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i] == lower) return static_cast<int>(i + 1);
  return std::nullopt;
}

std::optional<int> number(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// "08:49:37" as seconds since midnight.
std::optional<seconds> time_of_day(std::string_view text) {
  auto parts = split(text, ':');
  if (parts.size() != 3) return std::nullopt;
  auto h = number(parts[0]), m = number(parts[1]), s = number(parts[2]);
  if (!h || !m || !s || *h > 23 || *m > 59 || *s > 60) return std::nullopt;
  return hours(*h) + minutes(*m) + seconds(*s);
}

std::optional<sys_days> valid_day(int y, int m, int d) {
  year_month_day day{year(y), month(static_cast<unsigned>(m)), std::chrono::day(static_cast<unsigned>(d))};
  if (!day.ok()) return std::nullopt;
  return sys_days(day);
}

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  for (auto word : split(text, ' '))
    if (!word.empty()) out.push_back(word);
  return out;
}

std::optional<sys_seconds> at(std::optional<sys_days> day, std::optional<seconds> time) {
  if (!day || !time) return std::nullopt;
  return sys_seconds(*day) + *time;
}

// "06 Nov 1994 08:49:37 GMT" (after the weekday and comma).
std::optional<sys_seconds> imf_fixdate(const std::vector<std::string_view>& w) {
  if (w.size() != 5 || !iequals_ascii(w[4], "GMT")) return std::nullopt;
  auto d = number(w[0]), y = number(w[2]);
  auto m = month_number(w[1]);
  if (!d || !m || !y) return std::nullopt;
  return at(valid_day(*y, *m, *d), time_of_day(w[3]));
}

// "06-Nov-94 08:49:37 GMT": two-digit years are read as 1970-2069.
std::optional<sys_seconds> rfc850_date(const std::vector<std::string_view>& w) {
  if (w.size() != 3 || !iequals_ascii(w[2], "GMT")) return std::nullopt;
  auto parts = split(w[0], '-');
  if (parts.size() != 3) return std::nullopt;
  auto d = number(parts[0]), y = number(parts[2]);
  auto m = month_number(parts[1]);
  if (!d || !m || !y) return std::nullopt;
  int full_year = *y < 100 ? (*y < 70 ? 2000 + *y : 1900 + *y) : *y;
  return at(valid_day(full_year, *m, *d), time_of_day(w[1]));
}

// "Sun Nov  6 08:49:37 1994" (all words, the weekday included).
std::optional<sys_seconds> asctime_date(const std::vector<std::string_view>& w) {
  if (w.size() != 5) return std::nullopt;
  auto m = month_number(w[1]);
  auto d = number(w[2]), y = number(w[4]);
  if (!m || !d || !y) return std::nullopt;
  return at(valid_day(*y, *m, *d), time_of_day(w[3]));
}

int days_in_month(int y, int m) {
  auto last = year_month_day_last(year(y), month_day_last(month(static_cast<unsigned>(m))));
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

}  // namespace

std::optional<sys_seconds> parse_http_date(std::string_view text) {
  text = trim(text);
  auto comma = text.find(',');
  if (comma != std::string_view::npos) {
    auto rest = words(text.substr(comma + 1));
    if (auto date = imf_fixdate(rest)) return date;
    return rfc850_date(rest);
  }
  return asctime_date(words(text));
}

std::optional<sys_days> parse_iso_day(std::string_view text) {
  text = trim(text);
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = number(text.substr(0, 4)), m = number(text.substr(5, 2)), d = number(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ' && text[10] != 't') return std::nullopt;
  return valid_day(*y, *m, *d);
}

std::optional<sys_days> first_day(const Date& date) {
  if (date.parts.empty() || date.parts.front().year == 0) return std::nullopt;
  const DateParts& p = date.parts.front();
  return valid_day(p.year, p.month ? p.month : 1, p.day ? p.day : 1);
}

std::optional<sys_days> last_day(const Date& date) {
  if (date.parts.empty() || date.parts.back().year == 0) return std::nullopt;
  const DateParts& p = date.parts.back();
  int m = p.month ? p.month : 12;
  return valid_day(p.year, m, p.day ? p.day : days_in_month(p.year, m));
}

Date date_of(sys_days day) {
  year_month_day ymd(day);
  Date date;
  date.parts.push_back(DateParts{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                                 static_cast<int>(static_cast<unsigned>(ymd.day()))});
  return date;
}

sys_days today() { return floor<days>(system_clock::now()); }

}  // namespace citekit::linkcheck
