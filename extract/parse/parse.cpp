#include "extract/parse/parse.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/field_spans.hpp"
#include "extract/parse/workspace.hpp"

#include <algorithm>

namespace citekit::extract {
namespace parsing {

std::vector<std::string_view> Workspace::texts(Label label) const {
  std::vector<std::string_view> out;
  for (const auto& span : spans)
    if (span.label == label) out.push_back(span.text(source));
  return out;
}

bool Workspace::has(Label label) const {
  return std::any_of(spans.begin(), spans.end(), [&](const LabelledSpan& s) { return s.label == label; });
}

}  // namespace parsing

namespace {

std::vector<parsing::Constraint> rule_constraints(std::string_view text, const ParseContext& context) {
  std::vector<parsing::Constraint> constraints;
  parsing::find_access_dates(text, constraints);
  parsing::exclude_access_date_before_lead(text, constraints);
  parsing::find_identifiers(text, constraints);
  parsing::find_publication_statements(text, constraints);
  parsing::find_leading_organisation(text, constraints);
  parsing::find_leading_colon_authors(text, context.authors_end_at_colon, constraints);
  if (context.persons_with_initials) parsing::find_title_opening_list(text, constraints);
  parsing::find_end_of_inverted_name(text, constraints);
  parsing::find_leading_editors(text, constraints);
  parsing::find_genre(text, constraints);
  parsing::find_report_numbers(text, constraints);
  parsing::find_undated(text, constraints);
  parsing::find_nlm_journal(text, constraints);
  parsing::find_container_lead(text, constraints);
  return constraints;
}

void parse_fields(parsing::Workspace& ws) {
  const parsing::Labeller* labeller = ws.context.labeller;
  if (!labeller) {
    const auto& builtin = parsing::builtin_labeller();
    if (!builtin) {
      ws.note(Severity::error, "no-parser-model", builtin.error().message);
      return;
    }
    labeller = &*builtin;
  }
  ws.spans = labeller->label(ws.source, rule_constraints(ws.source, ws.context));
  parsing::repair_spans(ws);
  ws.result.spans = parsing::field_spans(ws.source, ws.spans);
  parsing::normalize_names(ws);
  parsing::normalize_titles(ws);
  parsing::normalize_publisher(ws);
  parsing::normalize_issued(ws);
  parsing::normalize_accessed(ws);
  parsing::normalize_pages(ws);
  parsing::normalize_volume_issue(ws);
  parsing::normalize_edition(ws);
  parsing::normalize_identifiers(ws);
  parsing::normalize_notes(ws);
  parsing::decide_type(ws);
  if (!ws.item().has("title"))
    ws.note(Severity::warning, "no-title", "no title recognised in \"" + ws.source + "\"");
}

}  // namespace

bool authors_end_at_colon(const std::vector<std::string_view>& references) {
  std::size_t colon = 0, persons = 0;
  for (auto text : references) {
    std::vector<parsing::Constraint> found;
    parsing::find_leading_colon_authors(text, false, found);
    colon += !found.empty();
    // "Family, Given" or "Family, G." opening the reference, whatever follows.
    static const Regex person(R"(^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu})");
    persons += person.match_at(text).has_value();
  }
  return colon >= 3 && colon * 2 > persons;
}

bool persons_with_initials(const std::vector<std::string_view>& references) {
  static const Regex initials(R"(^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}\.)");
  static const Regex given(R"(^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}\p{Ll})");
  std::size_t with_initials = 0, with_given = 0;
  for (auto text : references) {
    with_initials += initials.match_at(text).has_value();
    with_given += given.match_at(text).has_value();
  }
  return with_initials >= 3 && with_initials >= 4 * with_given;
}

ParseContext list_context(const ParseContext& base, const std::vector<std::string_view>& references) {
  ParseContext context = base;
  context.authors_end_at_colon = authors_end_at_colon(references);
  context.persons_with_initials = persons_with_initials(references);
  return context;
}

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
