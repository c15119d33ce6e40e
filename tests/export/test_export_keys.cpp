// The citation keys every export shares: ASCII, unique ignoring case, and
// the keys extraction gives (with a/b for one author's two works of a year).

#include "core/citation_key.hpp"
#include "core/text.hpp"
#include "tests/catch.hpp"
#include "tests/export/corpora.hpp"

#include <algorithm>
#include <set>

using namespace citekit;

TEST_CASE("export corpora: citation keys are ASCII and unique ignoring case") {
  for (const auto& corpus : test::proof_corpora()) {
    SECTION(corpus.name) {
      std::set<std::string> seen;
      for (const auto& work : corpus.works) {
        const std::string& key = work.item.id;
        INFO(key);
        CHECK(!key.empty());
        CHECK(std::all_of(key.begin(), key.end(), [](char c) { return c > ' ' && c < 0x7F; }));
        CHECK(seen.insert(to_lower_ascii(key)).second);
      }
    }
  }
}

TEST_CASE("export corpora: the constructed works have the keys extraction gives them") {
  auto works = test::constructed_corpus().works;
  std::vector<Reference> items;
  for (const auto& work : works) items.push_back(work.item);
  std::vector<Reference*> pointers;
  for (auto& item : items) pointers.push_back(&item);
  assign_citation_keys(pointers);
  for (std::size_t i = 0; i < works.size(); ++i) CHECK(items[i].id == works[i].item.id);
  CHECK(works.end() != std::find_if(works.begin(), works.end(),
                                    [](const Work& w) { return w.item.id == "smith2020kosovob"; }));
}

TEST_CASE("export corpora: the kosovo-mini documents citekit reads today are among them") {
  std::vector<std::string> names;
  for (const auto& corpus : test::kosovo_mini_corpora()) names.push_back(corpus.name);
  for (const char* expected : {"kosovo-mini-a_endnotes_libreoffice.poi-derived",
                               "kosovo-mini-f_word_like_features.poi-derived"}) {
    INFO(expected);
    CHECK(std::find(names.begin(), names.end(), expected) != names.end());
  }
  CHECK(test::sample_corpora().size() >= 4);
}
