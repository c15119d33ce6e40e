#include "extract/parse/names.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace citekit::extract {
namespace {

// Words that make a name an institution's.
constexpr std::string_view kOrganisationWords[] = {
    "academy", "administration", "agency", "alliance", "archive", "archives", "army", "assembly",
    "association", "authority", "bank", "board", "bureau", "cabinet", "center", "centre", "chamber",
    "coalition", "collaboration", "college", "command", "commission", "committee", "company", "conference",
    "congress", "consortium", "corporation", "council", "court", "department", "directorate", "division",
    "embassy", "federation", "force", "forces", "forum", "foundation", "fund", "government", "group", "inc",
    "initiative", "institute", "institution", "international", "league", "library", "limited", "ltd",
    "llc", "mission", "ministry", "movement", "museum", "nations", "network", "news", "observatory",
    "office", "organisation", "organization", "parliament", "partnership", "party", "police",
    "press", "programme", "program", "project", "republic", "secretariat", "senate", "service",
    "society", "staff", "survey", "team", "trust", "tribunal", "union", "university", "watch", "unit",
    "agence", "ministere", "bundesamt", "institut",
    // The same bodies in French, Spanish, Italian, Portuguese and German (diacritics folded).
    "comite", "comision", "commissione", "comissao", "kommission", "conseil", "consejo", "consiglio", "conselho",
    "ministerio", "ministero", "ministerium", "bundesministerium", "asociacion", "associazione", "associacao",
    "verband", "verein", "gesellschaft", "societe", "sociedad", "societa", "sociedade", "universite",
    "universidad", "universita", "universitat", "universidade", "instituto", "istituto",
    "direccion", "direzione", "departement", "departamento", "dipartimento", "oficina", "agencia", "agenzia",
    "banque", "banco", "fondation", "fundacion", "fondazione", "fundacao", "stiftung", "gobierno", "governo",
    "gouvernement", "regierung", "parlement", "parlamento", "organizacion", "organizzazione",
    "organizacao",
};

// Words that do not occur in personal names but start or fill titles.
constexpr std::string_view kTitleWords[] = {
    "a", "an", "the", "of", "in", "on", "for", "to", "why", "how", "what", "when", "where", "who",
    "is", "are", "was", "with", "from", "about", "after", "before", "into", "toward", "towards",
    "between", "against", "under", "over", "its", "our", "their", "his", "her", "this", "that", "new", "role",
};

constexpr std::string_view kParticles[] = {
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "ter", "ten", "dos", "das",
    "des", "zu", "vom", "af", "bin", "ibn", "mac", "mc",
};

constexpr std::string_view kSuffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "junior", "senior"};

// What a word may be in a name, from the lists above: several lists can hold one word.
enum WordKind : std::uint8_t { organisation_word = 1, title_word = 2, particle_word = 4, suffix_word = 8 };

