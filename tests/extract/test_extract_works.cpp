#include "extract/extract.hpp"
#include "extract/readers/word_text.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

Bibliography build(const std::string& text) {
  return extract::build_bibliography(extract::read_word_text(text, "w.txt"));
}

std::vector<std::string> keys_of_citations(const Bibliography& bib) {
  std::vector<std::string> out;
  for (const auto& c : bib.citations) out.push_back(bib.works[c.work].item.id + "/" + std::string(to_string(c.form)));
  return out;
}

using Keys = std::vector<std::string>;

}  // namespace

TEST_CASE("extract::link_works") {
  SECTION("a short form joins the full reference it repeats") {
    auto bib = build("A.[endnoteRef:1] B.[endnoteRef:2] [1: NATO. NATO’s role in Kosovo. (NATO, 2020)] [2: NATO. NATO’s role.] \n");
    CHECK(keys_of_citations(bib) == Keys{"nato2020natos/full", "nato2020natos/short"});
    REQUIRE(bib.works.size() == 1);
    CHECK(bib.cited_in(bib.works[0]) == std::vector<std::string>{"1", "2"});
    CHECK(bib.citations[1].item.get("publisher") == "NATO");  // shown in full
  }
  SECTION("ibid takes the previous citation's work and its own page") {
    auto bib = build("A.[endnoteRef:1] B.[endnoteRef:2] [1: J. Doe. Book. (London: Verso, 2001) p.4] [2: Ibid., p.9] \n");
    CHECK(keys_of_citations(bib) == Keys{"doe2001book/full", "doe2001book/ibid"});
    CHECK(bib.citations[1].locator == "9");
    CHECK_FALSE(bib.works[0].item.has("page"));  // pages differ: they are locators, not the work's
  }
  SECTION("ibid with nothing before it is an error and stands alone") {
    auto bib = build("A.[endnoteRef:1] [1: Ibid.] \n");
    REQUIRE(bib.works.size() == 1);
    bool reported = false;
    for (const auto& p : bib.problems) reported |= p.code == "ibid-without-antecedent";
    CHECK(reported);
  }
  SECTION("a repeated full reference is one work") {
    auto bib = build("A.[endnoteRef:1] B.[endnoteRef:2] [1: J. Doe. Book. (London: Verso, 2001)] [2: J. Doe. Book. (London: Verso, 2001)] \n");
    CHECK(bib.works.size() == 1);
  }
  SECTION("a short form matching two works stays unlinked") {
    auto bib = build(
        "A.[endnoteRef:1] B.[endnoteRef:2] C.[endnoteRef:3] [1: J. Doe. Book one. (London: Verso, 2001)] "
        "[2: J. Doe. Book two. (London: Verso, 2002)] [3: Doe, Book] \n");
    CHECK(bib.works.size() == 3);
    CHECK(bib.citations[2].form == CitationForm::full);
  }
  SECTION("two works with the same author, year and first word get a/b keys") {
    auto bib = build("A.[endnoteRef:1] B.[endnoteRef:2] [1: J. Smith. Kosovo one. (London: Verso, 2020)] "
                     "[2: J. Smith. Kosovo two. (London: Verso, 2020)] \n");
    CHECK(keys_of_citations(bib) == Keys{"smith2020kosovoa/full", "smith2020kosovob/full"});
  }
}

// "———." stands for the authors of the entry before it, whatever other
// names the entry has of its own.
TEST_CASE("extract: repeated-author dashes in a reference list") {
  auto bib = build(
      "Text.\n"
      "Bibliography\n"
      "Visoka, Gëzim. 2014a. Three Levels of Hybridisation. Journal of Peacebuilding 9: 23–36.\n"
      "———. 2014b. The Politics of Local Ownership. In Peacebuilding and International Administration, edited by "
      "Nicolas Lemay-Hébert and Nicholas Onuf, 120–141. London: Routledge.\n"
      "---. 2015. Shadow Wars. London: Routledge.\n");
  REQUIRE(bib.citations.size() == 3);
  auto names = [&](std::size_t c, const char* role) {
    std::string out;
    auto found = bib.citations[c].item.names.find(role);
    if (found != bib.citations[c].item.names.end())
      for (const auto& name : found->second) out += name.family + ";";
    return out;
  };
  CHECK(names(1, "author") == "Visoka;");
  CHECK(names(1, "editor") == "Lemay-Hébert;Onuf;");
  CHECK(names(2, "author") == "Visoka;");
  CHECK(bib.works.size() == 3);
}
