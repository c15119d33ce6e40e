#pragma once
// Dates as the web writes them (HTTP dates, ISO 8601 in pages) and as
// citations give them (core Date, possibly only a year or a month), turned
// into days that can be compared.

#include "core/reference.hpp"

#include <chrono>
#include <optional>
#include <string_view>

namespace citekit::linkcheck {

// An HTTP date (RFC 9110 section 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT", and
// the obsolete "Sunday, 06-Nov-94 08:49:37 GMT" and "Sun Nov  6 08:49:37 1994".
std::optional<std::chrono::sys_seconds> parse_http_date(std::string_view text);

// The day an ISO 8601 date or date-time starts with ("2021-03-04T10:00:00Z").
std::optional<std::chrono::sys_days> parse_iso_day(std::string_view text);

// The first and the last day a cited date can mean: "2020" runs from 1 January
// to 31 December; nullopt for a literal or an empty date. A range's first day
// is its start's, its last day its end's.
std::optional<std::chrono::sys_days> first_day(const Date& date);
std::optional<std::chrono::sys_days> last_day(const Date& date);

// A core Date for a day.
Date date_of(std::chrono::sys_days day);

// Today in UTC.
std::chrono::sys_days today();

}  // namespace citekit::linkcheck
