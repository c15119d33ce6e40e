#pragma once
// Dates as references write them: years ("1999", "1999a"), numeric dates
// (23/11/2020, whose day/month order is decided once per document), written
// dates in English, German, French, Spanish and Italian, ISO dates, seasons
// ("Spring 2001"), ranges ("1999-2001", "June 12-14, 1999", "May–June 2001"),
// approximate dates ("c. 1850") and no date at all ("n.d.", "o. J.",
// "forthcoming").

#include "core/bibliography.hpp"
#include "core/reference.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace citekit::extract {

struct ParsedDate {
  Date date;
  bool ambiguous = false;   // numeric, both parts <= 12 and different: order assumed
};

// Parses a whole date expression (surrounding brackets and punctuation are
// ignored); nullopt when `text` is not a date. `order` resolves numeric
// dates; unknown assumes day-first and marks them ambiguous.
std::optional<ParsedDate> parse_date(std::string_view text, DateOrder order);

// Like parse_date, but settles for the year (and month) when the text holds
// more than a date ("1999, reprinted 2005"); nullopt when it holds no year.
std::optional<ParsedDate> read_date(std::string_view text, DateOrder order);

// Month number for a month name or abbreviation in the languages above, or 0.
int month_from_name(std::string_view name);
// Season number (1 spring .. 4 winter) for a season's name, or 0.
int season_from_name(std::string_view name);

struct DateOrderEvidence {
  int day_first = 0;     // dates like 23/11/2020
  int month_first = 0;   // dates like 11/23/2020
};

// Counts the numeric dates in `texts` that only one order can read.
DateOrderEvidence date_order_evidence(const std::vector<std::string_view>& texts);
// The order the evidence supports; unknown when there is none, majority when it conflicts.
DateOrder decide_date_order(const DateOrderEvidence& evidence);

}  // namespace citekit::extract
