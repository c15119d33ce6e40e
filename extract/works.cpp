#include "extract/works.hpp"

#include "core/citation_key.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

namespace citekit::extract {
namespace {

// Lowercase ASCII words, for comparing titles and names loosely.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : to_lower_ascii(ascii_fold(text))) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current += c;
    } else if (c != '\'') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

std::string name_key(const Name& name) {
  return join(words(name.is_organisation() ? name.literal : name.family), " ");
}

std::string first_author_key(const Reference& item) {
  const auto& authors = item.authors();
  return authors.empty() ? std::string{} : name_key(authors.front());
}

bool is_prefix(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  return !shorter.empty() && shorter.size() <= longer.size() && std::equal(shorter.begin(), shorter.end(), longer.begin());
}

// A citation that names a work without anything to publish it by: no date,
// no link, no publisher, no container.
bool is_abbreviated(const Reference& item) {
  return !item.date("issued") && !item.has("URL") && !item.has("DOI") && !item.has("publisher") &&
         !item.has("container-title");
}

// What identifies a work, normalised once: keys under which an identical
// full reference finds it, and what a short form is matched by.
struct Fingerprint {
  std::string author;                // first author's family name or organisation
  std::vector<std::string> title;    // title words
  std::vector<std::string> identity_keys;

  explicit Fingerprint(const Reference& item) : author(first_author_key(item)), title(words(item.get("title"))) {
    std::string joined = join(title, " ");
    const Date* issued = item.date("issued");
    if (item.has("DOI")) identity_keys.push_back("doi\n" + to_lower_ascii(item.get("DOI")));
    if (item.has("URL")) identity_keys.push_back("url\n" + std::string(item.get("URL")) + "\n" + joined);
    if (!title.empty())
      identity_keys.push_back("work\n" + author + "\n" + joined + "\n" + std::to_string(issued ? issued->year() : 0));
  }
};

class WorkLinker {
 public:
  explicit WorkLinker(Bibliography& bibliography) : bib_(bibliography) {}

  // The lists' entries first, so that a short note finds the full
  // reference a list gives for it; then the notes, in order.
  void run() {
    for (std::size_t i = 0; i < bib_.citations.size(); ++i)
      if (bib_.citations[i].raw.source == ReferenceSource::list_entry) link(i);
    for (std::size_t i = 0; i < bib_.citations.size(); ++i)
      if (bib_.citations[i].raw.source == ReferenceSource::note) link(i);
    settle_locators();
    assign_keys();
    show_repeats_in_full();
  }

 private:
  void link(std::size_t index) {
    Citation& citation = bib_.citations[index];
    std::optional<std::size_t> work;
    if (citation.form == CitationForm::ibid) {
      work = ibid_target(index);
    } else if (is_abbreviated(citation.item)) {
      work = abbreviated_target(citation.item);
      if (work) citation.form = CitationForm::short_form;
    } else {
      work = same_work_as(citation.item);
    }
    // A short note names a work of the reference list by (the start of) its title.
    if (!work && citation.raw.source == ReferenceSource::note) {
      work = listed_title_in(citation.raw.text);
      if (work) citation.form = CitationForm::short_form;
    }
    if (!work) work = new_work(citation);
    attach(index, *work);
  }

  // Notes come first in the citations: the one before a note's is a note's.
  std::optional<std::size_t> ibid_target(std::size_t index) {
    if (index > 0 && bib_.citations[index - 1].raw.source == ReferenceSource::note)
      return bib_.citations[index - 1].work;
    const Citation& citation = bib_.citations[index];
    bib_.problems.push_back(Problem{Severity::error, "ibid-without-antecedent",
                                    "\"" + citation.raw.text + "\" has no earlier citation to repeat",
                                    citation.raw.position, citation.raw.note_id});
    return std::nullopt;
  }

  // The earlier full work by the same author whose title starts with the
  // short title; with no title, the only earlier work by that author.
  std::optional<std::size_t> abbreviated_target(const Reference& item) {
    Fingerprint short_form(item);
    auto by_author = full_works_by_author_.find(short_form.author);
    if (by_author == full_works_by_author_.end()) return std::nullopt;
    std::vector<std::size_t> candidates;
    for (std::size_t w : by_author->second)
      if (short_form.title.empty() || is_prefix(short_form.title, titles_[w])) candidates.push_back(w);
    if (candidates.size() == 1) return candidates.front();
    return std::nullopt;
  }

  // The earlier work an identical full reference (same DOI; same URL and
  // title; same author, title and year) already made.
  std::optional<std::size_t> same_work_as(const Reference& item) {
    for (const auto& key : Fingerprint(item).identity_keys)
      if (auto found = works_by_identity_.find(key); found != works_by_identity_.end()) return found->second;
    return std::nullopt;
  }