// The lists above in one table, looked up by the word lowercased with
// diacritics folded: one lookup tells every list a word is in (names ask
// several of them about each of their words).
class NameWords {
 public:
  NameWords() {
    add(kOrganisationWords, organisation_word);
    add(kTitleWords, title_word);
    add(kParticles, particle_word);
    add(kSuffixes, suffix_word);
  }
  std::uint8_t kinds(std::string_view word) const {
    char buffer[32];
    if (word.empty() || word.size() > sizeof buffer) return 0;
    bool ascii = true;
    for (std::size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      ascii = ascii && static_cast<unsigned char>(c) < 0x80;
      buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (ascii) return find(std::string_view(buffer, word.size()));
    std::string key = to_lower_ascii(ascii_fold(word));   // "Université" -> "universite"
    return key.empty() ? 0 : find(key);
  }

 private:
  template <std::size_t N>
  void add(const std::string_view (&words)[N], WordKind kind) {
    for (auto word : words) kinds_[word] |= kind;
  }
  std::uint8_t find(std::string_view key) const {
    auto found = kinds_.find(key);
    return found == kinds_.end() ? 0 : found->second;
  }
  std::unordered_map<std::string_view, std::uint8_t> kinds_;
};

std::uint8_t kinds_of(std::string_view word) {
  static const NameWords words;
  return words.kinds(word);
}

bool is_upper(char32_t c) { return parsing::letter_case(c) == parsing::LetterCase::upper; }
bool is_letter(char32_t c) { return parsing::char_class(c) == parsing::CharClass::letter; }

// The space-separated words of a name or name list, kept without allocating
// for up to eight of them (names have a few; this runs for every part of
// every name list).
class Words {
 public:
  explicit Words(std::string_view text) {
    for (std::size_t at = 0; at <= text.size();) {
      std::size_t space = std::min(text.find(' ', at), text.size());
      if (std::string_view word = trim(text.substr(at, space - at)); !word.empty()) push_back(word);
      at = space + 1;
    }
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const std::string_view* begin() const { return size_ <= kInline ? inline_.data() : heap_.data(); }
  const std::string_view* end() const { return begin() + size_; }
  std::string_view operator[](std::size_t i) const { return begin()[i]; }
  std::string_view back() const { return begin()[size_ - 1]; }
  void pop_back() {
    if (size_-- == kInline + 1) std::copy_n(heap_.begin(), kInline, inline_.begin());
    if (size_ > kInline) heap_.pop_back();
  }

 private:
  static constexpr std::size_t kInline = 8;
  void push_back(std::string_view word) {
    if (size_ < kInline) {
      inline_[size_++] = word;
      return;
    }
    if (size_ == kInline) heap_.assign(inline_.begin(), inline_.end());
    heap_.push_back(word);
    ++size_;
  }
  std::array<std::string_view, kInline> inline_{};
  std::vector<std::string_view> heap_;
  std::size_t size_ = 0;
};

Words words_of(std::string_view text) { return Words(text); }

std::string join_words(const Words& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::string_view bare(std::string_view word) { return trim(word, ".,;:()\"'"); }

bool is_particle(std::string_view word) { return (kinds_of(word) & particle_word) && !is_upper_initial(word); }
bool is_suffix(std::string_view word) { return ((kinds_of(bare(word)) | kinds_of(word)) & suffix_word) != 0; }

// "W.", "I.B.", "J.-P.", "W", "Ch.": an initial (or several run together).
bool is_initial(std::string_view word) {
  std::string_view core = trim(word, ",;");
  static constexpr std::string_view kAbbreviatedGiven[] = {"Ch.", "Th.", "Ph.", "Sh.", "Chr.", "Wm.", "Gy.", "Sz.", "Zs."};
  if (std::find(std::begin(kAbbreviatedGiven), std::end(kAbbreviatedGiven), core) != std::end(kAbbreviatedGiven)) return true;
  // Capitals, each followed by an optional "." and "-".
  std::size_t letters = 0;
  for (std::size_t i = 0; i < core.size();) {
    if (!is_upper(next_code_point(core, i))) return false;
    ++letters;
    if (i < core.size() && core[i] == '.') ++i;
    if (i < core.size() && core[i] == '-') ++i;
  }
  bool undotted = core.find('.') == std::string_view::npos;
  return letters > 0 && letters <= 4 && !(undotted && letters >= 2);   // "NATO", "UN" are not initials
}

// "JP", "DC": undotted initials after a family name (Vancouver style).
bool is_undotted_initials(std::string_view word) {
  std::string_view core = trim(word, ",;");
  return is_acronym(core) && utf8_length(core) <= 3;
}

// "Smith", "O’Brien", "Bianchi-Streit", "Stodart.", "COLLMAN": a capital, then letters, apostrophes, hyphens.
bool is_capitalised(std::string_view word) {
  std::string_view core = trim(word, ",;:()\"");
  if (core.ends_with('.')) core.remove_suffix(1);
  std::size_t i = 0;
  if (core.empty() || !is_upper(next_code_point(core, i))) return false;
  while (i < core.size()) {
    std::size_t at = i;
    char32_t c = next_code_point(core, i);
    if (!(is_letter(c) || c == '\'' || c == U'’' || c == '-')) return false;
    if (c == '-' && at + 1 == core.size()) return false;
  }
  return true;
}

bool is_name_word(std::string_view word) {
  std::string_view core = bare(word);
  if (core.empty()) return false;
  std::uint8_t kinds = kinds_of(core);
  if (((kinds & particle_word) && !is_upper_initial(core)) || is_initial(word)) return true;
  if (kinds & (title_word | organisation_word)) return false;
  return is_capitalised(word);
}

// Letters of a script written without spaces between names (CJK, Thai): no case, not Latin.
bool is_unspaced_script(std::string_view text) {
  bool any = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = next_code_point(text, i);
    if (c < 0x2E80) {
      if (c != ' ') return false;
      continue;
    }
    any = true;
  }
  return any;
}

// "Patrick Wintour", "Daan W. Everts", "W. Everts", "Ludwig van Beethoven", "J. P. COLLMAN".
bool looks_like_person(std::string_view text) {
  auto words = words_of(text);
  if (words.size() < 2 || words.size() > 6) return false;   // a lone word is a family name only in "Family, Given" lists
  bool initials = false;
  for (auto word : words) {
    if (!is_name_word(word) && !is_suffix(word)) return false;
    initials = initials || is_initial(word);
  }
  if (is_particle(words.back())) return false;
  return initials || !std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_acronym(bare(w)); });
}

