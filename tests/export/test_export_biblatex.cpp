#include "export/exporters.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::string biblatex(const std::vector<Work>& works, const std::string& key) {
  return write({test::work_with_key(works, key)}, Format::biblatex);
}

std::string biblatex(const Reference& item) {
  Work work;
  work.item = item;
  return write({work}, Format::biblatex);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("exporting::write biblatex") {
  const auto study = test::case_study_works();
  const auto pitfalls = test::pitfall_works();

  SECTION("a web page is @online with url and urldate") {
    CHECK(biblatex(study, "nato2020natos") ==
          "@online{nato2020natos,\n"
          "  author = {{NATO}},\n"
          "  title = {{NATO}’s role in {Kosovo}},\n"
          "  organization = {NATO},\n"
          "  date = {2020},\n"
          "  url = {https://www.nato.int/cps/en/natolive/topics_48818.htm},\n"
          "  urldate = {2020-11-24}\n"
          "}\n");
  }
  SECTION("a newspaper article is @article with entrysubtype newspaper") {
    CHECK(biblatex(study, "wintour1999why") ==
          "@article{wintour1999why,\n"
          "  entrysubtype = {newspaper},\n"
          "  author = {Wintour, Patrick and Traynor, Ian and Vulliamy, Ed},\n"
          "  title = {Why {Milosevic} blinked first},\n"
          "  journaltitle = {The Guardian},\n"
          "  date = {1999},\n"
          "  url = {https://www.theguardian.com/world/1999/jun/06/balkans},\n"
          "  urldate = {2020-11-23}\n"
          "}\n");
  }
  SECTION("a journal article has journaltitle, volume, number, pages, ISO date and doi") {
    CHECK(biblatex(pitfalls, "simic2019trust") ==
          "@article{simic2019trust,\n"
          "  author = {Šimić, Ivana and Groß, Jürgen and Østergaard, Søren},\n"
          "  title = {Trust in {Post-War} {Institutions}: Evidence from {Kosovo}},\n"
          "  journaltitle = {Journal of Intervention and Statebuilding},\n"
          "  volume = {13},\n"
          "  number = {2},\n"
          "  pages = {145--167},\n"
          "  date = {2019-05-14},\n"
          "  doi = {10.1080/17502977.2019.1586155},\n"
          "  issn = {1750-2977}\n"
          "}\n");
  }
  SECTION("a book has location and publisher") {
    std::string entry = biblatex(study, "everts2020peacekeeping");
    CHECK(contains(entry, "@book{everts2020peacekeeping,"));
    CHECK(contains(entry, "  publisher = {I.B. Tauris},\n  location = {London},\n  date = {2020}\n"));
  }
  SECTION("a chapter is @incollection with booktitle, editors and pages") {
    std::string entry = biblatex(pitfalls, "gaulle1970renewal");
    CHECK(contains(entry, "@incollection{gaulle1970renewal,\n  author = {de Gaulle, Charles},\n"
                          "  editor = {van Beethoven, Ludwig and King, Jr., Martin Luther},\n"));
    CHECK(contains(entry, "  booktitle = {Memoirs of Hope and Other Essays},\n  pages = {12--34},\n"));
  }
  SECTION("a report is @report with institution, type and number") {
    std::string entry = biblatex(pitfalls, "kfos2021budgets");
    CHECK(contains(entry, "@report{kfos2021budgets,"));
    CHECK(contains(entry, "  number = {7},\n  type = {Policy brief},\n  institution = {KFOS},\n"));
  }
  SECTION("legislation is @legislation; a thesis @thesis") {
    CHECK(contains(biblatex(study, "unsecuritycouncil1999resolution"),
                   "@legislation{unsecuritycouncil1999resolution,\n  author = {{UN Security Council}},\n"));
    CHECK(contains(biblatex(pitfalls, "smith2020kosovob"), "@thesis{smith2020kosovob,"));
    CHECK(contains(biblatex(pitfalls, "smith2020kosovob"), "  institution = {University of Oxford},\n"));
  }
  SECTION("UTF-8 is kept; special characters are escaped") {
    CHECK(contains(biblatex(pitfalls, "milosevic1999speeches"), "  author = {Milošević, Slobodan},\n"));
    CHECK(contains(biblatex(pitfalls, "kfos2021budgets"), R"(50\% {Cuts}, \#1 {Risk}, \$5 {Million})"));
  }
  SECTION("organisations are braced, also when they contain and") {
    CHECK(contains(biblatex(pitfalls, "organizationsecurityco2021kosovo"),
                   "  author = {{Organization for Security and Co-operation in Europe}},\n"));
  }
  SECTION("any other type is @misc") {
    Reference item;
    item.id = "x";
    item.type = "speech";
    item.set("title", "a talk");
    CHECK(biblatex(item) == "@misc{x,\n  title = {a talk}\n}\n");
  }
  SECTION("dates: ranges, seasons, circa and text-only dates") {
    struct Row {
      const char* scenario;
      Date date;
      const char* field;
    };
    const Row rows[] = {
        {"a range", Date{{{2001, 0, 0}, {2003, 0, 0}}, 0, false, ""}, "date = {2001/2003}"},
        {"a season", Date{{{2019, 0, 0}}, 2, false, ""}, "date = {2019-22}"},
        {"circa", Date{{{1850, 0, 0}}, 0, true, ""}, "date = {1850~}"},
        {"text only", Date{{}, 0, false, "n.d."}, "year = {n.d.}"},
    };
    for (const auto& row : rows) {
      INFO(row.scenario);
      Reference item;
      item.id = "x";
      item.dates["issued"] = row.date;
      CHECK(contains(biblatex(item), row.field));
    }
  }
}
