// The one dispatch point, and the kosovo-mini set: the same three notes in
// every format must give the same notes and the same parsed references as
// the source Markdown.
#include "core/csl_json.hpp"
#include "extract/extract.hpp"
#include "extract/readers/readers.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <filesystem>
#include <set>
#include <sstream>

using namespace citekit;

namespace {

std::filesystem::path kosovo(const std::string& name) { return test::shared_dir() / "data/documents/kosovo-mini" / name; }

Bibliography extract_kosovo(const std::string& name) {
  std::istringstream none;
  auto bib = extract::extract_file(kosovo(name).string(), none);
  if (!bib) FAIL(bib.error().describe());
  return std::move(*bib);
}

bool has_problem(const std::vector<Problem>& problems, const std::string& code) {
  return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.code == code; });
}

struct KosovoFile {
  const char* name;
  const char* format;
  NoteKind kind;
  bool prints_deleted_words = false;   // a PDF of the tracked change shows the deleted text too
  int first_id = 1;                    // the Word text export shows the XML ids, which start at 2 there
};

const KosovoFile kKosovoFiles[] = {
    {"a_endnotes_libreoffice.docx", "docx", NoteKind::endnote},
    {"a_endnotes_libreoffice.poi-derived.txt", "word-text", NoteKind::endnote, false, 2},
    {"b_footnotes_pandoc.docx", "docx", NoteKind::footnote},
    {"c_endnotes_libreoffice.odt", "odt", NoteKind::endnote},
    {"d_footnotes_pandoc.html", "html", NoteKind::footnote},
    {"d2_footnotes_cmark_gfm.html", "html", NoteKind::footnote},
    {"d3_footnotes_markdown_it.html", "html", NoteKind::footnote},
    {"e_endnotes_libreoffice.pdf", "pdf", NoteKind::endnote},
    {"e_endnotes_pdftotext.txt", "text", NoteKind::endnote},
    {"e_endnotes_pdftotext_layout.txt", "text", NoteKind::endnote},
    {"e_endnotes_pdftotext_bbox.html", "pdftotext-bbox", NoteKind::endnote},
    {"f_word_like_features.docx", "docx", NoteKind::endnote},
    {"f_word_like_features.poi-derived.txt", "word-text", NoteKind::endnote},
    {"g_word_like_features_libreoffice.pdf", "pdf", NoteKind::endnote, true},
    {"g_word_like_features_pdftotext.txt", "text", NoteKind::endnote, true},
    {"h_narrow_page_libreoffice.pdf", "pdf", NoteKind::endnote},
    {"h_narrow_page_pdftotext.txt", "text", NoteKind::endnote},
    {"x_endnotes_docx_via_pandoc.md", "markdown", NoteKind::footnote},
    {"x_endnotes_libreoffice.html", "html", NoteKind::endnote},
    {"x_footnotes_pandoc.jats.xml", "jats", NoteKind::footnote},
    {"x_footnotes_pandoc.odt", "odt", NoteKind::footnote},
    {"x_footnotes_pandoc.txt", "text", NoteKind::endnote},
    {"x_footnotes_source.md", "markdown", NoteKind::footnote},
    {"x_word_like_via_pandoc_trackchanges.md", "markdown", NoteKind::footnote},
};

// Files that cannot give the three notes, each tested on its own below.
const std::set<std::string> kKosovoExceptions{"x_endnotes_libreoffice.txt", "x_footnotes_pandoc.tex"};

}  // namespace

TEST_CASE("extract::read_with_detected_reader kosovo-mini: same notes and references in every format") {
  Bibliography source = extract_kosovo("x_footnotes_source.md");
  REQUIRE(source.document.notes.size() == 3);
  REQUIRE(source.citations.size() == 3);
  for (const KosovoFile& file : kKosovoFiles) {
    SECTION(file.name) {
      Bibliography bib = extract_kosovo(file.name);
      CHECK(bib.document.format == file.format);
      CHECK_FALSE(has_errors(bib.problems));
      REQUIRE(bib.document.markers.size() == 3);
      REQUIRE(bib.document.notes.size() == 3);
      REQUIRE(bib.citations.size() == 3);
      for (std::size_t i = 0; i < 3; ++i) {
        const Note& note = bib.document.notes[i];
        std::string expected_text = source.document.notes[i].text;
        bool deleted_words = file.prints_deleted_words && i == 2;
        if (deleted_words) expected_text.insert(expected_text.rfind("(Accessed"), "(Accessed 23/11/2020)");
        CAPTURE(i);
        std::string id = std::to_string(static_cast<int>(i) + file.first_id);
        CHECK(bib.document.markers[i].id == id);
        CHECK(note.id == id);
        CHECK(note.kind == file.kind);
        CHECK(note.text == expected_text);
        // f's note 2 is a Zotero item and g's note 3 holds the deleted words: both tested on their own.
        bool own_item = (std::string(file.name) == "f_word_like_features.docx" && i == 1) || deleted_words;
        if (own_item) continue;
        auto expected = to_csl_json(source.citations[i].item);
        auto actual = to_csl_json(bib.citations[i].item);
        for (const auto& [field, value] : expected.items()) {
          CAPTURE(field);
          CHECK(actual[field] == value);
        }
        CHECK(actual.size() == expected.size());
      }
    }
  }
}

