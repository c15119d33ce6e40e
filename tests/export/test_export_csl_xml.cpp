#include "export/exporters.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"
#include "tests/support.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::string csl_xml(const Reference& item) {
  Work work;
  work.item = item;
  return write({work}, Format::csl_xml);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("exporting::write csl-xml") {
  SECTION("references with contributors, dates and variables") {
    const auto study = test::case_study_works();
    CHECK(write({test::work_with_key(study, "nato2020natos")}, Format::csl_xml) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<references>\n"
          "  <reference type=\"webpage\" id=\"nato2020natos\">\n"
          "    <contributor type=\"author\">\n"
          "      <name>NATO</name>\n"
          "    </contributor>\n"
          "    <date type=\"accessed\" year=\"2020\" month=\"11\" day=\"24\" />\n"
          "    <date type=\"issued\" year=\"2020\" />\n"
          "    <variable type=\"URL\">https://www.nato.int/cps/en/natolive/topics_48818.htm</variable>\n"
          "    <variable type=\"publisher\">NATO</variable>\n"
          "    <variable type=\"title\">NATO’s role in Kosovo</variable>\n"
          "  </reference>\n"
          "</references>\n");
  }
  SECTION("people have name parts; organisations a name") {
    std::string xml = write(test::pitfall_works(), Format::csl_xml);
    CHECK(contains(xml, "<given>Charles</given>\n      <family>Gaulle</family>\n"
                        "      <dropping-particle>de</dropping-particle>\n"));
    CHECK(contains(xml, "<family>Beethoven</family>\n      <non-dropping-particle>van</non-dropping-particle>\n"));
    CHECK(contains(xml, "<family>King</family>\n      <suffix>Jr.</suffix>\n"));
    CHECK(contains(xml, "<name>Organization for Security and Co-operation in Europe</name>"));
  }
  SECTION("dates: ranges, seasons and circa; text-only dates have no form and are left out") {
    struct Row {
      const char* scenario;
      Date date;
      const char* expected;
    };
    const Row rows[] = {
        {"a range", Date{{{2001, 0, 0}, {2003, 0, 0}}, 0, false, ""},
         "<date type=\"issued\">\n      <begin-date year=\"2001\" />\n      <end-date year=\"2003\" />\n"},
        {"a season", Date{{{2019, 0, 0}}, 2, false, ""}, "<date type=\"issued\" year=\"2019\" season=\"2\" />"},
        {"circa", Date{{{1850, 0, 0}}, 0, true, ""}, "<date type=\"issued\" circa=\"true\" year=\"1850\" />"},
    };
    for (const auto& row : rows) {
      INFO(row.scenario);
      Reference item;
      item.id = "x";
      item.dates["issued"] = row.date;
      CHECK(contains(csl_xml(item), row.expected));
    }
    Reference literal;
    literal.id = "x";
    literal.dates["issued"] = Date{{}, 0, false, "forthcoming"};
    CHECK_FALSE(contains(csl_xml(literal), "<date"));
  }
  SECTION("variables and types outside the schema are left out or made document") {
    std::string xml = write(test::edge_case_works(), Format::csl_xml);
    CHECK_FALSE(contains(xml, "zotero-key"));
    CHECK_FALSE(contains(xml, "reviewer"));
    CHECK(contains(xml, "<reference type=\"document\" id=\"circa1850film\">"));
    CHECK(contains(xml, "<contributor type=\"original-author\">"));
  }
  SECTION("an item without variables gets an empty title, which the schema requires") {
    Reference item;
    item.id = "x";
    CHECK(contains(csl_xml(item), "<reference type=\"document\" id=\"x\">\n    <variable type=\"title\" />\n"));
  }
  SECTION("control characters are dropped, markup characters escaped") {
    Reference item;
    item.id = "x";
    item.set("title", "A\x01 <b>&");
    CHECK(contains(csl_xml(item), "<variable type=\"title\">A &lt;b&gt;&amp;</variable>"));
  }
}
