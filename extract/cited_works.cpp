#include "extract/cited_works.hpp"

#include "core/citation_key.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace citekit::extract {
namespace {

// Lower-case ASCII words, diacritics folded: how names and titles compare.
std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : to_lower_ascii(ascii_fold(text))) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current += c;
    } else if (c != '\'') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::string folded(std::string_view text) { return join(folded_words(text), " "); }

// The capitals of an organisation's name: "Organization for Security and
// Co-operation in Europe" -> "osce".
std::string acronym_of(std::string_view literal) {
  std::string letters;
  for (char c : ascii_fold(literal))
    if (c >= 'A' && c <= 'Z') letters += static_cast<char>(c - 'A' + 'a');
  return letters.size() >= 2 ? letters : "";
}

// Edit distance, for names spelled differently in a citation and its entry.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The forms a citation may name one author by.
struct AuthorForms {
  std::vector<std::string> forms;  // folded: a family name's last word, the whole family name, an organisation, its acronym
  bool matches(std::string_view cited) const {
    std::vector<std::string> words = folded_words(cited);
    if (words.empty()) return false;
    std::string whole = join(words, " ");
    return std::any_of(forms.begin(), forms.end(), [&](const std::string& form) {
      return form == whole || form == words.back();
    });
  }
};

AuthorForms forms_of(const Name& name) {
  AuthorForms author;
  if (name.is_organisation()) {
    author.forms.push_back(folded(name.literal));
    if (auto acronym = acronym_of(name.literal); !acronym.empty()) author.forms.push_back(acronym);
    static const Regex bracketed(R"(\(([^()]{2,20})\))");
    if (auto m = bracketed.find(name.literal)) author.forms.push_back(folded(m->str(1)));
    return author;
  }
  std::vector<std::string> family = folded_words(name.family);
  if (family.empty()) return author;
  author.forms.push_back(family.back());
  author.forms.push_back(join(family, " "));
  // "Ker-Lindsay" hyphenated at a line's end reads "KERLINDSAY" once the break is joined.
  if (family.size() > 1) author.forms.push_back(join(family, ""));
  if (!name.non_dropping_particle.empty())
    author.forms.push_back(folded(name.non_dropping_particle + " " + name.family));
  return author;
}

// What a citation can find an entry by.
struct EntryKey {
  std::size_t entry = 0;
  std::size_t work = 0;
  std::vector<AuthorForms> authors;  // the authors, else the editors
  std::vector<std::string> title;    // folded words, for works cited by title
  std::vector<std::string> text;     // the entry's text, folded words
  std::string year;                  // "2009"; "" when undated
  char suffix = 0;                   // 'a' in "2009a"
};

// "2009a" -> "2009" and 'a'; "n.d." -> "".
std::pair<std::string, char> year_and_suffix(std::string_view cited) {
  std::string digits;
  char suffix = 0;
  for (char c : cited) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c >= 'a' && c <= 'z' && digits.size() == 4 && !suffix) suffix = c;
  }
  if (digits.size() != 4) return {"", 0};
  return {digits, suffix};
}

// The letter that tells an author's works of one year apart: "2006a", or
// before the year as some styles print it ("a2006").
char suffix_in(std::string_view raw, const std::string& year) {
  if (year.empty()) return 0;
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = raw.find(year); at != std::string_view::npos; at = raw.find(year, at + 1)) {
    std::size_t after = at + year.size();
    bool digit_before = at > 0 && std::isdigit(static_cast<unsigned char>(raw[at - 1]));
    if (digit_before) continue;
    if (after < raw.size() && letter(raw[after]) && !(after + 1 < raw.size() && alpha(raw[after + 1]))) return raw[after];
    if (at >= 1 && letter(raw[at - 1]) && !(at >= 2 && alpha(raw[at - 2]))) return raw[at - 1];
  }
  return 0;
}

class CitationLinker {
 public:
  explicit CitationLinker(Bibliography& bibliography) : bib_(bibliography) {}

  void run() {
    index_entries();
    drop_unmatched_tentative();
    const auto& citations = bib_.document.citations;
    bib_.text_citation_works.resize(citations.size());
    for (std::size_t c = 0; c < citations.size(); ++c) {
      CitedWorks& slots = bib_.text_citation_works[c];
      for (const CitedWork& cited : citations[c].works) {
        slots.push_back(resolve(citations[c], cited));
        if (slots.back()) add_once(bib_.works[*slots.back()].text_citations, c);
      }
    }
    report_uncited();
  }

