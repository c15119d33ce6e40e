#include "export/exporters.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"
#include "tests/support.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::string mods(const std::vector<Work>& works, const std::string& key) {
  return write({test::work_with_key(works, key)}, Format::mods);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("exporting::write mods") {
  const auto study = test::case_study_works();
  const auto pitfalls = test::pitfall_works();

  SECTION("a web page by an organisation") {
    CHECK(mods(study, "eulex2020about") ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<modsCollection xmlns=\"http://www.loc.gov/mods/v3\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-7.xsd\">\n"
          "  <mods ID=\"eulex2020about\" version=\"3.7\">\n"
          "    <titleInfo>\n"
          "      <title>About EULEX</title>\n"
          "    </titleInfo>\n"
          "    <name type=\"corporate\">\n"
          "      <namePart>EULEX</namePart>\n"
          "      <role>\n"
          "        <roleTerm authority=\"marcrelator\" type=\"text\">author</roleTerm>\n"
          "      </role>\n"
          "    </name>\n"
          "    <typeOfResource>text</typeOfResource>\n"
          "    <genre authority=\"marcgt\">web site</genre>\n"
          "    <originInfo>\n"
          "      <publisher>EU</publisher>\n"
          "      <dateIssued encoding=\"w3cdtf\">2020</dateIssued>\n"
          "    </originInfo>\n"
          "    <location>\n"
          "      <url dateLastAccessed=\"2020-11-24\">https://www.eulex-kosovo.eu/?page=2,60</url>\n"
          "    </location>\n"
          "  </mods>\n"
          "</modsCollection>\n");
  }
  SECTION("people have family and given name parts") {
    std::string record = mods(study, "everts2020peacekeeping");
    CHECK(contains(record, "<name type=\"personal\">\n      <namePart type=\"family\">Everts</namePart>\n"
                           "      <namePart type=\"given\">Daan W.</namePart>\n"));
    CHECK(contains(record, "<place>\n        <placeTerm type=\"text\">London</placeTerm>\n      </place>\n"
                           "      <publisher>I.B. Tauris</publisher>\n"));
    CHECK(contains(record, "<part>\n      <extent unit=\"pages\">\n        <start>198</start>\n"
                           "        <end>199</end>\n"));
  }
  SECTION("organisations are corporate names, also when they contain and") {
    CHECK(contains(mods(pitfalls, "organizationsecuritycoop2021kosovo"),
                   "<name type=\"corporate\">\n      <namePart>Organization for Security and Co-operation in Europe"));
    CHECK_FALSE(contains(write(study, Format::mods), "<namePart type=\"family\">NATO"));
  }
  SECTION("a journal article: the journal as host, with volume, issue and pages; the DOI as identifier") {
    std::string record = mods(pitfalls, "simic2019trust");
    CHECK(contains(record, "<relatedItem type=\"host\">\n      <titleInfo>\n"
                           "        <title>Journal of Intervention and Statebuilding</title>\n"));
    CHECK(contains(record, "<issuance>continuing</issuance>"));
    CHECK(contains(record, "<genre authority=\"marcgt\">journal</genre>"));
    CHECK(contains(record, "<detail type=\"volume\">\n          <number>13</number>\n        </detail>\n"
                           "        <detail type=\"issue\">\n          <number>2</number>\n"));
    CHECK(contains(record, "<start>145</start>\n          <end>167</end>"));
    CHECK(contains(record, "<identifier type=\"doi\">10.1080/17502977.2019.1586155</identifier>"));
    CHECK(contains(record, "<dateIssued encoding=\"w3cdtf\">2019-05-14</dateIssued>"));
  }
  SECTION("a chapter: the book as host, with its editors and its publication") {
    std::string record = mods(pitfalls, "gaulle1970renewal");
    CHECK(contains(record, "<namePart type=\"family\">Gaulle</namePart>\n"
                           "      <namePart type=\"given\">Charles de</namePart>\n"));
    auto host = record.substr(record.find("<relatedItem type=\"host\">"));
    CHECK(contains(host, "<namePart type=\"family\">van Beethoven</namePart>"));
    CHECK(contains(host, "<namePart type=\"termsOfAddress\">Jr.</namePart>\n        <role>\n"
                         "          <roleTerm authority=\"marcrelator\" type=\"text\">editor</roleTerm>"));
    CHECK(contains(host, "<publisher>Plon</publisher>"));
    CHECK(contains(host, "<issuance>monographic</issuance>"));
  }
  SECTION("an ISBN, an edition, a thesis genre") {
    CHECK(contains(mods(pitfalls, "smith2020kosovoa"), "<identifier type=\"isbn\">978-0-00-000000-2</identifier>"));
    CHECK(contains(mods(pitfalls, "smith2020kosovoa"), "<edition>2</edition>"));
    std::string thesis = mods(pitfalls, "smith2020kosovob");
    CHECK(contains(thesis, "<genre authority=\"marcgt\">thesis</genre>\n    <genre>PhD thesis</genre>"));
  }
  SECTION("a key that cannot be an XML ID becomes the record identifier") {
    std::string xml = write(test::edge_case_works(), Format::mods);
    CHECK(contains(xml, "<mods version=\"3.7\">"));
    CHECK(contains(xml, "<recordInfo>\n      <recordIdentifier>2020:report</recordIdentifier>"));
  }
  SECTION("URLs are made valid URIs; ranges and text-only dates") {
    std::string xml = write(test::edge_case_works(), Format::mods);
    CHECK(contains(xml, "<url>https://example.org/annual%20report%20%222020%22.pdf?cut=50%25off#a%23b</url>"));
    CHECK(contains(xml, "<dateIssued encoding=\"w3cdtf\" point=\"start\">2001</dateIssued>\n"
                        "      <dateIssued encoding=\"w3cdtf\" point=\"end\">2003</dateIssued>"));
    CHECK(contains(xml, "<dateIssued>forthcoming</dateIssued>"));
    CHECK(contains(xml, "<extent unit=\"pages\">\n        <list>3, 7-9</list>"));
    CHECK(contains(xml, "<roleTerm type=\"text\">reviewer</roleTerm>"));
  }
}
