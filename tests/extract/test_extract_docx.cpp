// The DOCX reader: Word features in notes, and hostile or broken packages
// (built here at run time from a real document).
#include "extract/extract.hpp"
#include "extract/readers/readers.hpp"
#include "tests/catch.hpp"
#include "tests/extract/zip_builder.hpp"
#include "tests/support.hpp"

#include <sstream>

using namespace citekit;
using test::make_zip;
using test::with_member;
using test::without_member;

namespace {

std::filesystem::path kosovo(const std::string& name) { return test::shared_dir() / "data/documents/kosovo-mini" / name; }

const std::string kWord = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const std::string kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

Result<Document> read(const std::string& bytes, const extract::InputLimits& limits = {}) {
  return extract::read_with_detected_reader(bytes, "bad.docx", limits);
}

Bibliography extract_bytes(const std::string& bytes) {
  auto document = read(bytes);
  if (!document) FAIL(document.error().describe());
  return extract::build_bibliography(std::move(*document));
}

// The LibreOffice endnote DOCX with its endnotes part replaced.
std::string with_endnotes(const std::string& endnotes_xml, const std::string& endnote_rels = "") {
  auto members = test::zip_members(kosovo("a_endnotes_libreoffice.docx"));
  members = with_member(members, "word/endnotes.xml", endnotes_xml);
  if (!endnote_rels.empty()) members = with_member(members, "word/_rels/endnotes.xml.rels", endnote_rels);
  return make_zip(members);
}

std::string endnotes_part(const std::string& notes) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:endnotes xmlns:w=\"" + kWord + "\" xmlns:r=\"" +
         kRelationships + "\">" + notes + "</w:endnotes>";
}

std::string note(const std::string& id, const std::string& body) {
  return "<w:endnote w:id=\"" + id + "\"><w:p><w:r><w:endnoteRef/></w:r>" + body + "</w:p></w:endnote>";
}

std::string run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }

}  // namespace

TEST_CASE("extract::read_docx Word-like features") {
  std::istringstream none;
  auto bib = extract::extract_file(kosovo("f_word_like_features.docx").string(), none);
  REQUIRE(bib);
  const auto& notes = bib->document.notes;
  REQUIRE(notes.size() == 3);
  SECTION("separators (w:type) are skipped; notes keep their XML id") {
    CHECK(notes[0].id == "1");
    CHECK(notes[0].source_id == "1");
    CHECK(bib->document.markers.size() == 3);
  }
  SECTION("the HYPERLINK field code split over two runs gives the link") {
    REQUIRE(notes[0].links.size() == 1);
    CHECK(notes[0].links[0].url == "https://www.theguardian.com/world/1999/jun/06/balkans");
    CHECK(bib->citations[0].item.get("URL") == "https://www.theguardian.com/world/1999/jun/06/balkans");
  }
  SECTION("the Zotero field's CSL-JSON is the reference's item, from the document") {
    REQUIRE(notes[1].embedded.size() == 1);
    const Citation& zotero = bib->citations[1];
    CHECK(zotero.item.origin == ItemOrigin::document);
    CHECK(zotero.item.type == "webpage");
    CHECK(zotero.item.get("title") == "NATO’s role in Kosovo");
    CHECK(zotero.item.get("URL") == "https://www.nato.int/cps/en/natolive/topics_48818.htm");
    REQUIRE(zotero.item.authors().size() == 1);
    CHECK(zotero.item.authors()[0].literal == "NATO");
    CHECK(zotero.item.date("accessed")->iso() == "2020-11-24");
    CHECK(zotero.raw.text == notes[1].text);
    CHECK(bib->citations[0].item.origin == ItemOrigin::parsed);
  }
  SECTION("tracked changes: inserted text kept, deleted text dropped") {
    CHECK(notes[2].text.find("(Accessed 24/11/2020)") != std::string::npos);
    CHECK(notes[2].text.find("23/11/2020") == std::string::npos);
    CHECK(bib->citations[2].item.date("accessed")->iso() == "2020-11-24");
  }
}

TEST_CASE("extract::read_docx numbering and links") {
  SECTION("footnotes are numbered as the reader sees them; the XML id stays") {
    std::istringstream none;
    auto doc = extract::read_document(kosovo("b_footnotes_pandoc.docx").string(), none);
    REQUIRE(doc);
    REQUIRE(doc->notes.size() == 3);
    CHECK(doc->notes[0].id == "1");
    CHECK(doc->notes[0].source_id == "20");
    CHECK(doc->notes[2].source_id == "22");
    CHECK(doc->markers[1].id == "2");
    CHECK(doc->markers[1].position.part == "word/document.xml");
  }
  SECTION("a hyperlink's URL reaches the reference when the text shows another") {
    std::string rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId9\" Type=\"" + kRelationships + "/hyperlink\" Target=\"https://example.org/report.pdf\" TargetMode=\"External\"/>"
                       "</Relationships>";
    std::string body = run("Jane Doe. Annual Report. (London: Verso, 2001) ") +
                       "<w:hyperlink r:id=\"rId9\">" + run("online") + "</w:hyperlink>";
    Bibliography bib = extract_bytes(with_endnotes(endnotes_part(note("2", body) + note("3", run("B. 2001.")) +
                                                                 note("4", run("C. 2002."))), rels));
    REQUIRE(bib.document.notes.at(0).links.size() == 1);
    CHECK(bib.document.notes[0].links[0].text == "online");
    CHECK(bib.citations.at(0).item.get("URL") == "https://example.org/report.pdf");
  }
  SECTION("a note referenced twice keeps its first number; notes are ordered by it") {
    std::string notes = note("4", run("Third. 2003.")) + note("2", run("First. 2001.")) + note("3", run("Second. 2002."));
    auto doc = read(with_endnotes(endnotes_part(notes)));
    REQUIRE(doc);
    REQUIRE(doc->notes.size() == 3);
    CHECK(doc->notes[0].text == "First. 2001.");
    CHECK(doc->notes[0].source_id == "2");
    CHECK(doc->notes[2].id == "3");
  }
}

