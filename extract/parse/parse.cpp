#include "extract/parse/parse.hpp"

#include "core/text.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract {
namespace {

void parse_fields(parsing::Workspace& ws) {
  // Identifiers and dates first: their punctuation would confuse segmentation.
  parsing::extract_access_date(ws);
  parsing::extract_url(ws);
  parsing::extract_doi(ws);
  parsing::extract_isbn(ws);
  parsing::extract_pages(ws);
  parsing::extract_publication(ws);
  parsing::extract_volume_issue(ws);
  parsing::extract_trailing_year(ws);
  parsing::assign_segments(ws);
  parsing::decide_type(ws);
  if (!ws.item().has("title"))
    ws.note(Severity::warning, "no-title", "no title recognised in \"" + ws.source + "\"");
}

}  // namespace

ParsedReference parse_reference(std::string_view text, const ParseContext& context) {
  // Paragraphs after the first are commentary on the reference (the splitter
  // has already made separate references of those that cite something).
  std::size_t paragraph_end = text.find('\n');
  std::string commentary =
      paragraph_end == std::string_view::npos ? "" : collapse_whitespace(text.substr(paragraph_end));
  parsing::Workspace ws(collapse_whitespace(text.substr(0, paragraph_end)), context);
  if (!parsing::extract_ibid(ws)) parse_fields(ws);
  if (!commentary.empty()) {
    std::string note(ws.item().get("note"));
    ws.item().set("note", note.empty() ? commentary : note + "\n" + commentary);
  }
  return std::move(ws.result);
}

}  // namespace citekit::extract
