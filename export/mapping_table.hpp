#pragma once
// Lookup in the writers' type tables: arrays of rows keyed by a CSL item type
// (a `csl_type` member), searched in order.

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace citekit::exporting {

// The row for `csl_type`, or nullptr when the table has none.
template <typename Row, std::size_t N>
const Row* find_type_row(const Row (&table)[N], std::string_view csl_type) {
  auto it = std::find_if(std::begin(table), std::end(table),
                         [&](const Row& row) { return row.csl_type == csl_type; });
  return it == std::end(table) ? nullptr : it;
}

}  // namespace citekit::exporting