// A first-name part of an inverted name: "Daan W.", "J.", "Jean-Pierre", "J. R. R.", "Vincent van".
bool is_given_part(std::string_view part) {
  auto words = words_of(part);
  while (words.size() > 1 && is_particle(words.back())) words.pop_back();
  if (words.empty() || words.size() > 3) return false;
  bool all_acronyms = std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return is_acronym(w) && w.find('.') == std::string_view::npos && utf8_length(w) > 3;   // "NATO", not "J.R.R."
  });
  return !all_acronyms &&
         std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w) && !is_particle(w); });
}

bool is_initials_part(std::string_view part) {
  auto words = words_of(part);
  return !words.empty() && words.size() <= 4 &&
         std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_initial(w) || is_undotted_initials(w); });
}

// A family-name part of an inverted name: "Everts", "van der Mast", "Bianchi-Streit", "GREEN".
bool is_family_part(std::string_view part) {
  auto words = words_of(part);
  if (words.empty() || words.size() > 4) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool last = i + 1 == words.size();
    if (last ? !(is_capitalised(words[i]) && !is_initial(words[i])) : !(is_particle(words[i]) || is_capitalised(words[i])))
      return false;
    if (kinds_of(bare(words[i])) & (title_word | organisation_word)) return false;
  }
  return true;
}

// Particles leading a family name ("van der Mast") or trailing a given name ("Vincent van").
Name person(std::string_view family, std::string_view given) {
  Name name;
  auto family_words = words_of(family);
  std::size_t i = 0;
  while (i + 1 < family_words.size() && is_particle(family_words[i])) ++i;
  name.non_dropping_particle = join_words(family_words, 0, i);
  name.family = join_words(family_words, i, family_words.size());
  auto given_words = words_of(given);
  std::size_t g = given_words.size();
  while (g > 1 && is_particle(given_words[g - 1])) --g;
  if (name.non_dropping_particle.empty()) name.non_dropping_particle = join_words(given_words, g, given_words.size());
  name.given = join_words(given_words, 0, g);
  return name;
}

// Whether `text` may end in "et al." / "and others" / "u. a." / "et coll.": a cheap test before the pattern.
bool may_hold_et_al(std::string_view text) {
  return contains_any_ascii_caseless(text, {"al", "other", "u.", "coll", "..", "…"});
}

