#include "core/regex.hpp"
#include "export/audit_report.hpp"
#include "extract/extract.hpp"
#include "extract/readers/formats.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <filesystem>
#include <sstream>

using namespace citekit;

namespace {

const char* kArticle = R"(<?xml version="1.0"?>
<article dtd-version="1.2" xmlns:xlink="http://www.w3.org/1999/xlink"><front/>
<body><p>Claim<xref ref-type="bibr" rid="r2">2</xref> and<xref ref-type="fn" rid="fn1">1</xref>,
then <xref ref-type="bibr" rid="r1 r2">1,2</xref> and [<xref ref-type="bibr" rid="r2">2</xref>–<xref ref-type="bibr" rid="r4">4</xref>].</p></body>
<back><fn-group><fn id="fn1"><label>1</label><p>See <ext-link xlink:href="https://example.org/a">the report</ext-link>.</p></fn></fn-group>
<ref-list>
<ref id="r1"><mixed-citation>Doe J. A study of things. Journal of Stuff. 2001;3(2):10-20.</mixed-citation></ref>
<ref id="r2"><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Roe</surname><given-names>Ann</given-names></name></person-group><article-title>Field work</article-title>
<source>Nature</source><year>2019</year><volume>5</volume><fpage>1</fpage><lpage>9</lpage>
<pub-id pub-id-type="doi">10.1000/xyz</pub-id></element-citation></ref>
<ref id="r3"><label>3</label><mixed-citation publication-type="book"><person-group person-group-type="author"><string-name><surname>Poe</surname>, <given-names>E</given-names></string-name></person-group>. <source>Tales</source>. <publisher-loc>New York</publisher-loc>: <publisher-name>Wiley</publisher-name>; <year>1845</year>.</mixed-citation></ref>
<ref id="r4"><mixed-citation>Moe K. Another study. Science. 2010;1:5.</mixed-citation></ref>
</ref-list></back></article>)";

}  // namespace

TEST_CASE("extract::read_jats footnotes and the reference list") {
  auto d = extract::read_jats(kArticle, "a.xml", {});
  REQUIRE(d);
  CHECK(d->format == "jats");
  REQUIRE(d->markers.size() == 1);
  CHECK(d->markers[0].kind == NoteKind::footnote);
  REQUIRE(d->notes.size() == 1);
  const Note& fn = d->notes[0];
  CHECK(fn.kind == NoteKind::footnote);
  CHECK(fn.text == "See the report.");
  CHECK(fn.links.at(0).url == "https://example.org/a");

  REQUIRE(d->lists.size() == 1);
  REQUIRE(d->entries.size() == 4);
  CHECK(d->entries[0].id == "r1");
  CHECK(d->entries[0].text == "Doe J. A study of things. Journal of Stuff. 2001;3(2):10-20.");
  CHECK(d->entries[0].embedded.empty());  // untagged: parsed
  REQUIRE(d->entries[1].embedded.size() == 1);
  const Reference& item = d->entries[1].embedded[0];
  CHECK(item.origin == ItemOrigin::document);
  CHECK(item.type == "article-journal");
  CHECK(item.get("title") == "Field work");
  CHECK(item.get("container-title") == "Nature");
  CHECK(item.get("page") == "1–9");
  CHECK(item.get("DOI") == "10.1000/xyz");
  CHECK(item.authors().at(0).family == "Roe");
  CHECK(item.date("issued")->year() == 2019);
  // A mixed citation with tags: its tags are its fields.
  CHECK(d->entries[2].label == "3");
  REQUIRE(d->entries[2].embedded.size() == 1);
  CHECK(d->entries[2].embedded[0].get("title") == "Tales");
  CHECK(d->entries[2].embedded[0].authors().at(0).family == "Poe");
  CHECK(d->entries[2].embedded[0].get("publisher") == "Wiley");

  // Citations: each link's rids; "2–4" cites 2, 3 and 4.
  REQUIRE(d->citations.size() == 3);
  CHECK(d->citations[1].works.size() == 2);
  REQUIRE(d->citations[2].works.size() == 3);
  CHECK(d->citations[2].works[1].key == "r3");
  CHECK(d->citations[2].text == "2–4");

  SECTION("element-citation items are cited as they are; untagged mixed citations are parsed") {
    auto bib = extract::build_bibliography(*d);
    REQUIRE(bib.citations.size() == 5);  // the note, then the four entries
    CHECK(bib.citations[2].item.origin == ItemOrigin::document);
    CHECK(bib.citations[2].item.get("DOI") == "10.1000/xyz");
    CHECK(bib.citations[1].item.origin == ItemOrigin::parsed);
    CHECK_FALSE(has_errors(bib.problems));
    // Every entry is cited: no "uncited-entry".
    for (const auto& problem : bib.problems) CHECK(problem.code != "uncited-entry");
    REQUIRE(bib.text_citation_works.size() == 3);
    for (const auto& slots : bib.text_citation_works)
      for (const auto& slot : slots) CHECK(slot.has_value());
  }
  SECTION("malformed XML names the file and line") {
    auto bad = extract::read_jats("<article dtd-version=\"1\">\n<body>\n<p></body></article>", "bad.xml", {});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == "malformed-xml");
    CHECK(bad.error().describe().substr(0, 17) == "bad.xml:3:6: Star");
  }
}

