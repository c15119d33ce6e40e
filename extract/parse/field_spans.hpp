#pragma once
// Labelled spans as fields: the text of each span as written, with the
// punctuation that only separates it from its neighbours trimmed ("(1999)."
// -> "1999", "“Title,”" -> "Title", "Available at: https://x.org" ->
// "https://x.org"). This is what `citekit parse` prints.

#include "extract/parse/labeller.hpp"
#include "extract/parse/parse.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract::parsing {

// The URL (for Label::url) or DOI (Label::doi) token in a span, or "" when it has none.
std::string_view identifier_text(Label label, std::string_view text);

// Marks that close a quotation: straight and curly quotes, and guillemets.
inline constexpr std::string_view kClosingQuotes[] = {"'", "’", "”", "\"", "»"};

// A container's text without its lead-in ("In: Proceedings" -> "Proceedings", "Dans Revue" -> "Revue").
std::string_view without_container_lead(std::string_view text);

// The span's text without separating punctuation, enclosing brackets or quotes.
std::string clean_span_text(Label label, std::string_view text);

std::vector<FieldSpan> field_spans(std::string_view source, const std::vector<LabelledSpan>& spans);

}  // namespace citekit::extract::parsing