bool is_et_al(std::string_view part) {
  if (part.size() > 12 || !may_hold_et_al(part)) return false;
  static const Regex et_al(R"(^(?:et\.?\s*al(?:ii|ia)?\.?|and others|u\.\s?a\.?|et coll\.?|\.\.\.|…)$)", Regex::caseless);
  return et_al.full_match(trim(part));
}

// Whether `list` holds ";", "&", "/" or a joining word between spaces: the
// only lists the splitting pattern below can match. A byte outside ASCII
// might be a space, so it counts as one.
bool may_join_names(std::string_view list) {
  auto spacing = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || static_cast<unsigned char>(c) >= 0x80; };
  static constexpr std::string_view kWords[] = {"and", "und", "et", "y", "e"};
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i] == ';' || list[i] == '&' || list[i] == '/') return true;
    if (i == 0 || !spacing(list[i - 1]) || spacing(list[i])) continue;
    for (auto word : kWords)
      if (list.substr(i).starts_with(word) && i + word.size() < list.size() && spacing(list[i + word.size()])) return true;
  }
  return false;
}

// Splits at ";", "&", " and ", " und ", " et ", " y ", "/" (also after a
// comma: ", and"); German lists join names with a bare slash ("Schuppert,
// Gunnar Folke/Zürn, Michael").
std::vector<std::vector<std::string>> name_groups(std::string_view list) {
  static const Regex strong(R"(\s*(?:;|,?\s*&|,?\s+(?:and|und|et|y|e|and/or)\s+|\s*/\s*)\s*)");
  std::vector<std::vector<std::string>> groups;
  std::size_t copied = 0;
  auto add = [&](std::string_view group) {
    std::vector<std::string> parts;
    for (auto part : split(group, ','))
      if (!trim(part).empty()) parts.emplace_back(trim(part));
    if (!parts.empty()) groups.push_back(std::move(parts));
  };
  if (may_join_names(list)) {
    auto joiners = strong.find_all(list);
    for (std::size_t j = 0; j < joiners.size(); ++j) {
      std::size_t right_end = j + 1 < joiners.size() ? joiners[j + 1].begin() : list.size();
      if (joins_one_body(list.substr(copied, joiners[j].begin() - copied), joiners[j].str(),
                         list.substr(joiners[j].end(), right_end - joiners[j].end())))
        continue;
      add(list.substr(copied, joiners[j].begin() - copied));
      copied = joiners[j].end();
    }
  }
  add(list.substr(copied));
  return groups;
}

// "García López, María", "Mac Ginty, Roger", "Di Michele, Andrea": two family names before one first
// name, when the pair is all its group holds ("Patrick Wintour, Ian Traynor" has two words after the
// comma; in "Lixing You, Xiaoyan Yang, …" persons are written first name first). Initials and capitals
// are first names ("Price CM, Cech").
bool two_family_names(const Words& family, const std::string& given) {
  if (words_of(given).size() != 1) return false;
  return std::none_of(family.begin(), family.end(), [](std::string_view w) {
    return is_initial(w) || is_undotted_initials(w) || is_acronym(bare(w)) || is_suffix(w);
  });
}

// Whether `family` followed by `given` is one inverted name ("Everts, Daan W."); `alone` when the two are
// the whole group of names between separators.
bool pairs_inverted(const std::string& family, const std::string& given, bool alone) {
  // "GREEN, Christopher": capitals make a family name, not an institution, when first names follow.
  bool capitals = words_of(family).size() == 1 && is_acronym(family);
  if (!is_family_part(family) || (is_organisation_name(family) && !capitals) || !is_given_part(given)) return false;
  if (is_initials_part(given)) return true;
  // "Wintour, Patrick": a one-word family name and first names; "Patrick Wintour, Ian Traynor" is not inverted.
  auto words = words_of(family);
  std::size_t particles = 0;
  while (particles < words.size() && is_particle(words[particles])) ++particles;
  std::size_t family_words = words.size() - particles;
  return (family_words == 1 || (alone && family_words == 2 && two_family_names(words, given))) && is_given_part(given);
}

}  // namespace

