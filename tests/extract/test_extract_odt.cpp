#include "extract/readers/readers.hpp"
#include "tests/catch.hpp"
#include "tests/extract/zip_builder.hpp"
#include "tests/support.hpp"

using namespace citekit;

namespace {

std::string content(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink">
<office:body><office:text>)" + body + "</office:text></office:body></office:document-content>";
}

Result<Document> read_odt_with(const std::string& body) {
  std::string odt = test::make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content(body)}});
  return extract::read_with_detected_reader(odt, "t.odt", {});
}

}  // namespace

TEST_CASE("extract::read_odt notes") {
  SECTION("the prefix the document declares is used; spaces, links and tracked deletions") {
    auto d = read_odt_with(
        R"(<t:tracked-changes><t:changed-region t:id="c1"><t:deletion><t:p>old words</t:p></t:deletion></t:changed-region></t:tracked-changes>)"
        R"(<t:p>Claim.<t:note t:id="ftn7" t:note-class="footnote"><t:note-citation>1</t:note-citation><t:note-body>)"
        R"(<t:p>Jane<t:s t:c="2"/>Doe.<t:change t:change-id="c1"/> <t:a xlink:href="https://example.org/r">Report</t:a>. 2001.</t:p>)"
        R"(<t:p>Second paragraph.</t:p></t:note-body></t:note></t:p>)");
    REQUIRE(d);
    CHECK(d->format == "odt");
    REQUIRE(d->notes.size() == 1);
    CHECK(d->notes[0].kind == NoteKind::footnote);
    CHECK(d->notes[0].source_id == "ftn7");
    CHECK(d->notes[0].text == "Jane Doe. Report. 2001.\nSecond paragraph.");
    CHECK(d->notes[0].links.at(0).url == "https://example.org/r");
    CHECK(d->markers.at(0).position.part == "content.xml");
  }
  SECTION("endnotes and footnotes are numbered apart") {
    auto d = read_odt_with(
        R"(<t:p>A<t:note t:note-class="endnote"><t:note-body><t:p>E1.</t:p></t:note-body></t:note>)"
        R"(B<t:note t:note-class="footnote"><t:note-body><t:p>F1.</t:p></t:note-body></t:note>)"
        R"(C<t:note t:note-class="endnote"><t:note-body><t:p>E2.</t:p></t:note-body></t:note></t:p>)");
    REQUIRE(d);
    REQUIRE(d->notes.size() == 3);
    CHECK(d->notes[0].kind == NoteKind::footnote);
    CHECK(d->notes[0].id == "1");
    CHECK(d->notes[2].id == "2");
    CHECK(d->notes[2].text == "E2.");
  }
  SECTION("the flat XML form (.fodt)") {
    std::string fodt = test::read_file(test::shared_dir() / "data/documents/kosovo-mini/src/kosovo_endnotes.fodt");
    auto d = extract::read_with_detected_reader(fodt, "k.fodt", {});
    REQUIRE(d);
    CHECK(d->format == "fodt");
    CHECK(d->notes.size() == 3);
    CHECK(d->markers.size() == 3);
  }
  SECTION("an ODT without content.xml") {
    auto d = extract::read_with_detected_reader(test::make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}}),
                                                "t.odt", {});
    REQUIRE_FALSE(d);
    CHECK(d.error().describe() == "t.odt: content.xml: the archive has no such member");
  }
}
