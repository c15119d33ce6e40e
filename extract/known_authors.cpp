#include "extract/known_authors.hpp"

#include "core/text.hpp"
#include "extract/note_purpose.hpp"

namespace citekit::extract {
namespace {

std::string folded(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : to_lower_ascii(ascii_fold(text))) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

// "King and Mason, Peace…", "Organization for Security…, “Mission…”".
bool opens_with_known_author(std::string_view part, const KnownAuthors& authors) {
  if (authors.empty()) return false;
  part.remove_prefix(lead_in_bytes(part));
  std::size_t comma = part.find(',');
  if (comma == std::string_view::npos || comma > 120) return false;
  std::string names = folded(part.substr(0, comma));
  if (authors.count(names)) return true;
  // "King and Mason", "Müller, Schörnig, and Wolf": the first name decides.
  std::size_t joiner = names.find(" and ");
  return joiner != std::string::npos && authors.count(names.substr(0, joiner));
}

KnownAuthors known_authors(const std::vector<Reference>& items) {
  KnownAuthors authors;
  for (const Reference& item : items)
    for (const char* role : {"author", "editor"}) {
      auto names = item.names.find(role);
      if (names == item.names.end()) continue;
      for (const Name& name : names->second) {
        std::string key = folded(name.is_organisation() ? name.literal : name.family);
        if (!key.empty()) authors.insert(std::move(key));
      }
    }
  return authors;
}

}  // namespace citekit::extract