bool joins_one_body(std::string_view left, std::string_view joiner, std::string_view right) {
  if (joiner.find_first_of(",;&/") != std::string_view::npos) return false;
  return is_organisation_name(trim(left)) && !is_organisation_name(trim(right)) && !looks_like_person(trim(right));
}

bool is_organisation_name(std::string_view text) {
  auto words = words_of(text);
  if (words.empty()) return false;
  // An organisation's word makes one; so do undotted capitals ("NATO", "UN OCHA"), not dotted ones (initials:
  // "I.B. Tauris"), with no other word than a title's.
  std::size_t acronyms = 0, others = 0;
  for (auto word : words) {
    std::string_view core = bare(word);
    std::uint8_t kinds = kinds_of(core);
    if (kinds & organisation_word) return true;
    if (is_acronym(core) && word.find('.') == std::string_view::npos) ++acronyms;
    else if (!(kinds & title_word)) ++others;
  }
  return acronyms > 0 && others == 0;
}

bool looks_like_name_list(std::string_view segment) {
  auto groups = name_groups(segment);
  if (groups.empty()) return false;
  for (const auto& parts : groups)
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const std::string& p = parts[i];
      if (!(is_et_al(p) || looks_like_person(p) || is_organisation_name(p) || is_given_part(p) || is_family_part(p)))
        return false;
    }
  return true;
}

bool looks_like_strict_person_list(std::string_view segment) {
  static const Regex persons_joined(R"(\s*(?:;|/|,?\s*&|,?\s+(?:and|und|et|y|e)\s+)\s*)");
  std::vector<std::string_view> groups;
  std::size_t copied = 0;
  for (const auto& m : persons_joined.find_all(segment)) {
    groups.push_back(trim(segment.substr(copied, m.begin() - copied)));
    copied = m.end();
  }
  groups.push_back(trim(segment.substr(copied)));
  // "Müller, Harald ; Wolf, Klaus Dieter", "Oltmer, Jochen/Schubert, M.": every person "Family, Given".
  bool inverted = std::all_of(groups.begin(), groups.end(), [](std::string_view group) {
    auto parts = split(group, ',');
    if (parts.size() != 2 || !is_family_part(trim(parts[0])) || !is_given_part(trim(parts[1]))) return false;
    // One family word after its particles ("Mac Ginty"), or initials after more ("García Márquez, G."):
    // "Jason Epstein, Book Business" is a person and a title.
    auto family = words_of(trim(parts[0]));
    std::size_t particles = 0;
    // Capitalised ones too: "Mac Ginty", "Di Michele", "Van Gogh" are one family name each.
    while (particles + 1 < family.size() && (kinds_of(family[particles]) & particle_word)) ++particles;
    // Capitals are an organisation's acronym unless one first name follows ("WHITE, Hayden", not "ILO,
    // Evaluation Summary").
    if (family.size() == 1 && is_acronym(bare(family[0])) && words_of(trim(parts[1])).size() > 1 &&
        !is_initials_part(trim(parts[1])))
      return false;
    return family.size() - particles == 1 || is_initials_part(trim(parts[1]));
  });
  if (inverted) return true;
  // "Potasznik H, Nelson G", "H Johansson, P Sjolander and J Pedersen": initials and a family name.
  return std::all_of(groups.begin(), groups.end(), [](std::string_view group) {
    auto parts = split(group, ',');
    return std::all_of(parts.begin(), parts.end(), [](std::string_view part) {
      auto words = words_of(trim(part));
      if (words.size() < 2 || words.size() > 4) return false;
      bool initials_first = is_undotted_initials(words[0]) || is_initial(words[0]);
      bool initials_last = is_undotted_initials(words.back()) || is_initial(words.back());
      std::string_view family = initials_last ? words[0] : words.back();
      return (initials_first || initials_last) && is_capitalised(family) && !is_initial(family) &&
             !(kinds_of(bare(family)) & (title_word | organisation_word));
    });
  });
}