TEST_CASE("extract::read_docx citation-manager fields") {
  auto field = [](const std::string& instruction) {
    return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + instruction +
           "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("Shown text, 2001.") +
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  };
  const std::string item = R"({"citationItems":[{"itemData":{"type":"book","title":"Kept As Stored"}}]})";
  struct Row {
    const char* scenario;
    std::string instruction;
    std::size_t embedded;
    bool problem;
  };
  const Row rows[] = {
      {"Zotero", " ADDIN ZOTERO_ITEM CSL_CITATION " + item + " ", 1, false},
      {"Mendeley", "ADDIN CSL_CITATION " + item, 1, false},
      {"unreadable JSON", " ADDIN ZOTERO_ITEM CSL_CITATION {\"citationItems\": [ ", 0, true},
      {"a bibliography field is no citation", " ADDIN ZOTERO_BIBL {} CSL_BIBLIOGRAPHY ", 0, false},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      auto doc = read(with_endnotes(endnotes_part(note("2", field(row.instruction)))));
      REQUIRE(doc);
      REQUIRE(doc->notes.size() == 1);
      CHECK(doc->notes[0].text == "Shown text, 2001.");
      CHECK(doc->notes[0].embedded.size() == row.embedded);
      bool reported = false;
      for (const auto& p : doc->problems) reported |= p.code == "invalid-citation-field";
      CHECK(reported == row.problem);
      if (row.embedded) CHECK(extract::build_bibliography(*doc).citations.at(0).item.get("title") == "Kept As Stored");
    }
  }
}

TEST_CASE("extract::read_docx bad packages") {
  auto members = test::zip_members(kosovo("a_endnotes_libreoffice.docx"));
  std::string real = test::read_file(kosovo("a_endnotes_libreoffice.docx"));
  struct Row {
    const char* scenario;
    std::string bytes;
    extract::InputLimits limits;
    const char* code;
    const char* description;   // Error::describe()
  };
  extract::InputLimits small_members;
  small_members.max_member_bytes = 1 << 20;
  extract::InputLimits small_total;
  small_total.max_inflated_bytes = 4000;
  extract::InputLimits few_entries;
  few_entries.max_zip_entries = 5;
  extract::InputLimits shallow;
  shallow.max_nesting_depth = 50;
  std::string deep = "<?xml version=\"1.0\"?>\n<w:endnotes xmlns:w=\"" + kWord + "\">" + [] {
    std::string nested;
    for (int i = 0; i < 200; ++i) nested += "<w:r>";
    for (int i = 0; i < 200; ++i) nested += "</w:r>";
    return nested;
  }() + "</w:endnotes>";
  const Row rows[] = {
      {"a truncated copy of a real docx", real.substr(0, real.size() / 2), {}, "corrupt-zip",
       "bad.docx: not a readable zip archive (truncated or corrupt?): Not a zip archive"},
      {"a member inflating past the cap (zip bomb of zeros)",
       make_zip(with_member(members, "word/document.xml", std::string(8u << 20, '\0'))), small_members,
       "zip-member-too-large", "bad.docx: word/document.xml: the member inflates past the limit of 1048576 bytes (a zip bomb?)"},
      {"members inflating past the total cap", real, small_total, "zip-too-large",
       "bad.docx: word/endnotes.xml: the archive inflates past the limit of 4000 bytes in all (a zip bomb?)"},
      {"more members than the cap", real, few_entries, "too-many-zip-entries",
       "bad.docx: the archive has 11 members; the limit is 5"},
      {"a member name climbing out of the archive", make_zip(with_member(members, "../evil.xml", "x")), {},
       "unsafe-zip-member", "bad.docx: ../evil.xml: member name points outside the archive; refused"},
      {"no word/document.xml", make_zip(without_member(members, "word/document.xml")), {}, "missing-part",
       "bad.docx: word/document.xml: the archive has no such member"},
      {"no package relationships", make_zip(without_member(members, "_rels/.rels")), {}, "missing-part",
       "bad.docx: _rels/.rels: the archive has no such member"},
      {"malformed endnotes.xml",
       with_endnotes("<?xml version=\"1.0\"?>\n<w:endnotes xmlns:w=\"" + kWord +
                     "\">\n<w:endnote w:id=\"2\"><w:p></w:endnote>\n</w:endnotes>"),
       {}, "malformed-xml", "bad.docx: word/endnotes.xml: line 3, column 28: Start-end tags mismatch"},
      {"endnotes nested past the depth cap", with_endnotes(deep), shallow, "nesting-too-deep",
       "bad.docx: word/endnotes.xml: line 2, column 330: elements nest deeper than the limit of 50"},
      {"a zip that is neither DOCX nor ODT", make_zip({{"readme.txt", "hello"}}), {}, "unsupported-format",
       "bad.docx: cannot read a zip archive that is neither a Word (.docx) nor an OpenDocument (.odt) document"},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      auto doc = read(row.bytes, row.limits);
      REQUIRE_FALSE(doc);
      CHECK(doc.error().code == row.code);
      CHECK(doc.error().describe() == row.description);
    }
  }
}
