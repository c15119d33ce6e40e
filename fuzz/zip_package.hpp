#pragma once
// Builds a zip package in memory, so that a fuzzer can feed its input as one
// member (word/endnotes.xml, content.xml) of an otherwise valid document.

#include <string>
#include <utility>
#include <vector>

namespace citekit::fuzz {

using Members = std::vector<std::pair<std::string, std::string>>;

// The zip file holding `members` (stored, not compressed), or "" if libzip fails.
std::string make_zip(const Members& members);

}  // namespace citekit::fuzz