Name parse_name(std::string_view text) {
  text = trim(text, ",; ");
  Name name;
  if (text.empty()) return name;
  if (is_organisation_name(text) || is_unspaced_script(text)) {
    name.literal = std::string(text);
    return name;
  }
  static const Regex bracketed_given(R"(^(.+?)\s*\(([^()]+)\)$)");   // "Bugnon (A.-L.)"
  if (auto m = text.ends_with(')') ? bracketed_given.match_at(text) : std::nullopt;
      m && m->end() == text.size() && is_given_part(m->str(2)))
    return person(m->str(1), m->str(2));
  auto words = words_of(text);
  std::string suffix;
  if (words.size() > 2 && is_suffix(words.back())) {
    suffix = std::string(words.back());
    words.pop_back();
  }
  bool name_like = words.size() <= 6 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
                     return is_name_word(w) || is_undotted_initials(w);
                   });
  if (!name_like) {
    name.literal = std::string(text);
    return name;
  }
  if (words.size() == 1) {   // "Aristotle"
    name.family = std::string(trim(words[0], ".,;"));
    return name;
  }
  // "Heidegger M.", "Smith JP", "van der Mast C.": the family name first, initials after it.
  std::size_t initials = words.size();
  while (initials > 1 && (is_initial(words[initials - 1]) || is_undotted_initials(words[initials - 1]))) --initials;
  if (initials < words.size() && !is_initial(words[0])) {
    name = person(join_words(words, 0, initials), join_words(words, initials, words.size()));
  } else {
    // Given names first; the family name is the last word with any particles before it.
    std::size_t family_start = words.size() - 1;
    while (family_start > 1 && is_particle(words[family_start - 1])) --family_start;
    name = person(join_words(words, family_start, words.size()), join_words(words, 0, family_start));
  }
  name.suffix = suffix;
  return name;
}

std::vector<Name> parse_names(std::string_view segment) {
  // "et al." says more authors exist; CSL has no name for them, so it is dropped.
  static const Regex et_al(R"(\s*,?\s*(?:et\.?\s*al(?:ii|ia)?|and\s+others|u\.\s?a|et\s+coll)\.?\s*$)", Regex::caseless);
  std::string list(trim(segment, " ,;"));
  if (may_hold_et_al(list))
    if (auto m = et_al.find(list)) list.erase(m->begin());
  // A sentence's closing period, unless it closes an initial or "Jr.".
  static const Regex keeps_period(R"((?:^|[\s.\-])(?:\p{Lu}|Jr|Sr|Ch|Th|Ph|Wm)\.$)");
  // A match is at most eight bytes long and ends the list: only the end is searched.
  std::size_t tail = list.size() > 8 ? list.size() - 8 : 0;
  while (tail > 0 && (static_cast<unsigned char>(list[tail]) & 0xC0) == 0x80) --tail;   // a whole character
  if (list.ends_with('.') && !keeps_period.find(list, tail)) list.pop_back();
  std::vector<Name> names;
  for (const auto& parts : name_groups(list)) {
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (is_et_al(parts[i])) continue;
      if (is_suffix(parts[i]) && !names.empty() && names.back().literal.empty()) {
        names.back().suffix = parts[i];   // "King, Martin Luther, Jr."
        continue;
      }
      if (i + 1 < parts.size() && pairs_inverted(parts[i], parts[i + 1], parts.size() == 2)) {
        names.push_back(person(parts[i], parts[i + 1]));
        ++i;
        continue;
      }
      names.push_back(parse_name(parts[i]));
    }
  }
  names.erase(std::remove_if(names.begin(), names.end(), [](const Name& n) { return n == Name{}; }), names.end());
  return names;
}

}  // namespace citekit::extract
