#pragma once
// Citation keys: author-year-word ("wintour1999why"), ASCII, lowercase, the
// same in every export and used as the CSL id.

#include "core/reference.hpp"

#include <string>
#include <vector>

namespace citekit {

// The key before collisions are resolved.
std::string base_citation_key(const Reference& item);

// Sets item.id on every item: the base key, or base key + "a", "b", ... for
// items sharing one (in the order given). Keys are unique ignoring case,
// and differ from every key in `reserved` (keys other items keep: the
// user's own, as a document's bibliography gives them).
void assign_citation_keys(const std::vector<Reference*>& items, const std::vector<std::string>& reserved = {});

}  // namespace citekit
