#include "core/citation_key.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace citekit {
namespace {

constexpr std::size_t kMaxAuthorPart = 24;

constexpr std::array<std::string_view, 20> kStopWords{
    "a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by", "with",
    "from", "la", "le", "les", "el", "der", "die", "das"};

bool is_stop_word(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

// Lowercase ASCII letters and digits of `text`, diacritics folded.
std::string key_chars(std::string_view text) {
  std::string out;
  for (char c : ascii_fold(text)) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

std::vector<std::string> key_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : ascii_fold(text)) {
    bool word_char = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word_char) {
      current += c;
    } else if (c != '\'') {  // "NATO's" is one word
      if (!current.empty()) words.push_back(key_chars(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(key_chars(current));
  return words;
}

std::string author_part(const Reference& item) {
  const std::vector<Name>* names = &item.authors();
  if (names->empty()) {
    auto editors = item.names.find("editor");
    if (editors != item.names.end()) names = &editors->second;
  }
  if (names->empty()) return "anon";
  const Name& first = names->front();
  std::string part;
  if (first.is_organisation()) {
    for (const auto& word : key_words(first.literal))
      if (!is_stop_word(word)) part += word;
  } else {
    part = key_chars(first.non_dropping_particle + first.family);
    if (part.empty()) part = key_chars(first.given);
  }
  if (part.size() > kMaxAuthorPart) part.resize(kMaxAuthorPart);
  return part.empty() ? "anon" : part;
}

std::string title_word(const Reference& item) {
  for (const auto& word : key_words(item.get("title")))
    if (!word.empty() && !is_stop_word(word)) return word;
  return {};
}

std::string suffix(std::size_t index) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('a' + index % 26));
    index = index / 26;
  } while (index-- > 0);
  return out;
}

}  // namespace

std::string base_citation_key(const Reference& item) {
  const Date* issued = item.date("issued");
  std::string year = issued && issued->year() ? std::to_string(issued->year()) : "nd";
  return author_part(item) + year + title_word(item);
}

void assign_citation_keys(const std::vector<Reference*>& items, const std::vector<std::string>& reserved) {
  std::map<std::string, std::vector<Reference*>> by_base;
  std::vector<std::string> order;
  for (Reference* item : items) {
    std::string base = base_citation_key(*item);
    if (!by_base.count(base)) order.push_back(base);
    by_base[base].push_back(item);
  }
  std::set<std::string> taken(order.begin(), order.end());
  std::set<std::string> kept;
  for (const auto& key : reserved) kept.insert(to_lower_ascii(key));
  taken.insert(kept.begin(), kept.end());
  for (const auto& base : order) {
    auto& group = by_base[base];
    if (group.size() == 1 && !kept.count(base)) {
      group.front()->id = base;
      continue;
    }
    std::size_t next = 0;
    for (Reference* item : group) {
      std::string key;
      do key = base + suffix(next++);
      while (taken.count(key));  // "smith2020a" may itself be some other item's base key
      taken.insert(key);
      item->id = key;
    }
  }
}

}  // namespace citekit
