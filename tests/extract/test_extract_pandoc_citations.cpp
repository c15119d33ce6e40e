// pandoc's citation syntax ("[@key]", "@key [p. 4]") and the bibliography a
// Markdown file's metadata gives it (extract/lists/pandoc_citations.cpp,
// extract/readers/pandoc_metadata.cpp).
#include "extract/extract.hpp"
#include "extract/lists/pandoc_citations.hpp"
#include "extract/readers/formats.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <sstream>

using namespace citekit;

namespace {

struct KeyRow {
  const char* text;
  std::vector<std::string> keys;      // per cited work, in order; empty: no citation
  std::vector<std::string> locators;  // per cited work
};

void check_found(const std::vector<extract::FoundCitation>& found, const KeyRow& row) {
  if (row.keys.empty()) {
    CHECK(found.empty());
    return;
  }
  REQUIRE(found.size() == 1);
  CHECK(found[0].citation.kind == CitationKind::key);
  const auto& works = found[0].citation.works;
  REQUIRE(works.size() == row.keys.size());
  for (std::size_t i = 0; i < works.size(); ++i) {
    CHECK(works[i].key == row.keys[i]);
    CHECK(works[i].locator == row.locators[i]);
  }
}

Bibliography extract_markdown(const std::string& text, const std::string& path = "keys.md") {
  return extract::build_bibliography(extract::read_markdown(text, path));
}

bool has_problem(const Bibliography& bib, std::string_view code) {
  for (const auto& problem : bib.problems)
    if (problem.code == code) return true;
  return false;
}

const char* kInlineReferences = R"(---
title: Inline references
references:
- id: weller2009
  type: book
  author:
  - family: Weller
    given: Marc
  title: "Contested Statehood: Kosovo's Struggle for Independence"
  publisher: Oxford University Press
  issued: 2009-05
- id: judah2008
  type: book
  author: [{family: Judah, given: Tim}]
  title: "Kosovo: What Everyone Needs to Know"
  issued:
  - year: 2008
---

Contested [@weller2009, p. 4; see @judah2008]. As @weller2009 [ch. 2] argues.
)";

}  // namespace

TEST_CASE("extract::find_bracketed_keys") {
  const KeyRow rows[] = {
      {"contested [@weller2009].", {"weller2009"}, {""}},
      {"[@weller2009, p. 4]", {"weller2009"}, {"p. 4"}},
      {"[see @paris2004, chap. 2; @chesterman2004]", {"paris2004", "chesterman2004"}, {"chap. 2", ""}},
      {"[-@weller2009, 12]", {"weller2009"}, {"12"}},
      {"[@doe:99.x]", {"doe:99.x"}, {""}},
      {"[@{Smith, J. 2001}]", {}, {}},            // braces hold no spaces in this reading
      {"[@{smith2001}, 33]", {"smith2001"}, {"33"}},
      {"[@mueller2010, S. 45; @schmidt2011]", {"mueller2010", "schmidt2011"}, {"S. 45", ""}},
      {"[@weller2009](https://example.org)", {}, {}},   // a link whose text is a key
      {"write to [me@example.org]", {}, {}},             // an address, not a key
      {"[see @a; and more]", {}, {}},                    // a part without a key
      {"[@a @b]", {}, {}},                               // two keys in one part
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    check_found(extract::find_bracketed_keys(row.text), row);
  }
}

TEST_CASE("extract::find_narrative_keys") {
  const KeyRow rows[] = {
      {"As @weller2009 argues", {"weller2009"}, {""}},
      {"As @weller2009 [p. 33] argues", {"weller2009"}, {"p. 33"}},
      {"@visoka2014a.", {"visoka2014a"}, {""}},          // a sentence's full stop is not the key's
      {"mail someone@example.org", {}, {}},
      {"see [@weller2009]", {}, {}},                      // bracketed: not narrative
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    check_found(extract::find_narrative_keys(row.text, extract::find_bracketed_keys(row.text)), row);
  }
}

TEST_CASE("extract: pandoc citations cite the items of the metadata's references") {
  Bibliography bib = extract_markdown(kInlineReferences);
  REQUIRE(bib.document.bibliography.size() == 2);
  REQUIRE(bib.document.citations.size() == 2);
  CHECK(bib.document.citations[0].position.line == 20);
  REQUIRE(bib.text_citation_works[0].size() == 2);
  REQUIRE(bib.text_citation_works[1].size() == 1);
  const Work& weller = bib.works.at(*bib.text_citation_works[0][0]);
  CHECK(weller.item.id == "weller2009");
  CHECK(weller.item.get("title") == "Contested Statehood: Kosovo's Struggle for Independence");
  REQUIRE(weller.item.date("issued"));
  CHECK(weller.item.date("issued")->year() == 2009);
  CHECK(bib.works.at(*bib.text_citation_works[0][1]).item.date("issued")->year() == 2008);
  CHECK(*bib.text_citation_works[1][0] == *bib.text_citation_works[0][0]);  // one work, cited twice
  CHECK(weller.text_citations.size() == 2);
  CHECK(bib.problems.empty());
}

TEST_CASE("extract: a key the bibliography does not give is reported") {
  Bibliography bib = extract_markdown("---\nreferences: []\n---\n\nAs shown [@nobody2020].\n");
  REQUIRE(bib.document.citations.size() == 1);
  CHECK_FALSE(bib.text_citation_works[0][0]);
  CHECK(has_problem(bib, "unmatched-citation"));
}

