#pragma once
// Parsing one reference string into a CSL item. Field extractors run in a
// fixed order over a shrinking workspace (identifiers, access date, pages,
// publication details, then authors/title/container from what is left), and
// the CSL type is decided last from the fields found.

#include "core/bibliography.hpp"
#include "core/reference.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

struct ParseContext {
  DateOrder date_order = DateOrder::unknown;   // for numeric dates such as 05/06/2020
};

struct ParseNote {
  Severity severity = Severity::warning;
  std::string code;       // "ambiguous-date", "no-title", ...
  std::string message;
};

struct ParsedReference {
  Reference item;
  CitationForm form = CitationForm::full;   // ibid is recognised here; short forms when linking works
  std::string locator;                      // cited page(s) when not part of the work (books, reports)
  std::vector<ParseNote> notes;             // what could not be parsed cleanly
};

ParsedReference parse_reference(std::string_view text, const ParseContext& context = {});

}  // namespace citekit::extract
