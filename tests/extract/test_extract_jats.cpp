#include "extract/extract.hpp"
#include "extract/readers/formats.hpp"
#include "tests/catch.hpp"

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
