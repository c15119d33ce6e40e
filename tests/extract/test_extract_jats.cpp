#include "extract/extract.hpp"
#include "extract/readers/formats.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

const char* kArticle = R"(<?xml version="1.0"?>
<article dtd-version="1.2" xmlns:xlink="http://www.w3.org/1999/xlink"><front/>
<body><p>Claim<xref ref-type="bibr" rid="r2">2</xref> and<xref ref-type="fn" rid="fn1">1</xref>,
then <xref ref-type="bibr" rid="r1 r2">1,2</xref>.</p></body>
<back><fn-group><fn id="fn1"><label>1</label><p>See <ext-link xlink:href="https://example.org/a">the report</ext-link>.</p></fn></fn-group>
<ref-list>
<ref id="r1"><mixed-citation>Doe J. A study of things. Journal of Stuff. 2001;3(2):10-20.</mixed-citation></ref>
<ref id="r2"><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Roe</surname><given-names>Ann</given-names></name></person-group><article-title>Field work</article-title>
<source>Nature</source><year>2019</year><volume>5</volume><fpage>1</fpage><lpage>9</lpage>
<pub-id pub-id-type="doi">10.1000/xyz</pub-id></element-citation></ref>
</ref-list></back></article>)";

}  // namespace

TEST_CASE("extract::read_jats footnotes and the reference list") {
  auto d = extract::read_jats(kArticle, "a.xml", {});
  REQUIRE(d);
  CHECK(d->format == "jats");
  REQUIRE(d->markers.size() == 4);
  CHECK(d->markers[0].id == "1");
  CHECK(d->markers[0].kind == NoteKind::endnote);
  CHECK(d->markers[1].kind == NoteKind::footnote);
  CHECK(d->markers[2].id == "2");
  REQUIRE(d->notes.size() == 3);
  const Note& fn = d->notes[0];
  CHECK(fn.kind == NoteKind::footnote);
  CHECK(fn.text == "See the report.");
  CHECK(fn.links.at(0).url == "https://example.org/a");
  const Note& r2 = d->notes[1];
  CHECK(r2.source_id == "r2");
  CHECK(r2.id == "1");
  REQUIRE(r2.embedded.size() == 1);
  const Reference& item = r2.embedded[0];
  CHECK(item.origin == ItemOrigin::document);
  CHECK(item.type == "article-journal");
  CHECK(item.get("title") == "Field work");
  CHECK(item.get("container-title") == "Nature");
  CHECK(item.get("page") == "1–9");
  CHECK(item.get("DOI") == "10.1000/xyz");
  CHECK(item.authors().at(0).family == "Roe");
  CHECK(item.date("issued")->year() == 2019);
  CHECK(d->notes[2].text == "Doe J. A study of things. Journal of Stuff. 2001;3(2):10-20.");

  SECTION("element-citation items are cited as they are; mixed citations are parsed") {
    auto bib = extract::build_bibliography(*d);
    REQUIRE(bib.citations.size() == 3);
    CHECK(bib.citations[1].item.origin == ItemOrigin::document);
    CHECK(bib.citations[1].item.get("DOI") == "10.1000/xyz");
    CHECK(bib.citations[2].item.origin == ItemOrigin::parsed);
    CHECK_FALSE(has_errors(bib.problems));
  }
  SECTION("malformed XML names the file and line") {
    auto bad = extract::read_jats("<article dtd-version=\"1\">\n<body>\n<p></body></article>", "bad.xml", {});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == "malformed-xml");
    CHECK(bad.error().describe().substr(0, 17) == "bad.xml:3:6: Star");
  }
}
