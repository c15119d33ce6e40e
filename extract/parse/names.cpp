#include "extract/parse/names.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace citekit::extract {
namespace {

// Words that make a name an institution's.
constexpr std::array<std::string_view, 84> kOrganisationWords{
    "academy", "administration", "agency", "alliance", "archive", "archives", "army", "assembly",
    "association", "authority", "bank", "board", "bureau", "cabinet", "center", "centre", "chamber",
    "coalition", "college", "command", "commission", "committee", "company", "conference", "congress",
    "consortium", "corporation", "council", "court", "department", "directorate", "division", "embassy",
    "federation", "force", "forces", "forum", "foundation", "fund", "government", "group", "inc",
    "initiative", "institute", "institution", "international", "league", "library", "limited", "ltd",
    "llc", "mission", "ministry", "movement", "museum", "nations", "network", "news", "observatory",
    "office", "organisation", "organization", "parliament", "partnership", "party", "police",
    "press", "programme", "program", "project", "republic", "secretariat", "senate", "service",
    "society", "staff", "survey", "team", "trust", "tribunal", "union", "university", "watch", "unit",
};

// Words that do not occur in personal names but start or fill titles.
constexpr std::array<std::string_view, 38> kTitleWords{
    "a", "an", "the", "of", "in", "on", "for", "to", "why", "how", "what", "when", "where", "who",
    "is", "are", "was", "with", "from", "about", "after", "before", "into", "toward", "towards",
    "between", "against", "under", "over", "its", "our", "their", "his", "her", "this", "that", "new", "role",
};

constexpr std::array<std::string_view, 16> kParticles{
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "ter", "ten", "dos", "das",
};

constexpr std::array<std::string_view, 7> kSuffixes{"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  std::string key = to_lower_ascii(ascii_fold(word));
  return std::find(words.begin(), words.end(), key) != words.end();
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  for (auto word : split(text, ' '))
    if (!trim(word).empty()) words.push_back(trim(word));
  return words;
}

std::string_view bare(std::string_view word) { return trim(word, ".,;:()\"'"); }

bool is_initial(std::string_view word) {
  // "W.", "I.B.", "J.-P.", "W"
  static const Regex initial(R"(^(?:\p{Lu}\.?-?)+$)");
  return initial.full_match(word) && utf8_length(bare(word)) <= 4 && !is_acronym(bare(word));
}

bool is_name_word(std::string_view word) {
  std::string_view core = bare(word);
  if (core.empty()) return false;
  if (contains(kParticles, core)) return true;
  if (contains(kTitleWords, core) || contains(kOrganisationWords, core)) return false;
  static const Regex capitalised(R"(^\p{Lu}[\p{L}'’\-]*\.?$)");
  return capitalised.full_match(core) || is_initial(word);
}

// "Patrick Wintour", "Daan W. Everts", "W. Everts", "Ludwig van Beethoven".
bool looks_like_person(std::string_view text) {
  auto words = words_of(text);
  if (words.empty() || words.size() > 5) return false;
  if (words.size() == 1) return false;  // a lone word is a family name only in "Family, Given" lists
  for (auto word : words)
    if (!is_name_word(word) && !contains(kSuffixes, word)) return false;
  return !contains(kParticles, words.back()) && !is_acronym(bare(words.back()));
}

// Splits at ",", ";", "&", " and " (also "&" glued to a comma: ", &").
std::vector<std::string> list_parts(std::string_view segment) {
  static const Regex separators(R"(\s*(?:,\s*(?:&|and|und)\s+|,|;|\s+&\s+|\s+and\s+|\s+und\s+)\s*)");
  std::vector<std::string> parts;
  std::size_t copied = 0;
  for (const auto& m : separators.find_all(segment)) {
    parts.emplace_back(trim(segment.substr(copied, m.begin() - copied)));
    copied = m.end();
  }
  parts.emplace_back(trim(segment.substr(copied)));
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const std::string& p) { return p.empty(); }), parts.end());
  return parts;
}

bool is_et_al(std::string_view part) {
  static const Regex et_al(R"(^(?:et\.? al\.?|and others|u\.\s?a\.)$)", Regex::caseless);
  return et_al.full_match(trim(part));
}

// "Everts" followed by "Daan W." in a comma list: inverted "Family, Given" pairs.
bool is_given_part(std::string_view part) {
  auto words = words_of(part);
  if (words.empty() || words.size() > 3) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); });
}