 private:
  void index_entries() {
    const auto& items = bib_.document.bibliography;
    for (std::size_t i = 0; i < items.size(); ++i) metadata_items_.try_emplace(items[i].id, i);
    if (!items.empty())
      for (std::size_t w = 0; w < bib_.works.size(); ++w) works_by_key_.try_emplace(bib_.works[w].item.id, w);
    const auto& entries = bib_.document.entries;
    for (const Citation& citation : bib_.citations) {
      if (citation.raw.source != ReferenceSource::list_entry) continue;
      const ListEntry& entry = entries[citation.raw.entry];
      EntryKey key;
      key.entry = citation.raw.entry;
      key.work = citation.work;
      const Reference& item = citation.item;
      const auto* names = &item.authors();
      if (names->empty())
        if (auto editors = item.names.find("editor"); editors != item.names.end()) names = &editors->second;
      for (const Name& name : *names) key.authors.push_back(forms_of(name));
      key.title = folded_words(item.get("title"));
      key.text = folded_words(entry.text);
      if (const Date* issued = item.date("issued"); issued && issued->year()) key.year = std::to_string(issued->year());
      key.suffix = suffix_in(entry.text, key.year);
      std::size_t k = keys_.size();
      if (key.authors.empty() && !key.title.empty()) by_form_[key.title.front()].push_back(k);
      by_year_[key.year].push_back(k);
      if (!key.authors.empty())
        for (const std::string& form : key.authors.front().forms) by_form_[form].push_back(k);
      if (!entry.id.empty()) by_id_.try_emplace(entry.id, k);
      if (!entry.label.empty()) by_label_.try_emplace(entry.label, k);
      keys_.push_back(std::move(key));
    }
  }

  // A tentative citation stays only when every work it names is one entry's
  // (an undated one, as a name alone in brackets cites).
  void drop_unmatched_tentative() {
    auto& citations = bib_.document.citations;
    citations.erase(std::remove_if(citations.begin(), citations.end(),
                                   [&](const TextCitation& citation) {
                                     if (!citation.tentative) return false;
                                     return !std::all_of(citation.works.begin(), citation.works.end(),
                                                         [&](const CitedWork& cited) {
                                                           return of_year(candidates(cited, true), cited).size() == 1;
                                                         });
                                   }),
                    citations.end());
  }

  std::optional<std::size_t> resolve(const TextCitation& citation, const CitedWork& cited) {
    switch (citation.kind) {
      case CitationKind::key: return by_key(citation, cited);
      case CitationKind::numeric: return by_number(citation, cited);
      case CitationKind::author_date: return by_names(citation, cited);
      case CitationKind::field: return by_item(citation, cited);
      case CitationKind::note: return std::nullopt;
    }
    return std::nullopt;
  }

  // A key: the entry the markup anchors under it ("ref-" + key, as pandoc
  // writes it); else the item the document's metadata gives under it (the
  // entry that gives the same work adopts it; else it is a work of its own);
  // else the one entry whose first author and year the key spells
  // ("weller2009", "wellerContestedStatehood2009").
  std::optional<std::size_t> by_key(const TextCitation& citation, const CitedWork& cited) {
    for (const std::string& id : {cited.key, "ref-" + cited.key})
      if (auto found = by_id_.find(id); found != by_id_.end()) return keys_[found->second].work;
    if (auto item = metadata_items_.find(cited.key); item != metadata_items_.end()) {
      const Reference& given = bib_.document.bibliography[item->second];
      if (auto key = entry_giving(given)) {
        adopt(keys_[*key].work, given);
        return keys_[*key].work;
      }
      if (auto keyed = work_keyed(given.id)) return keyed;
      return work_of_item(given, given.id);
    }
    if (auto spelled = entry_spelled_by(cited.key)) return keys_[*spelled].work;
    return unmatched(citation, "\"@" + cited.key + "\" names no entry of " +
                                   (keys_.empty() ? "a reference list" : "the reference list") +
                                   " and no item of the document's bibliography");
  }

  // The work a note's citation of the same key made (it kept the key).
  std::optional<std::size_t> work_keyed(const std::string& key) const {
    if (auto found = works_by_key_.find(key); found != works_by_key_.end()) return found->second;
    return std::nullopt;
  }

  // The one entry whose first author's family name and year a key spells.
  std::optional<std::size_t> entry_spelled_by(std::string_view key) const {
    static const Regex name(R"(^(?:\p{Lu}{2,}(?!\p{Ll})|\p{L}\p{Ll}+))");
    static const Regex year(R"((?<!\p{N})(?:1[5-9]\d\d|20\d\d)(?:[a-z](?![\p{L}\p{N}]))?(?!\p{N}))");
    auto named = name.find(key);
    auto dated = year.find(key);
    if (!named || !dated) return std::nullopt;
    CitedWork spelled;
    spelled.names.emplace_back(named->str());
    spelled.year = std::string(dated->str());
    std::vector<std::size_t> matched = distinct_works(of_year(candidates(spelled, false), spelled));
    if (matched.size() != 1) return std::nullopt;
    return matched.front();
  }

