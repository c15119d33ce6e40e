#pragma once
// The labels the sequence labeller gives tokens: the scorer's field names
// (author, title, container, ...) and the parts of a reference that are not
// fields of their own but must not be mistaken for one (genre, note, a
// citation number, an institution).

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace citekit::extract::parsing {

enum class Label : std::uint8_t {
  author, editor, translator, director, collaboration, title, container, series, publisher, institution, place,
  date, accessed, pages, volume, issue, edition, url, doi, identifier, genre, note, citation_number,
};

inline constexpr std::size_t kLabelCount = 23;

inline constexpr std::array<std::string_view, kLabelCount> kLabelNames{
    "author", "editor", "translator", "director", "collaboration", "title", "container", "series",
    "publisher", "institution", "place", "date", "accessed", "pages", "volume", "issue", "edition",
    "url", "doi", "identifier", "genre", "note", "citation-number",
};

inline std::string_view to_string(Label label) { return kLabelNames[static_cast<std::size_t>(label)]; }
std::optional<Label> label_from_name(std::string_view name);

}  // namespace citekit::extract::parsing
