#pragma once
// Shared state of one parse: the text not yet assigned to a field, and the
// item being filled. Each extractor cuts what it recognises out of `rest`,
// leaving a cut mark that later segmentation treats as a boundary.

#include "extract/parse/parse.hpp"

#include <cstddef>
#include <string>

namespace citekit::extract::parsing {

inline constexpr char kCut = '\x1E';  // ASCII record separator: never in decoded text

struct Workspace {
  Workspace(std::string text, const ParseContext& context_) : source(text), rest(std::move(text)), context(context_) {}

  const std::string source;     // the whole reference, whitespace collapsed
  std::string rest;
  const ParseContext& context;
  ParsedReference result;
  bool page_given_as_locator = false;   // "p. 198" rather than a range belonging to the work

  Reference& item() { return result.item; }
  void cut(std::size_t begin, std::size_t end) { rest.replace(begin, end - begin, 1, kCut); }
  void note(Severity severity, std::string code, std::string message) {
    result.notes.push_back(ParseNote{severity, std::move(code), std::move(message)});
  }
};

// The extractors, in the order parse_reference runs them.
bool extract_ibid(Workspace& ws);
void extract_access_date(Workspace& ws);
void extract_url(Workspace& ws);
void extract_doi(Workspace& ws);
void extract_isbn(Workspace& ws);
void extract_pages(Workspace& ws);
void extract_publication(Workspace& ws);
void extract_volume_issue(Workspace& ws);
void extract_trailing_year(Workspace& ws);
void assign_segments(Workspace& ws);
void decide_type(Workspace& ws);

// "(London: I.B. Tauris, 2020)" / "London: I.B. Tauris, 2020" / "(NATO, 2020)"
// / "(1999)": fills place, publisher and issued; false when `text` is not one.
bool apply_publication_statement(Workspace& ws, std::string_view text, bool parenthesised);

}  // namespace citekit::extract::parsing
