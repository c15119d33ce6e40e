#pragma once
// pandoc's citation syntax in running text: "[@doe99]", "[see @doe99, pp.
// 33-35; also @smith04, chap. 1]", "[-@doe99]" (the author left out), and
// narrative "@doe99 says" or "@doe99 [p. 33]". The key is the work's id in
// the document's bibliography (its metadata's `references:` or a
// bibliography file); extract/cited_works.cpp decides what each key cites.

#include "extract/lists/text_citations.hpp"

#include <string_view>
#include <vector>

namespace citekit::extract {

// Keys in brackets, in order: each "[...]" whose every ';'-separated part
// names one key. Each becomes a citation of kind `key`, its works' keys and
// locators as written.
std::vector<FoundCitation> find_bracketed_keys(std::string_view text);

// Narrative keys ("@doe99 says", "@doe99 [p. 33]") outside the bracketed
// citations `bracketed` found in the same text; only worth looking for in a
// document that cites in brackets too, since "@name" alone is as often a
// handle as a citation.
std::vector<FoundCitation> find_narrative_keys(std::string_view text, const std::vector<FoundCitation>& bracketed);

// The bracketed citations `bracketed` found in `text`, with its narrative
// ones when `narrative`, in text order.
std::vector<FoundCitation> with_narrative_keys(std::string_view text, std::vector<FoundCitation> bracketed, bool narrative);

}  // namespace citekit::extract