  std::optional<std::size_t> by_number(const TextCitation& citation, const CitedWork& cited) {
    if (auto found = by_label_.find(cited.number); found != by_label_.end()) return keys_[found->second].work;
    if (by_label_.empty()) {
      std::size_t number = std::strtoull(cited.number.c_str(), nullptr, 10);
      if (number >= 1 && number <= keys_.size()) return keys_[number - 1].work;
    }
    bib_.problems.push_back(Problem{Severity::error, "citation-out-of-range",
                                    "\"" + excerpt(citation.text, 60) + "\" cites number " + cited.number +
                                        ", which the reference list does not have (it has " +
                                        std::to_string(keys_.size()) + " entries)",
                                    citation.position, {}});
    return std::nullopt;
  }

  // A citation manager's item: the entry that gives it (the same DOI, or
  // its title and first author's name in the entry's text) holds the same
  // work, which takes the item as the manager stored it. An item no entry
  // gives is a work of its own.
  std::optional<std::size_t> by_item(const TextCitation& citation, const CitedWork& cited) {
    if (cited.items.empty()) return std::nullopt;
    const Reference& item = cited.items.front();
    if (auto key = entry_giving(item)) {
      adopt(keys_[*key].work, item);
      return keys_[*key].work;
    }
    if (!keys_.empty())
      unmatched(citation, "the citation manager's item \"" + excerpt(item.get("title"), 60) + "\" in \"" +
                              excerpt(citation.text, 60) + "\" matches no entry of the reference list");
    return work_of_item(item, base_citation_key(item));
  }

