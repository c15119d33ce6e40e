// extract/lists/: the headings reference lists go under, citations found by
// their shape, and lists split into entries; and hostile lists.
#include "extract/extract.hpp"
#include "extract/lists/entries.hpp"
#include "extract/lists/headings.hpp"
#include "extract/lists/text_citations.hpp"
#include "extract/readers/formats.hpp"
#include "tests/accounting.hpp"
#include "tests/catch.hpp"

#include <chrono>
#include <sstream>

using namespace citekit;

TEST_CASE("extract::is_reference_list_heading") {
  struct Row {
    const char* text;
    bool heading;
  };
  const Row rows[] = {
      {"References", true},           {"REFERENCES", true},        {"7. Bibliography", true},
      {"VII. Works Cited", true},     {"References:", true},       {"Literaturverzeichnis", true},
      {"Quellen- und Literaturverzeichnis", true}, {"Referências bibliográficas", true}, {"Bibliografía", true},
      {"Riferimenti bibliografici", true}, {"Список литературы", true}, {"参考文献", true},
      {"Notes", false},               {"Further reading", false},  {"References to the war are many.", false},
      {"1990s references", false},    {"", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(extract::is_reference_list_heading(row.text) == row.heading);
  }
}

TEST_CASE("extract::find_author_date_citations") {
  struct Row {
    const char* text;
    std::vector<std::string> first_names;  // per cited work, its first name
    std::vector<std::string> years;
    std::string locator;                    // of the first work
  };
  const Row rows[] = {
      {"contested (Weller 2009, p. 4).", {"Weller"}, {"2009"}, "p. 4"},
      {"as Bieber and Daskalovski (2003) show", {"Bieber"}, {"2003"}, ""},
      {"(King and Mason 2006; King 2006; OSCE 2020)", {"King", "King", "OSCE"}, {"2006", "2006", "2020"}, ""},
      {"(see Paris, 2004, Chapter 2)", {"Paris"}, {"2004"}, "Chapter 2"},
      {"(Smith et al., 2020a, S. 5)", {"Smith"}, {"2020a"}, "S. 5"},
      {"(Weller 2009, 2011)", {"Weller", "Weller"}, {"2009", "2011"}, ""},
      {"(KING; MASON, 2006)", {"KING"}, {"2006"}, ""},
      {"(Hoxha, n.d.)", {"Hoxha"}, {"n.d."}, ""},
      {"(Interna-\ntional Crisis Group, 2012)", {"International Crisis Group"}, {"2012"}, ""},
      {"the mandate (United Nations Security Council (idF. v. 1999)) and", {"United Nations Security Council"}, {"1999"}, ""},
      {"the declaration (Assembly of Kosovo (idF. v. 2008)) and", {"Assembly of Kosovo"}, {"2008"}, ""},
      {"the history of Kosovo (2008) shows", {"Kosovo"}, {"2008"}, ""},
      {"shaped the war, and\nClark (2003) how", {"Clark"}, {"2003"}, ""},
      {"the war (in 1999) ended", {}, {}, ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    auto found = extract::find_author_date_citations(row.text);
    if (row.first_names.empty()) {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(found.size() == 1);
    const auto& works = found[0].citation.works;
    REQUIRE(works.size() == row.first_names.size());
    for (std::size_t i = 0; i < works.size(); ++i) {
      CHECK(works[i].names.front() == row.first_names[i]);
      CHECK(works[i].year == row.years[i]);
    }
    CHECK(works[0].locator == row.locator);
  }
}

TEST_CASE("extract::find_numeric_citations") {
  struct Row {
    const char* text;
    extract::NumericMarks marks;
    std::vector<std::string> numbers;
  };
  using M = extract::NumericMarks;
  const Row rows[] = {
      {"contested [1].", M::brackets, {"1"}},
      {"agree [3]–[5].", M::brackets, {"3", "4", "5"}},
      {"questions [see 8, 9].", M::brackets, {"8", "9"}},
      {"[8, Ch. 2]", M::brackets, {"8"}},
      {"(28, S. 45, 29)", M::parentheses, {"28", "29"}},
      {"contested¹ and agreed³⁻⁵.", M::superscripts, {"1", "3", "4", "5"}},
      {"[sic]", M::brackets, {}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<std::string> numbers;
    for (const auto& found : extract::find_numeric_citations(row.text, row.marks))
      for (const auto& work : found.citation.works) numbers.push_back(work.number);
    CHECK(numbers == row.numbers);
  }
  // A range far past any list keeps its two ends rather than a billion numbers.
  CHECK(extract::numbers_in("1–999999999") == std::vector<std::string>{"1", "999999999"});
}

TEST_CASE("extract::split_entries") {
  auto split = [](const std::vector<std::string>& text, bool paragraphs) {
    std::vector<extract::ListLine> lines;
    bool paragraph = true;
    for (const auto& line : text) {
      if (line.empty()) {
        paragraph = true;
        continue;
      }
      lines.push_back(extract::ListLine{line, {}, paragraph, 0, std::nullopt});
      paragraph = false;
    }
    std::vector<std::string> entries;
    for (const auto& entry : extract::split_entries(lines, paragraphs)) entries.push_back(extract::entry_text(lines, entry));
    return entries;
  };
  SECTION("numbered, wrapped") {
    CHECK(split({"[1] Weller, M. Contested", "Statehood. 2009.", "[2] Judah, T. Kosovo. 2008."}, false) ==
          std::vector<std::string>{"Weller, M. Contested Statehood. 2009.", "Judah, T. Kosovo. 2008."});
  }
  SECTION("paragraphs, a word hyphenated across lines, a URL broken after a slash") {
    CHECK(split({"Weller, M. 2009. Contested State-", "hood. Oxford.", "", "OSCE. 2020. Mandate. https://www.osce.org/",
                 "mission-in-kosovo/mandate."},
                false) == std::vector<std::string>{"Weller, M. 2009. Contested Statehood. Oxford.",
                                                   "OSCE. 2020. Mandate. https://www.osce.org/mission-in-kosovo/mandate."});
  }
  SECTION("hanging indent") {
    CHECK(split({"Weller, M. 2009. Contested", "    Statehood. Oxford.", "Judah, T. 2008. Kosovo.",
                 "    New York: Oxford University Press."},
                false) == std::vector<std::string>{"Weller, M. 2009. Contested Statehood. Oxford.",
                                                   "Judah, T. 2008. Kosovo. New York: Oxford University Press."});
  }
}

TEST_CASE("extract: a citation that a page break cuts is read whole") {
  std::vector<extract::PagedText> pages = {
      {"Peace came late to the region, as many have argued before us (Weller 2009;\n", {}},
      {"Judah 2008). The mission stayed on.\n\nReferences\n\n"
       "Judah, Tim. 2008. Kosovo: What Everyone Needs to Know. Oxford: Oxford University Press.\n\n"
       "Weller, Marc. 2009. Contested Statehood. Oxford: Oxford University Press.\n",
       {}},
  };
  Bibliography bib = extract::build_bibliography(extract::read_paged_text(pages, "cut.pdf"));
  REQUIRE(bib.document.citations.size() == 1);
  CHECK(bib.document.citations[0].text == "(Weller 2009; Judah 2008)");
  CHECK(bib.document.citations[0].position.part == "page 1");
  REQUIRE(bib.text_citation_works[0].size() == 2);
  CHECK(bib.text_citation_works[0][0]);
  CHECK(bib.text_citation_works[0][1]);
  for (const auto& problem : bib.problems) CHECK(problem.code != "uncited-entry");
}

// A compound family name hyphenated at a line's end reads without its
// hyphen once the break is joined; it still names its entry.
TEST_CASE("extract: a name hyphenated across lines cites its entry") {
  std::vector<extract::PagedText> pages = {
      {"Autonomy came first (KER-\nLINDSAY, 2006), independence later.\n\nREFERÊNCIAS\n\n"
       "KER-LINDSAY, J. From Autonomy to Independence. Ethnopolitics, v. 5, n. 1, p. 1–20, 2006.\n",
       {}},
  };
  Bibliography bib = extract::build_bibliography(extract::read_paged_text(pages, "abnt.pdf"));
  REQUIRE(bib.document.citations.size() == 1);
  REQUIRE(bib.text_citation_works[0].size() == 1);
  CHECK(bib.text_citation_works[0][0]);
  for (const auto& problem : bib.problems) CHECK(problem.code != "unmatched-citation");
}

// pandoc's citeproc renders chicago-author-date-de's editor-only works as
// "Hrsg.O A. 2003" and cites them "(O A 2003)": the words of the entry's
// text link the citation, with a warning.
TEST_CASE("extract: a citation naming its entry by words of its text") {
  std::vector<extract::PagedText> pages = {
      {"The war had a prehistory (O A 2003), as others showed (Weller 2009).\n\nLiteratur\n\n"
       "Bieber, Florian und Židas Daskalovski, Hrsg.O A. 2003. Understanding the War in Kosovo. London: Frank Cass.\n\n"
       "Weller, Marc. 2009. Contested Statehood. Oxford: Oxford University Press.\n",
       {}},
  };
  Bibliography bib = extract::build_bibliography(extract::read_paged_text(pages, "de.pdf"));
  REQUIRE(bib.document.citations.size() == 2);
  REQUIRE(bib.text_citation_works[0].size() == 1);
  REQUIRE(bib.text_citation_works[0][0]);
  CHECK(bib.works[*bib.text_citation_works[0][0]].item.get("title") == "Understanding the War in Kosovo");
  bool warned = false;
  for (const auto& problem : bib.problems) {
    CHECK(problem.code != "uncited-entry");
    warned = warned || problem.code == "citation-mismatch";
  }
  CHECK(warned);
}

TEST_CASE("hostile reference lists: bounded time, nothing lost", "[hostile]") {
  auto extract = [](const std::string& text) {
    auto start = std::chrono::steady_clock::now();
    auto document = extract::read_document_bytes(text, "hostile.txt");
    REQUIRE(document);
    auto bib = extract::build_bibliography(std::move(*document));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return std::pair(std::move(bib), seconds);
  };
  SECTION("100,000 entries, 2,000 of them cited") {
    std::string text = "Intro";
    for (int i = 0; i < 2000; ++i) text += " (Author" + std::to_string(i) + " 2001).";
    text += "\n\nReferences\n\n";
    for (int i = 0; i < 100'000; ++i) text += "Author" + std::to_string(i) + ", A. 2001. Title " + std::to_string(i) + ". London: Press.\n\n";
    auto [bib, seconds] = extract(text);
    CHECK(bib.document.entries.size() == 100'000);
    CHECK(bib.document.citations.size() == 2000);
    std::size_t linked = 0;
    for (const auto& slots : bib.text_citation_works) linked += slots.at(0).has_value();
    CHECK(linked == 2000);
    CHECK(seconds < 60);
  }
  SECTION("an entry of 1 MB is one entry, kept whole") {
    std::string text = "Intro (Smith 2001).\n\nReferences\n\nSmith, J. 2001. " + std::string(1'000'000, 'x') + " London: Press.\n";
    auto [bib, seconds] = extract(text);
    REQUIRE(bib.document.entries.size() == 1);
    CHECK(bib.document.entries[0].text.size() > 1'000'000);
    CHECK(seconds < 20);
  }
  SECTION("a citation of 10,000 works: each named, each matched or reported") {
    std::string text = "Intro (";
    for (int i = 0; i < 10'000; ++i) text += (i ? "; Author" : "Author") + std::to_string(i) + " 2001";
    text += ").\n\nReferences\n\n";
    for (int i = 0; i < 100; ++i) text += "Author" + std::to_string(i) + ", A. 2001. Title " + std::to_string(i) + ". London: Press.\n\n";
    auto [bib, seconds] = extract(text);
    REQUIRE(bib.document.citations.size() == 1);
    CHECK(bib.document.citations[0].works.size() == 10'000);
    // Each work is linked, or a problem at the citation says why not.
    CHECK(test::unaccounted(bib).empty());
    std::size_t linked = 0;
    for (const auto& slot : bib.text_citation_works.at(0)) linked += slot.has_value();
    CHECK(linked >= 100);
    CHECK(seconds < 20);
  }
}
