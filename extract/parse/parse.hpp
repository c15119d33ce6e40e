#pragma once
// Parsing one reference string into a CSL item. Rules fix what they are sure
// of (access dates, identifiers, bracketed publication statements), a
// trained sequence labeller (a linear-chain CRF) labels every other token
// as author, title, container, date, pages, ..., and normalizers turn the
// labelled spans into CSL variables; the CSL type is decided last from the
// fields found. See docs/parsing.md.

#include "core/bibliography.hpp"
#include "core/reference.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

namespace parsing {
class Labeller;
}

struct ParseContext {
  DateOrder date_order = DateOrder::unknown;   // for numeric dates such as 05/06/2020
  const parsing::Labeller* labeller = nullptr; // another model than the built-in one (experiments)
  // The reference list writes "Names: Title" (DIN 1505, German habits), so that an organisation before the
  // first colon is the author too ("International Court of Justice: Accordance …").
  bool authors_end_at_colon = false;
  // The reference list writes every person family name first with initials ("King, I. & Mason, W."), so
  // that one word before a comma and a capitalised word opens a title, not a person ("Kosovo,
  // Intervention and Statebuilding: …", an edited book the style names no editor of).
  bool persons_with_initials = false;
};

struct ParseNote {
  Severity severity = Severity::warning;
  std::string code;       // "ambiguous-date", "no-title", ...
  std::string message;
};

// A stretch of the reference and the field it was labelled as ("author",
// "title", "container", "date", ...), as written, separating punctuation trimmed.
struct FieldSpan {
  std::string field;
  std::string text;
  bool operator==(const FieldSpan&) const = default;
};

struct ParsedReference {
  Reference item;
  CitationForm form = CitationForm::full;   // ibid is recognised here; short forms when linking works
  std::string locator;                      // cited page(s) when not part of the work (books, reports)
  std::vector<ParseNote> notes;             // what could not be parsed cleanly
  std::vector<FieldSpan> spans;             // the labelled text, in order
};

ParsedReference parse_reference(std::string_view text, const ParseContext& context = {});

// Whether the references of one list write their persons "Müller, Harald ; Wolf, Klaus: Title": most of
// those that open with persons do, and at least three. Decides ParseContext::authors_end_at_colon.
bool authors_end_at_colon(const std::vector<std::string_view>& references);

// Whether the references of one list write their persons "Family, I.": at least three do, and at least
// four times as many as write a first name in full. Decides ParseContext::persons_with_initials.
bool persons_with_initials(const std::vector<std::string_view>& references);

// The context for the references of one list: `base` with what the list's own style decides.
ParseContext list_context(const ParseContext& base, const std::vector<std::string_view>& references);

}  // namespace citekit::extract
