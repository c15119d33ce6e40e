#pragma once
// The result of extraction: the document as read, every reference found in
// its notes (parsed and linked to a work), the distinct works, and every
// problem found on the way. This is what exporters and reports consume.

#include "core/document.hpp"
#include "core/problem.hpp"
#include "core/reference.hpp"

#include <string>
#include <vector>

namespace citekit {

// Order of day and month in numeric dates such as 05/06/2020.
enum class DateOrder { unknown, day_first, month_first };
std::string_view to_string(DateOrder order);

struct Bibliography {
  Document document;
  std::vector<Citation> citations;   // every reference, in note order
  std::vector<Work> works;           // distinct works, in order of first citation
  std::vector<Problem> problems;     // reading, audit and parsing problems
  DateOrder date_order = DateOrder::unknown;

  // Ids of the notes citing a work, in document order.
  std::vector<std::string> cited_in(const Work& work) const;
};

}  // namespace citekit
