#pragma once
// Comparing what a reader (pandoc, citation-js) read back from an export,
// as CSL-JSON, with the work citekit wrote: field by field.

#include "core/reference.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace citekit::test {

struct Comparison {
  // Whether the format can tell organisations from people (RIS cannot: an
  // organisation comes back as a family name alone).
  bool name_kinds = true;
  // Text variables compared besides title and URL ("container-title", ...).
  std::vector<std::string> variables;
};

// "title: wrote \"…\", read \"…\"" for each difference in the title, the
// author and editor names (as people or organisations, and in full), the
// issued and accessed dates, the URL and `how.variables`. Empty when the
// reader got everything.
std::vector<std::string> differences(const Reference& written, const nlohmann::json& read, const Comparison& how);

// The items of a CSL-JSON array by id; fails the running test when an id
// repeats.
std::map<std::string, nlohmann::json> items_by_id(const nlohmann::json& items);

}  // namespace citekit::test
