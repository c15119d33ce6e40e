#include "export/exporters.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::string bibtex(const std::vector<Work>& works, const std::string& key) {
  return write({test::work_with_key(works, key)}, Format::bibtex);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("exporting::write bibtex") {
  const auto study = test::case_study_works();
  const auto pitfalls = test::pitfall_works();

  SECTION("a web page is @misc with \\url in howpublished and the access date in note") {
    CHECK(bibtex(study, "nato2020natos") ==
          "@misc{nato2020natos,\n"
          "  author = {{NATO}},\n"
          "  title = {{NATO}'s role in {Kosovo}},\n"
          "  howpublished = {\\url{https://www.nato.int/cps/en/natolive/topics_48818.htm}},\n"
          "  organization = {NATO},\n"
          "  year = {2020},\n"
          "  note = {Accessed 2020-11-24}\n"
          "}\n");
  }
  SECTION("a newspaper article is @article with the paper as journal") {
    CHECK(bibtex(study, "wintour1999why") ==
          "@article{wintour1999why,\n"
          "  author = {Wintour, Patrick and Traynor, Ian and Vulliamy, Ed},\n"
          "  title = {Why {Milosevic} blinked first},\n"
          "  journal = {The Guardian},\n"
          "  year = {1999},\n"
          "  url = {https://www.theguardian.com/world/1999/jun/06/balkans},\n"
          "  note = {Accessed 2020-11-23}\n"
          "}\n");
  }
  SECTION("a book has publisher, address and pages with --") {
    std::string entry = bibtex(study, "everts2020peacekeeping");
    CHECK(contains(entry, "@book{everts2020peacekeeping,\n  author = {Everts, Daan W.},\n"));
    CHECK(contains(entry, "  pages = {198--199},\n  publisher = {I.B. Tauris},\n  address = {London},\n"));
  }
  SECTION("a report is @techreport with the publisher as institution") {
    std::string entry = bibtex(study, "brand2003development");
    CHECK(contains(entry, "@techreport{brand2003development,"));
    CHECK(contains(entry, "  institution = {Centre for Applied Studies in International Negotiations},\n"));
    CHECK(bibtex(pitfalls, "kosovofoundationopensoci2021budgets").find("  number = {7},\n  type = {Policy brief},\n") !=
          std::string::npos);
  }
  SECTION("legislation is @misc") {
    CHECK(contains(bibtex(study, "unsecuritycouncil1999resolution"), "@misc{unsecuritycouncil1999resolution,"));
  }
  SECTION("organisations are double-braced, also when they contain and") {
    CHECK(contains(bibtex(study, "unsecuritycouncil1999resolution"), "  author = {{UN Security Council}},\n"));
    CHECK(contains(bibtex(pitfalls, "organizationsecuritycoop2021kosovo"),
                   "  author = {{Organization for Security and Co-operation in Europe}},\n"));
  }
  SECTION("non-ASCII letters become brace-protected accent commands") {
    CHECK(contains(bibtex(pitfalls, "milosevic1999speeches"), R"(author = {Milo{\v{s}}evi{\'c}, Slobodan})"));
    CHECK(contains(bibtex(pitfalls, "simic2019trust"),
                   R"(author = {{\v{S}}imi{\'c}, Ivana and Gro{\ss}, J{\"u}rgen and {\O}stergaard, S{\o}ren})"));
    CHECK(contains(bibtex(pitfalls, "milosevic1999speeches"), R"(publisher = {Slu{\v{z}}beni glasnik})"));
  }
  SECTION("special characters are escaped outside URLs and raw inside") {
    std::string entry = bibtex(pitfalls, "kosovofoundationopensoci2021budgets");
    CHECK(contains(entry,
                   R"(title = {Budgets \& {Priorities}: 50\% {Cuts}, \#1 {Risk}, \$5 {Million} for the {Rule}\_of\_{Law} {Fund}})"));
    CHECK(contains(entry, "url = {https://kfos.org/reports?id=7&lang=en#top}"));
  }
  SECTION("a journal article has volume, number, pages, year, month and doi") {
    CHECK(bibtex(pitfalls, "simic2019trust") ==
          "@article{simic2019trust,\n"
          R"(  author = {{\v{S}}imi{\'c}, Ivana and Gro{\ss}, J{\"u}rgen and {\O}stergaard, S{\o}ren},)" "\n"
          "  title = {Trust in {Post-War} {Institutions}: {Evidence} from {Kosovo}},\n"
          "  journal = {Journal of Intervention and Statebuilding},\n"
          "  volume = {13},\n"
          "  number = {2},\n"
          "  pages = {145--167},\n"
          "  year = {2019},\n"
          "  month = may,\n"
          "  doi = {10.1080/17502977.2019.1586155},\n"
          "  issn = {1750-2977}\n"
          "}\n");
  }
  SECTION("a chapter is @incollection with booktitle and editors; particles and suffixes placed") {
    std::string entry = bibtex(pitfalls, "gaulle1970renewal");
    CHECK(contains(entry, "@incollection{gaulle1970renewal,\n  author = {de Gaulle, Charles},\n"));
    CHECK(contains(entry, "  editor = {van Beethoven, Ludwig and King, Jr., Martin Luther},\n"));
    CHECK(contains(entry, "  booktitle = {Memoirs of {Hope} and {Other} {Essays}},\n  pages = {12--34},\n"));
  }
  SECTION("a thesis is @phdthesis or @mastersthesis with the school") {
    CHECK(contains(bibtex(pitfalls, "smith2020kosovob"),
                   "@phdthesis{smith2020kosovob,\n  author = {Smith, Adam},\n  title = {Kosovo in {Transition}},\n"
                   "  type = {PhD thesis},\n  school = {University of Oxford},\n"));
    auto works = pitfalls;
    for (auto& work : works)
      if (work.item.id == "smith2020kosovob") work.item.set("genre", "Master's thesis");
    CHECK(contains(bibtex(works, "smith2020kosovob"), "@mastersthesis{smith2020kosovob,"));
  }
  SECTION("two works by one author in one year keep the keys they were given") {
    std::string file = write(pitfalls, Format::bibtex);
    CHECK(contains(file, "@book{smith2020kosovoa,"));
    CHECK(contains(file, "@phdthesis{smith2020kosovob,"));
  }
}
