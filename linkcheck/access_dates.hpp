#pragma once
// What a citation's access date says before anything is fetched (a date in
// the future, before the publication, day and month undecidable), and after
// (the page changed since).

#include "core/problem.hpp"
#include "core/reference.hpp"

#include <chrono>
#include <string_view>
#include <vector>

namespace citekit::linkcheck {

struct AccessDateContext {
  const Date* issued = nullptr;       // the publication date, when the item gives one
  bool order_undecided = false;       // the document did not show whether 05/06 is day-first
  std::string_view reference_text;    // the citation as written, to see how the date was written
  std::chrono::sys_days today;
};

// Problems with `accessed`: "access-date-in-future", "accessed-before-published",
// "ambiguous-access-date" (code, message; position and note left to the caller).
std::vector<Problem> access_date_problems(const Date& accessed, const AccessDateContext& context);

// True when `modified` is a later day than any `accessed` can mean.
bool changed_after(const Date& modified, const Date& accessed);

}  // namespace citekit::linkcheck