TEST_CASE("extract: pandoc citations and a reference list written out") {
  // No metadata: the key names the entry whose first author and year it spells.
  Bibliography bib = extract_markdown(
      "Contested [@weller2009, p. 4] and explained [@judahKosovoWhatEveryone2008].\n\n# References\n\n"
      "Judah, Tim. 2008. Kosovo: What Everyone Needs to Know. New York: Oxford University Press.\n\n"
      "Weller, Marc. 2009. Contested Statehood. Oxford: Oxford University Press.\n");
  REQUIRE(bib.document.citations.size() == 2);
  REQUIRE(bib.text_citation_works[0][0]);
  REQUIRE(bib.text_citation_works[1][0]);
  CHECK(bib.works[*bib.text_citation_works[0][0]].item.get("title") == "Contested Statehood");
  CHECK(bib.works[*bib.text_citation_works[1][0]].item.get("title") == "Kosovo: What Everyone Needs to Know");
  CHECK_FALSE(has_problem(bib, "uncited-entry"));
  CHECK_FALSE(has_problem(bib, "unmatched-citation"));
}

TEST_CASE("extract: bibliography files named by the metadata") {
  auto dir = test::scratch_dir("pandoc-bibliography");
  test::write_file(dir / "works.json",
                   R"([{"id":"weller2009","type":"book","author":[{"family":"Weller","given":"Marc"}],)"
                   R"("title":"Contested Statehood","issued":{"date-parts":[[2009]]}}])");
  test::write_file(dir / "more.yaml", "---\nreferences:\n- id: judah2008\n  type: book\n  title: Kosovo\n  issued: 2008\n...\n");
  test::write_file(dir / "works.bib", "@book{x, title={X}}\n");
  test::write_file(dir / "broken.json", "[{\"id\": \"a\",");
  std::string path = (dir / "doc.md").string();
  test::write_file(path, "---\nbibliography: [works.json, more.yaml, missing.json, works.bib, broken.json]\n---\n\n"
                         "Cited [@weller2009; @judah2008].\n");
  std::istringstream none;
  auto bib = extract::extract_file(path, none);
  REQUIRE(bib);
  CHECK(bib->document.bibliography.size() == 2);
  REQUIRE(bib->text_citation_works.size() == 1);
  CHECK(bib->text_citation_works[0][0]);
  CHECK(bib->text_citation_works[0][1]);
  int unread = 0, unreadable = 0;
  for (const auto& problem : bib->problems) {
    unread += problem.code == "bibliography-unread";
    unreadable += problem.code == "bibliography-unreadable";
  }
  CHECK(unread == 2);      // missing.json, works.bib
  CHECK(unreadable == 1);  // broken.json
}

TEST_CASE("extract: metadata that is not YAML, or too large, is a problem") {
  SECTION("a YAML error names its line") {
    Bibliography bib = extract_markdown("---\nreferences:\n  - id: [unclosed\n---\n\nText [@a].\n");
    bool found = false;
    for (const auto& problem : bib.problems)
      if (problem.code == "metadata-unreadable") {
        found = true;
        CHECK(problem.position.line >= 3);
      }
    CHECK(found);
  }
  SECTION("aliases that expand without bound") {
    std::string yaml = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'k'; ++level)
      yaml += std::string(1, level) + ": &" + level + " [*" + static_cast<char>(level - 1) + ", *" +
              static_cast<char>(level - 1) + ", *" + static_cast<char>(level - 1) + ", *" +
              static_cast<char>(level - 1) + ", *" + static_cast<char>(level - 1) + "]\n";
    yaml += "---\n\nText.\n";
    Bibliography bib = extract_markdown(yaml);
    CHECK(has_problem(bib, "metadata-unreadable"));
  }
  SECTION("a document that opens with a rule keeps its text") {
    Bibliography bib = extract_markdown("---\nJust a paragraph between rules [@a].\n\n---\n");
    CHECK(bib.document.citations.size() == 1);
  }
}

TEST_CASE("extract: a note that cites by key cites the bibliography's items") {
  std::string text = std::string(kInlineReferences) +
                     "Footnoted.[^1] Again.[^2]\n\n[^1]: See [@weller2009, 12; @judah2008].\n\n"
                     "[^2]: @judah2008 [p. 3] and [@ghost2001].\n";
  Bibliography bib = extract_markdown(text);
  REQUIRE(bib.document.notes.size() == 2);
  CHECK(bib.document.notes[0].embedded.size() == 2);
  CHECK(bib.document.notes[1].embedded.size() == 1);
  // The notes and the text cite the same two works, under the keys the metadata gives.
  REQUIRE(bib.works.size() == 2);
  CHECK(bib.works[0].item.id == "weller2009");
  CHECK(bib.works[1].item.id == "judah2008");
  CHECK(bib.works[0].text_citations.size() == 2);
  CHECK(bib.works[1].citations.size() == 2);
  int unmatched = 0;
  for (const auto& problem : bib.problems)
    if (problem.code == "unmatched-citation") {
      ++unmatched;
      CHECK(problem.note == "2");
      CHECK(problem.message.find("@ghost2001") != std::string::npos);
    }
  CHECK(unmatched == 1);
}
