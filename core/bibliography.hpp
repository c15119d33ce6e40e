#pragma once
// The result of extraction: the document as read, every reference found in
// its notes (parsed and linked to a work), the distinct works, and every
// problem found on the way. This is what exporters and reports consume.

#include "core/document.hpp"
#include "core/problem.hpp"
#include "core/reference.hpp"

#include <optional>
#include <string>
#include <vector>

namespace citekit {

// Order of day and month in numeric dates such as 05/06/2020.
enum class DateOrder { unknown, day_first, month_first };
std::string_view to_string(DateOrder order);

// The works one citation of the running text cites: a slot per
// CitedWork, empty when nothing in the document matches it.
using CitedWorks = std::vector<std::optional<std::size_t>>;

struct Bibliography {
  Document document;
  std::vector<Citation> citations;   // every reference: the notes', in note order, then the lists' entries
  std::vector<Work> works;           // distinct works, in order of first citation
  std::vector<CitedWorks> text_citation_works;  // one per Document::citations, in its order
  std::vector<Problem> problems;     // reading, audit and parsing problems
  DateOrder date_order = DateOrder::unknown;

  // Ids of the notes citing a work, in document order.
  std::vector<std::string> cited_in(const Work& work) const;
};

}  // namespace citekit