  // The one work of the reference lists whose title opens with words the
  // note's text holds in a row (at least three, or the whole title):
  // "Judah, Kosovo: What Everyone Needs to Know, 12–15." names Judah's book.
  std::optional<std::size_t> listed_title_in(std::string_view text) const {
    std::vector<std::string> note = words(text);
    std::optional<std::size_t> best;
    std::size_t best_length = 0;
    bool tie = false;
    for (std::size_t i = 0; i + 1 < note.size(); ++i) {
      auto found = listed_by_opening_.find(note[i] + " " + note[i + 1]);
      if (found == listed_by_opening_.end()) continue;
      for (std::size_t w : found->second) {
        const auto& title = titles_[w];
        std::size_t length = 0;
        while (length < title.size() && i + length < note.size() && note[i + length] == title[length]) ++length;
        if (length < std::min<std::size_t>(3, title.size())) continue;
        if (length > best_length) {
          best = w;
          best_length = length;
          tie = false;
        } else if (length == best_length && best != w) {
          tie = true;
        }
      }
    }
    return tie ? std::nullopt : best;
  }

  std::size_t new_work(const Citation& citation) {
    std::size_t index = bib_.works.size();
    Fingerprint print(citation.item);
    if (citation.raw.source == ReferenceSource::list_entry && print.title.size() >= 2)
      listed_by_opening_[print.title[0] + " " + print.title[1]].push_back(index);
    for (const auto& key : print.identity_keys) works_by_identity_.try_emplace(key, index);
    if (!is_abbreviated(citation.item)) full_works_by_author_[print.author].push_back(index);
    titles_.push_back(std::move(print.title));
    Work work;
    work.item = citation.item;
    bib_.works.push_back(std::move(work));
    return index;
  }

  void attach(std::size_t index, std::size_t work_index) {
    Citation& citation = bib_.citations[index];
    Work& work = bib_.works[work_index];
    citation.work = work_index;
    work.citations.push_back(index);
    switch (citation.raw.source) {
      case ReferenceSource::note:
        if (std::find(work.notes.begin(), work.notes.end(), citation.raw.note) == work.notes.end())
          work.notes.push_back(citation.raw.note);
        break;
      case ReferenceSource::list_entry:
        if (!work.entries.empty()) report_duplicate_entry(citation, work);
        work.entries.push_back(citation.raw.entry);
        break;
    }
    if (citation.form != CitationForm::full && citation.locator.empty())
      citation.locator = std::string(citation.item.get("page"));
  }

  void report_duplicate_entry(const Citation& citation, const Work& work) {
    const ListEntry& first = bib_.document.entries[work.entries.front()];
    bib_.problems.push_back(Problem{Severity::warning, "duplicate-entry",
                                    "this entry gives the same work as the entry at " + first.position.to_string() +
                                        ": \"" + excerpt(first.text, 80) + "\"",
                                    citation.raw.position, {}});
  }

  // A work's page stays only when every citation agrees on it (an article's
  // range); pages that differ between citations are locators.
  void settle_locators() {
    for (auto& work : bib_.works) {
      std::string_view page = work.item.get("page");
      if (page.empty()) continue;
      // What each citation points at: its locator, or its own page; a bare "Ibid." points at nothing new.
      bool agree = std::all_of(work.citations.begin(), work.citations.end(), [&](std::size_t c) {
        const Citation& citation = bib_.citations[c];
        std::string_view cited = citation.locator.empty() ? citation.item.get("page") : citation.locator;
        return cited.empty() || cited == page;
      });
      if (!agree) work.item.set("page", "");
    }
  }

  // Works of the document's own bibliography keep the keys it gives them
  // (pandoc's "[@weller2009]" cites "weller2009"); the others get keys of
  // their own.
  void assign_keys() {
    std::vector<std::string> given;
    for (const Reference& item : bib_.document.bibliography) given.push_back(item.id);
    std::sort(given.begin(), given.end());
    std::vector<Reference*> items;
    std::set<std::string> kept;
    for (auto& work : bib_.works) {
      bool own_key = std::binary_search(given.begin(), given.end(), work.item.id) && kept.insert(work.item.id).second;
      if (!own_key) items.push_back(&work.item);
    }
    assign_citation_keys(items, {kept.begin(), kept.end()});
    for (auto& citation : bib_.citations) citation.item.id = bib_.works[citation.work].item.id;
  }

  // A repeat ("Ibid.", a short form) cites the whole work: its item is the
  // work's, and what it adds is the locator.
  void show_repeats_in_full() {
    for (auto& citation : bib_.citations)
      if (citation.form != CitationForm::full) citation.item = bib_.works[citation.work].item;
  }

  Bibliography& bib_;
  std::unordered_map<std::string, std::size_t> works_by_identity_;
  std::unordered_map<std::string, std::vector<std::size_t>> full_works_by_author_;
  std::vector<std::vector<std::string>> titles_;   // per work, its title words
  std::unordered_map<std::string, std::vector<std::size_t>> listed_by_opening_;  // a listed work's first two title words
};

}  // namespace

void link_works(Bibliography& bibliography) { WorkLinker(bibliography).run(); }

}  // namespace citekit::extract
