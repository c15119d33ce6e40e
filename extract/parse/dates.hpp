#pragma once
// Dates as references write them: years, numeric dates (23/11/2020, whose
// day/month order is decided once per document), written-out dates in
// English, German and French, ISO dates.

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

// Parses a whole date expression; nullopt when `text` is not a date.
// `order` resolves numeric dates; unknown assumes day-first and marks them ambiguous.
std::optional<ParsedDate> parse_date(std::string_view text, DateOrder order);

// Month number for an English, German or French month name or abbreviation, or 0.
int month_from_name(std::string_view name);

struct DateOrderEvidence {
  int day_first = 0;     // dates like 23/11/2020
  int month_first = 0;   // dates like 11/23/2020
};

// Counts the numeric dates in `texts` that only one order can read.
DateOrderEvidence date_order_evidence(const std::vector<std::string_view>& texts);
// The order the evidence supports; unknown when there is none, majority when it conflicts.
DateOrder decide_date_order(const DateOrderEvidence& evidence);

}  // namespace citekit::extract