bool is_family_part(std::string_view part) {
  auto words = words_of(part);
  if (words.empty() || words.size() > 3) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); }) &&
         !is_initial(words.back());
}

Name inverted_person(std::string_view family, std::string_view given) {
  Name name;
  auto words = words_of(family);
  std::size_t i = 0;
  std::string particle;
  while (i + 1 < words.size() && contains(kParticles, words[i])) {
    if (!particle.empty()) particle += ' ';
    particle += words[i++];
  }
  std::string rest;
  for (; i < words.size(); ++i) rest += (rest.empty() ? "" : " ") + std::string(words[i]);
  name.non_dropping_particle = particle;
  name.family = rest;
  name.given = std::string(trim(given));
  return name;
}

// Groups comma parts into names, pairing "Family, Given" when the list is inverted.
std::vector<Name> names_from_parts(const std::vector<std::string>& parts) {
  std::vector<Name> names;
  // Decided once per list: "Wintour, Patrick, Traynor, Ian" pairs up, "Patrick Wintour, Ian Traynor" does not.
  bool inverted = parts.size() >= 2 && words_of(parts[0]).size() <= 2 && !looks_like_person(parts[0]) &&
             !is_organisation_name(parts[0]) && is_given_part(parts[1]);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (is_et_al(parts[i])) continue;
    if (inverted && i + 1 < parts.size() && !looks_like_person(parts[i]) && is_given_part(parts[i + 1]) &&
        !is_organisation_name(parts[i])) {
      names.push_back(inverted_person(parts[i], parts[i + 1]));
      ++i;
      continue;
    }
    names.push_back(parse_name(parts[i]));
  }
  return names;
}

}  // namespace

bool is_organisation_name(std::string_view text) {
  auto words = words_of(text);
  if (words.empty()) return false;
  // Undotted capitals name institutions ("NATO", "UN Security Council"); dotted ones are initials ("I.B. Tauris").
  auto acronym = [](std::string_view word) { return is_acronym(word) && word.find('.') == std::string_view::npos; };
  if (words.size() == 1) return acronym(bare(words[0])) || contains(kOrganisationWords, words[0]);
  for (auto word : words) {
    std::string_view core = bare(word);
    if (contains(kOrganisationWords, core) || acronym(core)) return true;
  }
  return false;
}

bool looks_like_name_list(std::string_view segment) {
  if (trim(segment).empty()) return false;
  auto parts = list_parts(segment);
  if (parts.empty()) return false;
  if (parts.size() == 1) return is_organisation_name(parts[0]) || looks_like_person(parts[0]);
  std::size_t good = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (is_et_al(parts[i]) || looks_like_person(parts[i]) || is_organisation_name(parts[i]) ||
        is_given_part(parts[i]) || is_family_part(parts[i]))
      ++good;
  }
  return good == parts.size();
}

Name parse_name(std::string_view text) {
  text = trim(text, ",;");
  Name name;
  if (is_organisation_name(text) || !looks_like_person(text)) {
    name.literal = std::string(text);
    return name;
  }
  auto words = words_of(text);
  if (words.size() > 2 && contains(kSuffixes, bare(words.back()))) {
    name.suffix = std::string(words.back());
    words.pop_back();
  }
  // Family name: the last word, with any lowercase particles before it.
  std::size_t family_start = words.size() - 1;
  while (family_start > 1 && contains(kParticles, words[family_start - 1])) --family_start;
  std::string given, particle, family;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string& target = i < family_start ? given : (i + 1 < words.size() ? particle : family);
    if (!target.empty()) target += ' ';
    target += std::string(words[i]);
  }
  name.given = given;
  name.non_dropping_particle = particle;
  name.family = family;
  return name;
}

std::vector<Name> parse_names(std::string_view segment) {
  // "et al." says more authors exist; CSL has no name for them, so it is dropped.
  static const Regex et_al(R"(\s*,?\s*(?:et\.?\s*al|and\s+others|u\.\s?a)\.?\s*$)", Regex::caseless);
  std::string list(trim(segment, " ,;"));
  if (auto m = et_al.find(list)) list.erase(m->begin());
  // A sentence's closing period, unless it closes an initial or "Jr.".
  static const Regex keeps_period(R"((?:^|[\s.])(?:\p{Lu}|Jr|Sr)\.$)");
  if (list.ends_with('.') && !keeps_period.contains(list)) list.pop_back();
  return names_from_parts(list_parts(list));
}

}  // namespace citekit::extract
