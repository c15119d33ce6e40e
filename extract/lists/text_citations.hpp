#pragma once
// Citations written in the running text, found by their shape: author-date
// ("(Weller 2009, p. 4)", "(King and Mason 2006; King 2006)", "Bieber and
// Daskalovski (2003)", "(Smith et al., 2020a, S. 5)") and numeric ("[3]",
// "[3, 5]", "[3–7]"). What they cite is decided later, against the
// document's reference lists (extract/cited_works.cpp).

#include "core/document.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace citekit::extract {

// A citation found in a text, with its byte span.
struct FoundCitation {
  std::size_t begin = 0;
  std::size_t end = 0;
  TextCitation citation;  // kind, text and works; no position yet
};

// Numbers in a numeric citation beyond this many are not listed one by one
// ("[1–999999999]" names a range, not a billion works): the citation keeps
// its text and the range's ends, and is reported as out of range.
constexpr std::size_t kMaxNumbersInCitation = 1000;

// Parenthetical and narrative author-date citations, in order.
std::vector<FoundCitation> find_author_date_citations(std::string_view text);

// How a document writes its numeric citations.
enum class NumericMarks { brackets, parentheses, superscripts };

// Numeric citations in brackets ("[3]", "[3, 5]", "[3]–[5]") or in
// parentheses ("(3)", "(3–5)"), in order; ranges counted out ("[3–5]" cites
// 3, 4 and 5).
std::vector<FoundCitation> find_numeric_citations(std::string_view text, NumericMarks marks);

// The numbers "3, 5–7" stands for: 3, 5, 6, 7 (at most kMaxNumbersInCitation;
// a longer range gives its two ends). Empty when it is not such a list.
// Superscript digits count as digits.
std::vector<std::string> numbers_in(std::string_view list);
std::string plain_digits(std::string_view text);

// The works a numeric citation's inside cites ("see 8, 9", "3–5",
// "28, S. 45, 29", "8, Ch. 2"), each with the locator written after it;
// empty when it holds anything else.
std::vector<CitedWork> numeric_works(std::string_view inside);

}  // namespace citekit::extract