TEST_CASE("extract::read_with_detected_reader kosovo-mini: every file is covered") {
  std::set<std::string> covered(kKosovoExceptions);
  for (const KosovoFile& file : kKosovoFiles) covered.insert(file.name);
  for (const auto& entry : std::filesystem::directory_iterator(kosovo(""))) {
    if (!entry.is_regular_file()) continue;
    CAPTURE(entry.path().filename().string());
    CHECK(covered.count(entry.path().filename().string()) == 1);
  }
}

TEST_CASE("extract::read_with_detected_reader kosovo-mini: exports without the notes") {
  SECTION("LibreOffice's text export keeps the markers and drops the bodies: reported, nothing invented") {
    Bibliography bib = extract_kosovo("x_endnotes_libreoffice.txt");
    CHECK(bib.document.format == "text");
    CHECK(bib.document.markers.size() == 3);
    CHECK(bib.document.notes.empty());
    CHECK(has_problem(bib.problems, "no-notes-section"));
    CHECK(has_problem(bib.problems, "marker-without-note"));
  }
  SECTION("LaTeX is refused with a clear error") {
    std::istringstream none;
    auto doc = extract::read_document(kosovo("x_footnotes_pandoc.tex").string(), none);
    REQUIRE_FALSE(doc);
    CHECK(doc.error().code == "unsupported-format");
    CHECK(doc.error().message.find("LaTeX") != std::string::npos);
  }
}

TEST_CASE("extract::detect_format") {
  struct Row {
    std::string bytes;
    const char* format;
  };
  const Row rows[] = {
      {"PK\x03\x04rest", "zip"},         {"%PDF-1.7\n", "pdf"},       {"{\\rtf1\\ansi x}", "rtf"},
      {"\xD0\xCF\x11\xE0\xA1\xB1", "ole"}, {"Plain words.\n", "text"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.format);
    CHECK(extract::detect_format(row.bytes) == row.format);
  }
}

TEST_CASE("extract::detect_text_format") {
  struct Row {
    const char* scenario;
    std::string text;
    std::string path;
    const char* format;
  };
  const Row rows[] = {
      {"HTML page", "<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "a.txt", "html"},
      {"HTML fragment", "<p>Text<sup class=\"footnote-ref\"></sup></p>", "a", "html"},
      {"JATS by doctype", "<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96)//EN\" \"x.dtd\">\n<article/>", "a.html", "jats"},
      {"JATS by dtd-version", "<article dtd-version=\"1.2\"><front/></article>", "a", "jats"},
      {"flat ODT", "<?xml version=\"1.0\"?><office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>", "a", "fodt"},
      {"other XML", "<?xml version=\"1.0\"?><catalog/>", "a.xml", "xml"},
      {"LaTeX", "\\documentclass{article}\n\\begin{document}x\\end{document}", "a.tex", "latex"},
      {"Word text export", "Text.[endnoteRef:1] [1: A note.] \n", "a.md", "word-text"},
      {"Markdown footnotes in a .txt", "Text.[^1]\n\n[^1]: A note.\n", "a.txt", "markdown"},
      {"Markdown by extension", "Text without notes.\n", "notes.md", "markdown"},
      {"plain text", "Text.[1]\n\n[1] A note.\n", "a.txt", "text"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.scenario);
    CHECK(extract::detect_text_format(row.text, row.path) == std::string(row.format));
  }
}

TEST_CASE("extract::read_with_detected_reader bad input") {
  extract::InputLimits limits;
  SECTION("random bytes are an unknown format, not a crash") {
    std::string bytes;
    unsigned state = 12345;
    for (int i = 0; i < 4096; ++i) {
      state = state * 1103515245u + 12345u;
      bytes += static_cast<char>(state >> 24);
    }
    auto doc = extract::read_with_detected_reader(bytes, "noise.bin", limits);
    REQUIRE_FALSE(doc);
    CHECK(doc.error().describe() == "noise.bin: cannot read binary data of an unknown format");
  }
  SECTION("a zip signature with nothing behind it is a corrupt zip") {
    auto doc = extract::read_with_detected_reader(test::read_file(kosovo("a_endnotes_libreoffice.docx")).substr(0, 4) +
                                                      std::string(64, '\0'),
                                                  "odd.zip", limits);
    REQUIRE_FALSE(doc);
    CHECK(doc.error().code == "corrupt-zip");
  }
  SECTION("XML that is no known document") {
    auto doc = extract::read_with_detected_reader("<?xml version=\"1.0\"?><catalog/>", "c.xml", limits);
    REQUIRE_FALSE(doc);
    CHECK(doc.error().code == "unsupported-format");
  }
}

TEST_CASE("extract::readers: one row per format") {
  std::set<std::string_view> names;
  for (const auto& reader : extract::readers()) {
    CAPTURE(reader.name);
    CHECK(names.insert(reader.name).second);
    // A row either reads its format or says what to do instead.
    CHECK((reader.read == nullptr) == !reader.refusal.empty());
  }
  // The last row takes any text, so that detection always ends somewhere.
  CHECK(extract::readers().back().name == "text");
  // Each format's refusal reaches the user as the error.
  for (const auto& reader : extract::readers()) {
    if (reader.read || reader.name != "rtf") continue;
    auto doc = extract::read_with_detected_reader("{\\rtf1\\ansi x}", "a.rtf", {});
    REQUIRE_FALSE(doc);
    CHECK(doc.error().message == "cannot read " + std::string(reader.refusal));
  }
}
