#include "extract/works.hpp"

#include "core/citation_key.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <optional>

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

bool same_work(const Reference& a, const Reference& b) {
  if (a.has("DOI") && a.get("DOI") == b.get("DOI")) return true;
  if (a.has("URL") && a.get("URL") == b.get("URL") && words(a.get("title")) == words(b.get("title"))) return true;
  const Date* ya = a.date("issued");
  const Date* yb = b.date("issued");
  return first_author_key(a) == first_author_key(b) && words(a.get("title")) == words(b.get("title")) &&
         !words(a.get("title")).empty() && (ya ? ya->year() : 0) == (yb ? yb->year() : 0);
}

class WorkLinker {
 public:
  explicit WorkLinker(Bibliography& bibliography) : bib_(bibliography) {}

  void run() {
    for (std::size_t i = 0; i < bib_.citations.size(); ++i) link(i);
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
    if (!work) work = new_work(citation);
    attach(index, *work);
  }

  std::optional<std::size_t> ibid_target(std::size_t index) {
    if (index > 0) return bib_.citations[index - 1].work;
    const Citation& citation = bib_.citations[index];
    bib_.problems.push_back(Problem{Severity::error, "ibid-without-antecedent",
                                    "\"" + citation.raw.text + "\" has no earlier citation to repeat",
                                    citation.raw.position, citation.raw.note_id});
    return std::nullopt;
  }

  // The earlier full work by the same author whose title starts with the
  // short title; with no title, the only earlier work by that author.
  std::optional<std::size_t> abbreviated_target(const Reference& item) {
    std::string author = first_author_key(item);
    auto title = words(item.get("title"));
    std::vector<std::size_t> candidates;
    for (std::size_t w = 0; w < bib_.works.size(); ++w) {
      const Reference& full = bib_.works[w].item;
      if (first_author_key(full) != author || is_abbreviated(full)) continue;
      if (title.empty() || is_prefix(title, words(full.get("title")))) candidates.push_back(w);
    }
    if (candidates.size() == 1) return candidates.front();
    return std::nullopt;
  }

  std::optional<std::size_t> same_work_as(const Reference& item) {
    for (std::size_t w = 0; w < bib_.works.size(); ++w)
      if (same_work(bib_.works[w].item, item)) return w;
    return std::nullopt;
  }

  std::size_t new_work(const Citation& citation) {
    Work work;
    work.item = citation.item;
    bib_.works.push_back(std::move(work));
    return bib_.works.size() - 1;
  }

  void attach(std::size_t index, std::size_t work_index) {
    Citation& citation = bib_.citations[index];
    Work& work = bib_.works[work_index];
    citation.work = work_index;
    work.citations.push_back(index);
    if (std::find(work.notes.begin(), work.notes.end(), citation.raw.note) == work.notes.end())
      work.notes.push_back(citation.raw.note);
    if (citation.form != CitationForm::full && citation.locator.empty())
      citation.locator = std::string(citation.item.get("page"));
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

  void assign_keys() {
    std::vector<Reference*> items;
    for (auto& work : bib_.works) items.push_back(&work.item);
    assign_citation_keys(items);
    for (auto& citation : bib_.citations) citation.item.id = bib_.works[citation.work].item.id;
  }

  // A repeat ("Ibid.", a short form) cites the whole work: its item is the
  // work's, and what it adds is the locator.
  void show_repeats_in_full() {
    for (auto& citation : bib_.citations)
      if (citation.form != CitationForm::full) citation.item = bib_.works[citation.work].item;
  }

  Bibliography& bib_;
};

}  // namespace

void link_works(Bibliography& bibliography) { WorkLinker(bibliography).run(); }

}  // namespace citekit::extract
