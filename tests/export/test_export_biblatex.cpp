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
          "  title = {Trust in {Post-War} {Institutions}: {Evidence} from {Kosovo}},\n"
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
    CHECK(contains(entry, "  booktitle = {Memoirs of {Hope} and {Other} {Essays}},\n  pages = {12--34},\n"));
  }
  SECTION("a chapter without editors is @inbook, which biber accepts without them") {
    CHECK(contains(biblatex(pitfalls, "judah2000kosovos"), "@inbook{judah2000kosovos,"));
  }
  SECTION("an ISBN with a wrong check digit is left out: biber would reject it") {
    CHECK_FALSE(contains(biblatex(pitfalls, "judah2000kosovos"), "isbn"));
    CHECK(contains(biblatex(pitfalls, "smith2020kosovoa"), "  isbn = {978-0-00-000000-2}\n"));
  }
  SECTION("an edited book is @collection") {
    CHECK(contains(biblatex(pitfalls, "weller2008contested"),
                   "@collection{weller2008contested,\n  editor = {Weller, Marc and Wolff, Stefan},\n"));
  }
  SECTION("a report is @report with institution, type and number") {
    std::string entry = biblatex(pitfalls, "kosovofoundationopensoci2021budgets");
    CHECK(contains(entry, "@report{kosovofoundationopensoci2021budgets,"));
    CHECK(contains(entry, "  number = {7},\n  type = {Policy brief},\n  institution = {KFOS},\n"));
  }
  SECTION("legislation and UN documents are @report, with a type; a thesis @thesis") {
    CHECK(contains(biblatex(study, "unsecuritycouncil1999resolution"),
                   "@report{unsecuritycouncil1999resolution,\n  author = {{UN Security Council}},\n"
                   "  title = {Resolution 1244},\n  type = {Legislation},\n  institution = {UN},\n"));
    CHECK(contains(biblatex(pitfalls, "unitednationssecuritycou1999report"),
                   "  number = {S/1999/779},\n  type = {UN document},\n  institution = {United Nations},\n"));
    CHECK(contains(biblatex(study, "brand2003development"), "  type = {Report},\n"));
    CHECK(contains(biblatex(pitfalls, "smith2020kosovob"), "@thesis{smith2020kosovob,"));
    CHECK(contains(biblatex(pitfalls, "smith2020kosovob"), "  institution = {University of Oxford},\n"));
  }
  SECTION("UTF-8 is kept; special characters are escaped") {
    CHECK(contains(biblatex(pitfalls, "milosevic1999speeches"), "  author = {Milošević, Slobodan},\n"));
    CHECK(contains(biblatex(pitfalls, "kosovofoundationopensoci2021budgets"), R"(50\% {Cuts}, \#1 {Risk}, \$5 {Million})"));
  }
  SECTION("organisations are braced, also when they contain and") {
    CHECK(contains(biblatex(pitfalls, "organizationsecuritycoop2021kosovo"),
                   "  author = {{Organization for Security and Co-operation in Europe}},\n"));
  }
  SECTION("any other type is @misc") {
    Reference item;
    item.id = "x";
    item.type = "speech";
    item.set("title", "a talk");
    CHECK(biblatex(item) == "@misc{x,\n  title = {a talk}\n}\n");
  }
  SECTION("only the fields biber's data model allows the type") {
    Reference item;
    item.id = "x";
    item.type = "article-journal";
    item.names["author"] = {test::person("Ivana", "Šimić")};
    item.set("title", "T");
    item.set("container-title", "J");
    item.set("publisher", "Taylor & Francis");  // @article has no publisher
    item.set("ISBN", "978-0-00-000000-2");       // nor an ISBN
    std::string entry = biblatex(item);
    CHECK(contains(entry, "@article{x,"));
    CHECK_FALSE(contains(entry, "publisher"));
    CHECK_FALSE(contains(entry, "isbn"));
  }
  SECTION("a web page without a URL is @misc; a site's name is the organization") {
    Reference item;
    item.id = "x";
    item.type = "webpage";
    item.set("title", "T");
    item.set("container-title", "OSCE Website");
    CHECK(biblatex(item) == "@misc{x,\n  title = {T},\n  howpublished = {OSCE Website}\n}\n");
    item.set("URL", "https://www.osce.org/kosovo");
    CHECK(contains(biblatex(item), "@online{x,\n  title = {T},\n  organization = {OSCE Website},\n"));
  }
  SECTION("URLs are written as URIs, so that a space or a brace cannot break the field") {
    Reference item;
    item.id = "x";
    item.type = "webpage";
    item.set("title", "T");
    item.set("URL", "https://example.org/a b{c}");
    CHECK(contains(biblatex(item), "url = {https://example.org/a%20b%7Bc%7D}"));
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
        {"a publication state", Date{{}, 0, false, "forthcoming"}, "pubstate = {forthcoming}"},
    };
    for (const auto& row : rows) {
      INFO(row.scenario);
      Reference item;
      item.id = "x";
      item.dates["issued"] = row.date;
      CHECK(contains(biblatex(item), row.field));
    }
  }
  SECTION("a text-only date that is no publication state is left out: biber takes no text as a year") {
    Reference item;
    item.id = "x";
    item.dates["issued"] = Date{{}, 0, false, "n.d."};
    CHECK_FALSE(contains(biblatex(item), "n.d."));
  }
}