namespace {

const char* kArticleNotes = R"(<?xml version="1.0"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta><author-notes>
<fn fn-type="conflict"><p>The authors have declared that no competing interests exist.</p></fn>
<fn fn-type="con"><p>Conceived and designed the experiments: TB.</p></fn>
</author-notes></article-meta></front>
<body><p>Claim<xref ref-type="fn" rid="fn1">a</xref> and <xref ref-type="fn" rid="fn2">b</xref>.</p>
<table-wrap><table><tr><td>x</td></tr></table><table-wrap-foot><fn id="t1"><p>Values are means of three runs.</p></fn></table-wrap-foot></table-wrap></body>
<back><fn-group>
<fn id="fn1"><label>a</label><p>Etcoff N, Orbach S. The real truth about beauty. New York; 2004.</p></fn>
<fn id="fn2"><label>b</label><p>Four instruments were tested in distinct populations.</p></fn>
<fn fn-type="financial-disclosure" id="fn3"><p>Funded by the Ministry of Science, grant 2020/123.</p></fn>
</fn-group>
<ref-list><ref id="r1"><mixed-citation><name><surname>Hallett</surname><given-names>TB</given-names></name>, <name><surname>Roe</surname><given-names>A</given-names></name> (2011) Field work. Nature 5: 1-9.</mixed-citation></ref></ref-list>
</back></article>)";

}  // namespace

TEST_CASE("extract::read_jats notes about the article cite nothing") {
  auto d = extract::read_jats(kArticleNotes, "notes.xml", {});
  REQUIRE(d);
  REQUIRE(d->notes.size() == 6);
  auto note = [&](std::string_view start) -> const Note& {
    for (const Note& n : d->notes)
      if (n.text.starts_with(start)) return n;
    FAIL("no note starts with " << start);
    return d->notes.front();
  };
  CHECK(note("The authors have declared").purpose == NotePurpose::discussion);
  CHECK(note("The authors have declared").purpose_reason == "JATS fn-type \"conflict\"");
  CHECK(note("The authors have declared").standalone);
  CHECK(note("Conceived").purpose == NotePurpose::discussion);
  CHECK(note("Funded").purpose == NotePurpose::discussion);      // a year, but typed as funding
  CHECK(note("Values are means").purpose == NotePurpose::discussion);
  CHECK(note("Values are means").standalone);                    // nothing points at it
  CHECK(note("Four instruments").purpose == NotePurpose::discussion);
  CHECK_FALSE(note("Four instruments").standalone);              // an xref points at it
  CHECK(note("Etcoff").purpose == NotePurpose::citation);
  REQUIRE(d->entries.size() == 1);
  CHECK(d->entries[0].text.starts_with("Hallett TB, Roe A (2011)"));

  auto bib = extract::build_bibliography(*d);
  REQUIRE(bib.citations.size() == 2);  // the citing note, the entry
  CHECK(bib.citations[0].raw.text.starts_with("Etcoff"));
  for (const auto& problem : bib.problems) {
    CHECK(problem.code != "note-without-marker");
    CHECK(problem.code != "duplicate-note");   // two notes without ids are two notes
  }
}

// The eight real articles of ../shared/data/documents/jats (PLOS, SciELO):
// every <ref> once, names as tagged, no note about the article as a
// reference, no false "no marker"; the whole audit against a golden file.
TEST_CASE("extract::read_jats real articles") {
  namespace fs = std::filesystem;
  const Regex ref_element(R"(<ref[\s>])");
  std::size_t articles = 0;
  for (const auto& file : fs::directory_iterator(test::shared_dir() / "data/documents/jats")) {
    if (file.path().extension() != ".xml") continue;
    ++articles;
    CAPTURE(file.path().filename().string());
    std::string xml = test::read_file(file.path());
    std::istringstream none;
    auto bib = extract::extract_file(file.path().string(), none);
    REQUIRE(bib);
    CHECK(bib->document.entries.size() == ref_element.find_all(xml).size());
    for (const auto& problem : bib->problems) CHECK(problem.code != "note-without-marker");
    for (const Citation& citation : bib->citations)
      if (citation.raw.source == ReferenceSource::note)
        CHECK(bib->document.notes.at(citation.raw.note).purpose == NotePurpose::citation);
    std::string report = exporting::audit_report(*bib, nullptr);
    // The golden files name the article as ../shared names it, wherever the tests run.
    std::string shared = test::shared_dir().string();
    for (std::size_t at = report.find(shared); at != std::string::npos; at = report.find(shared, at))
      report.replace(at, shared.size(), "../shared");
    fs::path golden = test::source_dir() / "tests/extract/golden/jats" / (file.path().stem().string() + ".audit.txt");
    CHECK(test::matches_golden(golden, report));
  }
  CHECK(articles == 8);
}
