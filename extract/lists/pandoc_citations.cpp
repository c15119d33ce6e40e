#include "extract/lists/pandoc_citations.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace citekit::extract {
namespace {

// pandoc's key: a letter, digit or '_', then alphanumerics, '_' and
// punctuation that is internal (":.#$%&-+?<>~/" followed by more of the
// key); or anything but braces inside "@{...}". Not after a letter or digit
// (an e-mail address).
constexpr std::string_view kKey =
    R"((?<![\p{L}\p{N}_@])(?<author>-?)@(?:\{(?<braced>[^{}\s]{1,200})\}|(?<plain>[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_])){0,199})))";

const Regex& key_pattern() {
  static const Regex key{std::string(kKey)};
  return key;
}

std::string key_of(const RegexMatch& m) {
  const Regex& key = key_pattern();
  std::string_view braced = m.str(key.group("braced"));
  return std::string(braced.empty() ? m.str(key.group("plain")) : braced);
}

// One part of a bracketed citation: "see @doe99, pp. 33-35" -> key "doe99",
// locator "pp. 33-35". Empty when the part names no key or more than one.
std::optional<CitedWork> cited_in_part(std::string_view part) {
  const Regex& key = key_pattern();
  auto keys = key.find_all(part);
  if (keys.size() != 1) return std::nullopt;
  CitedWork cited;
  cited.key = key_of(keys.front());
  cited.locator = std::string(trim(part.substr(keys.front().end()), " ,"));
  return cited;
}

TextCitation key_citation(std::string_view text, std::vector<CitedWork> works) {
  TextCitation citation;
  citation.kind = CitationKind::key;
  citation.text = collapse_whitespace(text);
  citation.works = std::move(works);
  return citation;
}

}  // namespace

std::vector<FoundCitation> find_bracketed_keys(std::string_view text) {
  static const Regex bracketed(R"(\[(?<inside>[^\[\]]{0,2000}@[^\[\]]{0,2000})\](?![(\[{:]))");
  std::vector<FoundCitation> found;
  for (const auto& m : bracketed.find_all(text)) {
    std::vector<CitedWork> works;
    bool every_part_cites = true;
    for (std::string_view part : split(m.str(bracketed.group("inside")), ';')) {
      auto cited = cited_in_part(part);
      if (!cited) {
        every_part_cites = false;
        break;
      }
      works.push_back(std::move(*cited));
    }
    if (!every_part_cites || works.empty()) continue;
    found.push_back(FoundCitation{m.begin(), m.end(), key_citation(m.str(), std::move(works))});
  }
  return found;
}

std::vector<FoundCitation> find_narrative_keys(std::string_view text, const std::vector<FoundCitation>& bracketed) {
  static const Regex locator(R"(\s?\[(?<locator>[^\[\]@]{1,200})\](?![(\[{:]))");
  const Regex& key = key_pattern();
  std::vector<FoundCitation> found;
  for (const auto& m : key.find_all(text)) {
    bool inside = std::any_of(bracketed.begin(), bracketed.end(),
                              [&](const FoundCitation& c) { return c.begin <= m.begin() && m.begin() < c.end; });
    if (inside || !m.str(key.group("author")).empty()) continue;
    CitedWork cited;
    cited.key = key_of(m);
    std::size_t end = m.end();
    if (auto after = locator.match_at(text, end)) {
      cited.locator = std::string(trim(after->str(locator.group("locator"))));
      end = after->end();
    }
    found.push_back(FoundCitation{m.begin(), end, key_citation(text.substr(m.begin(), end - m.begin()), {std::move(cited)})});
  }
  return found;
}

std::vector<FoundCitation> with_narrative_keys(std::string_view text, std::vector<FoundCitation> bracketed, bool narrative) {
  if (!narrative) return bracketed;
  auto found = find_narrative_keys(text, bracketed);
  found.insert(found.end(), std::make_move_iterator(bracketed.begin()), std::make_move_iterator(bracketed.end()));
  std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.begin < y.begin; });
  return found;
}

}  // namespace citekit::extract
