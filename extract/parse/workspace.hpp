#pragma once
// Shared state of one parse: the reference string, the labelled spans, and
// the item being filled. Rules run first and fix the labels of what they
// recognise for certain (access dates, identifiers, bracketed publication
// statements); then the labeller labels every token; then normalizers, each
// owning its fields, turn the spans into CSL variables in a fixed order. A
// normalizer that cannot read its span keeps it as written and adds a
// warning; it never fails the parse.

#include "extract/parse/labeller.hpp"
#include "extract/parse/parse.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract::parsing {

struct Workspace {
  Workspace(std::string text, const ParseContext& context_) : source(std::move(text)), context(context_) {}

  const std::string source;     // the whole reference, whitespace collapsed
  const ParseContext& context;
  std::vector<LabelledSpan> spans;
  ParsedReference result;
  bool page_given_as_locator = false;   // "p. 198" rather than a range belonging to the work

  Reference& item() { return result.item; }
  // The text of every span labelled `label`, in order.
  std::vector<std::string_view> texts(Label label) const;
  bool has(Label label) const;
  void note(Severity severity, std::string code, std::string message) {
    result.notes.push_back(ParseNote{severity, std::move(code), std::move(message)});
  }
};

// Rules: spans they are sure of, as constraints for the labeller.
void find_access_dates(std::string_view text, std::vector<Constraint>& out);
void exclude_access_date_before_lead(std::string_view text, std::vector<Constraint>& constraints);
void find_identifiers(std::string_view text, std::vector<Constraint>& out);
void find_publication_statements(std::string_view text, std::vector<Constraint>& out);
void find_leading_organisation(std::string_view text, std::vector<Constraint>& out);
void find_leading_colon_authors(std::string_view text, bool list_writes_colons, std::vector<Constraint>& out);
void find_end_of_inverted_name(std::string_view text, std::vector<Constraint>& out);
void find_title_opening_list(std::string_view text, std::vector<Constraint>& out);
void find_leading_editors(std::string_view text, std::vector<Constraint>& out);
void find_genre(std::string_view text, std::vector<Constraint>& out);
void find_report_numbers(std::string_view text, std::vector<Constraint>& out);
void find_undated(std::string_view text, std::vector<Constraint>& out);
void find_nlm_journal(std::string_view text, std::vector<Constraint>& out);
void find_container_lead(std::string_view text, std::vector<Constraint>& out);

// Fixes to the labeller's spans that structure makes certain (a quoted title
// running into its container, a note that is all a reference names).
void repair_spans(Workspace& ws);

// "Ibid., p. 12": the work of the previous citation.
bool extract_ibid(Workspace& ws);

// Normalizers, in the order parse_reference runs them.
void normalize_names(Workspace& ws);          // author, editor, translator, director
void normalize_titles(Workspace& ws);         // title, container-title, collection-title
void normalize_publisher(Workspace& ws);      // publisher, publisher-place
void normalize_issued(Workspace& ws);         // issued
void normalize_accessed(Workspace& ws);       // accessed
void normalize_pages(Workspace& ws);          // page
void normalize_volume_issue(Workspace& ws);   // volume, issue
void normalize_edition(Workspace& ws);        // edition
void normalize_identifiers(Workspace& ws);    // URL, DOI, ISBN, ISSN, PMID, PMCID, number (arXiv)
void normalize_notes(Workspace& ws);          // genre, note, citation-number
void decide_type(Workspace& ws);              // type, and the page as a locator

// Shared helpers of the normalizers.
std::string normalized_pages(std::string_view text);   // "pp. 198-9." -> "198-199"
std::string without_roles(std::string_view text);      // "In J. Smith (ed.)," -> "J. Smith"

}  // namespace citekit::extract::parsing