  std::optional<std::size_t> entry_giving(const Reference& item) const {
    std::vector<std::string> title = folded_words(item.get("title"));
    std::string doi = to_lower_ascii(item.get("DOI"));
    std::string author = item.authors().empty() ? std::string()
                         : folded(item.authors().front().is_organisation() ? item.authors().front().literal
                                                                           : item.authors().front().family);
    std::optional<std::size_t> found;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const Reference& work = bib_.works[keys_[k].work].item;
      bool same = (!doi.empty() && doi == to_lower_ascii(work.get("DOI"))) ||
                  (title.size() >= 2 && holds(keys_[k].text, title) && (author.empty() || holds(keys_[k].text, folded_words(author))));
      if (!same) continue;
      if (found && keys_[*found].work != keys_[k].work) return std::nullopt;
      found = k;
    }
    return found;
  }

  static bool holds(const std::vector<std::string>& text, const std::vector<std::string>& words) {
    if (words.empty() || words.size() > text.size()) return false;
    return std::search(text.begin(), text.end(), words.begin(), words.end()) != text.end();
  }

  // The work takes the citation manager's item, under its own key.
  void adopt(std::size_t work, const Reference& item) {
    Reference adopted = item;
    adopted.id = bib_.works[work].item.id;
    adopted.origin = ItemOrigin::document;
    bib_.works[work].item = std::move(adopted);
  }

  // The work an item no entry gives stands for: one per distinct item.
  std::size_t work_of_item(const Reference& item, const std::string& key) {
    std::string identity = folded(item.get("title")) + "\n" + to_lower_ascii(item.get("DOI"));
    if (auto found = item_works_.find(identity); found != item_works_.end()) return found->second;
    Work work;
    work.item = item;
    work.item.origin = ItemOrigin::document;
    work.item.id = unused_key(key);
    bib_.works.push_back(std::move(work));
    item_works_.emplace(identity, bib_.works.size() - 1);
    return bib_.works.size() - 1;
  }

  std::string unused_key(const std::string& base) const {
    auto taken = [&](const std::string& key) {
      return std::any_of(bib_.works.begin(), bib_.works.end(),
                         [&](const Work& work) { return iequals_ascii(work.item.id, key); });
    };
    if (!taken(base)) return base;
    for (char suffix = 'a'; suffix <= 'z'; ++suffix)
      if (!taken(base + suffix)) return base + suffix;
    for (std::size_t n = 2;; ++n)
      if (!taken(base + std::to_string(n))) return base + std::to_string(n);
  }

  bool names_match(const EntryKey& key, const CitedWork& cited, bool strict) const {
    if (cited.names.empty()) return false;
    if (key.authors.empty()) {
      // Works without authors are cited by their title.
      std::vector<std::string> words = folded_words(cited.names.front());
      return !words.empty() && words.size() <= key.title.size() &&
             std::equal(words.begin(), words.end(), key.title.begin());
    }
    if (!key.authors.front().matches(cited.names.front())) return false;
    if (!strict) return true;
    if (cited.et_al) return key.authors.size() >= 2;
    if (cited.names.size() != key.authors.size()) return false;
    for (std::size_t i = 1; i < cited.names.size(); ++i)
      if (!key.authors[i].matches(cited.names[i])) return false;
    return true;
  }

  // Entries the cited names can match, looked up by the first name's forms
  // (its whole, its last word), then checked.
  std::vector<std::size_t> candidates(const CitedWork& cited, bool strict) const {
    std::vector<std::size_t> found;
    if (cited.names.empty()) return found;
    std::vector<std::string> words = folded_words(cited.names.front());
    if (words.empty()) return found;
    std::vector<std::size_t> looked;
    for (const std::string& form : {join(words, " "), words.back(), words.front()})
      if (auto hit = by_form_.find(form); hit != by_form_.end()) looked.insert(looked.end(), hit->second.begin(), hit->second.end());
    std::sort(looked.begin(), looked.end());
    looked.erase(std::unique(looked.begin(), looked.end()), looked.end());
    for (std::size_t k : looked)
      if (names_match(keys_[k], cited, strict)) found.push_back(k);
    return found;
  }

  // Among entries the names match, those of the cited year; "2020b" is the
  // second such entry when the entries do not show their letters.
  std::vector<std::size_t> of_year(const std::vector<std::size_t>& pool, const CitedWork& cited) const {
    auto [year, suffix] = year_and_suffix(cited.year);
    std::vector<std::size_t> same_year;
    for (std::size_t k : pool)
      if (keys_[k].year == year) same_year.push_back(k);
    if (same_year.size() <= 1 || !suffix) return same_year;
    std::vector<std::size_t> lettered;
    for (std::size_t k : same_year)
      if (keys_[k].suffix == suffix) lettered.push_back(k);
    if (!lettered.empty()) return lettered;
    bool none_lettered = std::none_of(same_year.begin(), same_year.end(), [&](std::size_t k) { return keys_[k].suffix; });
    std::size_t nth = static_cast<std::size_t>(suffix - 'a');
    if (none_lettered && nth < same_year.size()) return {same_year[nth]};
    return same_year;
  }

  std::optional<std::size_t> by_names(const TextCitation& citation, const CitedWork& cited) {
    std::vector<std::size_t> lenient = candidates(cited, false);
    for (bool strict : {true, false}) {
      std::vector<std::size_t> pool = strict ? candidates(cited, true) : lenient;
      std::vector<std::size_t> matched = distinct_works(of_year(pool, cited));
      if (matched.size() == 1) return keys_[matched.front()].work;
      if (matched.size() > 1) return ambiguous(citation, cited, matched);
    }
    std::string cited_as = join(cited.names, ", ") + " " + cited.year;
    if (auto named = named_in_text(cited)) {
      mismatch(citation, "\"" + excerpt(citation.text, 60) + "\" names the entry at " +
                             bib_.document.entries[keys_[*named].entry].position.to_string() +
                             " by words of its text, not by its authors");
      return keys_[*named].work;
    }
    if (lenient.size() == 1) {
      const EntryKey& key = keys_[lenient.front()];
      mismatch(citation, "\"" + excerpt(citation.text, 60) + "\" gives the year " + cited.year + "; the entry at " +
                             bib_.document.entries[key.entry].position.to_string() + " gives " +
                             (key.year.empty() ? std::string("none") : key.year));
      return key.work;
    }
    if (auto spelled = spelled_differently(cited)) {
      mismatch(citation, "\"" + excerpt(citation.text, 60) + "\" spells the name \"" + cited.names.front() +
                             "\" differently from the entry at " +
                             bib_.document.entries[keys_[*spelled].entry].position.to_string());
      return keys_[*spelled].work;
    }
    return unmatched(citation, "\"" + excerpt(cited_as, 80) + "\" matches no entry of the reference list");
  }

  // The one entry of the cited year whose text holds the cited name's words
  // ("(O A 2003)" for "Bieber, Florian und Židas Daskalovski, Hrsg.O A. 2003.", as a
  // style may render an entry without authors).
  std::optional<std::size_t> named_in_text(const CitedWork& cited) const {
    std::vector<std::string> words = folded_words(cited.names.front());
    auto [year, suffix] = year_and_suffix(cited.year);
    auto same_year = by_year_.find(year);
    if (words.empty() || same_year == by_year_.end()) return std::nullopt;
    std::optional<std::size_t> found;
    for (std::size_t k : same_year->second) {
      if (!holds(keys_[k].text, words)) continue;
      if (found && keys_[*found].work != keys_[k].work) return std::nullopt;
      found = k;
    }
    return found;
  }

  // The one entry of the cited year whose first author's name is within two
  // letters of the cited one (long names only: short ones differ by less).
  std::optional<std::size_t> spelled_differently(const CitedWork& cited) const {
    std::vector<std::string> words = folded_words(cited.names.front());
    auto [year, suffix] = year_and_suffix(cited.year);
    if (words.empty() || words.back().size() < 5) return std::nullopt;
    std::optional<std::size_t> found;
    auto same_year = by_year_.find(year);
    if (same_year == by_year_.end()) return std::nullopt;
    for (std::size_t k : same_year->second) {
      const EntryKey& key = keys_[k];
      if (key.authors.empty() || key.authors.front().forms.empty()) continue;
      if (edit_distance(words.back(), key.authors.front().forms.front()) > 2) continue;
      if (found) return std::nullopt;
      found = k;
    }
    return found;
  }

  // Entries of one work (a list that gives it twice) are one match.
  std::vector<std::size_t> distinct_works(std::vector<std::size_t> keys) const {
    std::vector<std::size_t> kept;
    for (std::size_t k : keys)
      if (std::none_of(kept.begin(), kept.end(), [&](std::size_t other) { return keys_[other].work == keys_[k].work; }))
        kept.push_back(k);
    return kept;
  }

  std::optional<std::size_t> ambiguous(const TextCitation& citation, const CitedWork& cited,
                                       const std::vector<std::size_t>& matched) {
    for (std::size_t k : matched) cited_ambiguously_.insert(keys_[k].work);
    std::string where;
    for (std::size_t k : matched)
      where += (where.empty() ? "" : ", ") + bib_.document.entries[keys_[k].entry].position.to_string();
    bib_.problems.push_back(Problem{Severity::warning, "ambiguous-citation",
                                    "\"" + excerpt(join(cited.names, ", ") + " " + cited.year, 80) + "\" in \"" +
                                        excerpt(citation.text, 60) + "\" matches " + std::to_string(matched.size()) +
                                        " entries (" + where + "); tell them apart (2020a, 2020b)",
                                    citation.position, {}});
    return std::nullopt;
  }

  void mismatch(const TextCitation& citation, std::string message) {
    bib_.problems.push_back(Problem{Severity::warning, "citation-mismatch", std::move(message), citation.position, {}});
  }

  std::optional<std::size_t> unmatched(const TextCitation& citation, std::string message) {
    bib_.problems.push_back(Problem{Severity::warning, "unmatched-citation", std::move(message), citation.position, {}});
    return std::nullopt;
  }

  // Entries nothing cites, when the document cites anything at all (a list
  // in a document without citations is a reading list, not an error).
  void report_uncited() {
    bool cites = !bib_.document.citations.empty() ||
                 std::any_of(bib_.citations.begin(), bib_.citations.end(),
                             [](const Citation& c) { return c.raw.source == ReferenceSource::note; });
    if (!cites) return;
    for (const EntryKey& key : keys_) {
      const Work& work = bib_.works[key.work];
      if (!work.text_citations.empty() || !work.notes.empty() || cited_ambiguously_.count(key.work)) continue;
      const ListEntry& entry = bib_.document.entries[key.entry];
      bib_.problems.push_back(Problem{Severity::warning, "uncited-entry",
                                      "nothing in the text cites \"" + excerpt(entry.text, 80) + "\"",
                                      entry.position, {}});
    }
  }

  static void add_once(std::vector<std::size_t>& list, std::size_t value) {
    if (list.empty() || list.back() != value) list.push_back(value);
  }

  Bibliography& bib_;
  std::vector<EntryKey> keys_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::size_t> metadata_items_;  // the document bibliography's items by key
  std::unordered_map<std::string, std::size_t> works_by_key_;    // works of notes, by key, when there are such items
  std::unordered_map<std::string, std::size_t> by_label_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_form_;  // a first author's forms (or a title's first word)
  std::unordered_map<std::string, std::vector<std::size_t>> by_year_;
  std::set<std::size_t> cited_ambiguously_;
  std::unordered_map<std::string, std::size_t> item_works_;  // works of items no entry gives  // works an ambiguous citation may mean: not "uncited"
};

}  // namespace

void link_text_citations(Bibliography& bibliography) { CitationLinker(bibliography).run(); }

}  // namespace citekit::extract
