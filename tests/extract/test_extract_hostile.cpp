// Hostile documents, built at run time: each gives a clear error naming the
// file, the part and the position, or a bounded result that keeps every
// note it could read. Sizes are the attacks' own (100,000-deep nesting, a
// million brackets, 10,001 zip members) except for the long line, which
// bench/hostile.sh measures at 200 MB; docs/readers.md has the figures.
#include "core/text.hpp"
#include "extract/extract.hpp"
#include "extract/readers/readers.hpp"
#include "tests/accounting.hpp"
#include "tests/catch.hpp"
#include "tests/extract/zip_builder.hpp"
#include "tests/support.hpp"

#include <chrono>
#include <functional>

using namespace citekit;
using test::make_zip;
using test::with_member;

namespace {

constexpr int kDeep = 100'000;
// Far above what any case takes, even under sanitizers; a walk that is
// quadratic in the input takes minutes on these sizes.
constexpr double kSecondsAllowed = 20;

const std::string kWord = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const std::string kNote = "Doe, Jane. A Title. Oxford: Clarendon Press, 2001.";

std::filesystem::path kosovo(const std::string& name) { return test::shared_dir() / "data/documents/kosovo-mini" / name; }

std::string repeat(const std::string& piece, int times) {
  std::string out;
  out.reserve(piece.size() * static_cast<std::size_t>(times));
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

std::string nested(const std::string& open, const std::string& close, int depth) {
  return repeat(open, depth) + repeat(close, depth);
}

// The LibreOffice endnote DOCX with its endnotes part replaced by one note holding `inner`.
std::string docx_with_endnote(const std::string& inner, const std::string& doctype = "") {
  std::string part = "<?xml version=\"1.0\"?>" + doctype + "<w:endnotes xmlns:w=\"" + kWord +
                     "\"><w:endnote w:id=\"2\"><w:p><w:r><w:t>" + inner + "</w:t></w:r></w:p></w:endnote></w:endnotes>";
  return make_zip(with_member(test::zip_members(kosovo("a_endnotes_libreoffice.docx")), "word/endnotes.xml", part));
}

std::string docx_with_endnotes_part(const std::string& part) {
  return make_zip(with_member(test::zip_members(kosovo("a_endnotes_libreoffice.docx")), "word/endnotes.xml", part));
}

std::string odt_with_content(const std::string& content) {
  return make_zip(with_member(test::zip_members(kosovo("c_endnotes_libreoffice.odt")), "content.xml", content));
}

const std::string kOdfNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

std::string billion_laughs(const std::string& root) {
  std::string entities = "<!ENTITY lol \"lol\">";
  for (int i = 1; i < 10; ++i) {
    entities += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) entities += "&lol" + (i > 1 ? std::to_string(i - 1) : std::string()) + ";";
    entities += "\">";
  }
  return "<!DOCTYPE " + root + " [" + entities + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>";
}

std::string jats_with_reference(const std::string& doctype, const std::string& reference) {
  return "<?xml version=\"1.0\"?>" + doctype +
         "<article dtd-version=\"1.2\"><front/><body><p>Text.<xref ref-type=\"bibr\" rid=\"r1\">1</xref></p></body>"
         "<back><ref-list><ref id=\"r1\"><mixed-citation>" +
         reference + "</mixed-citation></ref></ref-list></back></article>";
}

struct Timed {
  Result<Document> document;
  double seconds;
};

Timed read_timed(const std::string& bytes, const std::string& path, const extract::InputLimits& limits = {}) {
  auto start = std::chrono::steady_clock::now();
  auto document = extract::read_with_detected_reader(bytes, path, limits);
  return Timed{std::move(document), std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
}

bool has_problem(const std::vector<Problem>& problems, const std::string& code) {
  return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.code == code; });
}

}  // namespace

TEST_CASE("hostile documents refused with a clear error") {
  struct Row {
    const char* scenario;
    std::function<std::string()> bytes;
    const char* path;
    const char* code;
    const char* description;   // Error::describe(): file, part, position, message
  };
  const Row rows[] = {
      {"zip bomb: a member inflating past the default 64 MiB cap",
       [] { return make_zip(with_member(test::zip_members(kosovo("a_endnotes_libreoffice.docx")), "word/document.xml",
                                        std::string(65u << 20, ' '))); },
       "bomb.docx", "zip-member-too-large",
       "bomb.docx: word/document.xml: the member inflates past the limit of 67108864 bytes (a zip bomb?)"},
      {"10,001 zip members, over the default cap",
       [] {
         auto members = test::zip_members(kosovo("a_endnotes_libreoffice.docx"));
         for (std::size_t i = members.size(); i < 10'001; ++i) members.emplace_back("junk/" + std::to_string(i), "x");
         return make_zip(members);
       },
       "many.docx", "too-many-zip-entries", "many.docx: the archive has 10001 members; the limit is 10000"},
      {"a member name climbing out of the package",
       [] { return make_zip(with_member(test::zip_members(kosovo("a_endnotes_libreoffice.docx")), "word/../../evil.xml", "x")); },
       "evil.docx", "unsafe-zip-member", "evil.docx: word/../../evil.xml: member name points outside the archive; refused"},
      {"an absolute member name",
       [] { return make_zip(with_member(test::zip_members(kosovo("c_endnotes_libreoffice.odt")), "/etc/cron.d/x", "x")); },
       "evil.odt", "unsafe-zip-member", "evil.odt: /etc/cron.d/x: member name points outside the archive; refused"},
      {"a Windows drive and backslashes in a member name",
       [] { return make_zip(with_member(test::zip_members(kosovo("c_endnotes_libreoffice.odt")), "C:\\evil\\..\\x", "x")); },
       "evil.odt", "unsafe-zip-member", "evil.odt: C:\\evil\\..\\x: member name points outside the archive; refused"},
      {"DOCX endnotes nested 100,000 deep",
       [] {
         return docx_with_endnotes_part("<?xml version=\"1.0\"?>\n<w:endnotes xmlns:w=\"" + kWord + "\">\n" +
                                        nested("<w:r>", "</w:r>", kDeep) + "</w:endnotes>");
       },
       "deep.docx", "nesting-too-deep",
       "deep.docx: word/endnotes.xml: line 3, column 4997: elements nest deeper than the limit of 1000"},
      {"ODT content nested 100,000 deep",
       [] {
         return odt_with_content("<?xml version=\"1.0\"?>\n<office:document-content" + kOdfNamespaces + ">" +
                                 nested("<text:span>", "</text:span>", kDeep) + "</office:document-content>");
       },
       "deep.odt", "nesting-too-deep",
       "deep.odt: content.xml: line 2, column 11140: elements nest deeper than the limit of 1000"},
      {"JATS nested 100,000 deep",
       [] { return "<?xml version=\"1.0\"?>\n<article dtd-version=\"1.2\"><front/><back>" + nested("<sec>", "</sec>", kDeep) + "</back></article>"; },
       "deep.xml", "nesting-too-deep", "deep.xml:2:5033: elements nest deeper than the limit of 1000"},
      {"flat ODT nested 100,000 deep",
       [] {
         return "<?xml version=\"1.0\"?>\n<office:document" + kOdfNamespaces + ">" + nested("<text:p>", "</text:p>", kDeep) +
                "</office:document>";
       },
       "deep.fodt", "nesting-too-deep", "deep.fodt:2:8135: elements nest deeper than the limit of 1000"},
      {"HTML nested 100,000 deep",
       [] { return "<html><body>" + repeat("<div>", kDeep); }, "deep.html", "nesting-too-deep",
       "deep.html:1:5003: elements nest deeper than the limit of 1000"},
      {"HTML nested deep behind end tags that close nothing",
       [] { return "<html><body>" + repeat("<div></span>", kDeep); }, "deep.html", "nesting-too-deep",
       "deep.html:1:11989: elements nest deeper than the limit of 1000"},
      {"HTML nested deep after a comment that ends at once (<!-->)",
       [] { return "<html><body><!-->" + repeat("<div>", kDeep) + "-->"; }, "deep.html", "nesting-too-deep",
       "deep.html:1:5008: elements nest deeper than the limit of 1000"},
      {"HTML nested deep with self-closing syntax, which HTML ignores",
       [] { return "<html><body>" + repeat("<div/>", kDeep); }, "deep.html", "nesting-too-deep",
       "deep.html:1:6001: elements nest deeper than the limit of 1000"},
      {"HTML nested deep inside list items and definitions that close nothing",
       [] { return "<html><body>" + repeat("<li><dd>", kDeep); }, "deep.html", "nesting-too-deep",
       "deep.html:1:4005: elements nest deeper than the limit of 1000"},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      Timed read = read_timed(row.bytes(), row.path);
      REQUIRE_FALSE(read.document);
      CHECK(read.document.error().code == row.code);
      CHECK(read.document.error().describe() == row.description);
      CHECK(read.seconds < kSecondsAllowed);
    }
  }
}

TEST_CASE("hostile documents read within bounds, every note kept") {
  struct Row {
    const char* scenario;
    std::function<std::string()> bytes;
    const char* path;
    std::size_t notes;
    const char* problem;          // a problem the result must report, or ""
    std::size_t longest_note;     // no note's text is longer (nothing was expanded)
  };
  const Row rows[] = {
      {"9,990 zip members, under the cap", [] {
         auto members = test::zip_members(kosovo("a_endnotes_libreoffice.docx"));
         for (int i = 0; i < 9'980; ++i) members.emplace_back("junk/" + std::to_string(i), "x");
         return make_zip(members);
       }, "many.docx", 3, "", 1000},
      {"billion laughs in a DOCX part: entities are not expanded",
       [] { return docx_with_endnote("&lol9;&secret; " + kNote, billion_laughs("w:endnotes")); }, "laughs.docx", 1, "", 200},
      {"billion laughs in JATS: entities are not expanded",
       [] { return jats_with_reference(billion_laughs("article"), "&lol9;&secret; " + kNote); }, "laughs.xml", 1, "", 200},
      {"a million unmatched [ in a Word text note",
       [] { return "Text.[endnoteRef:1]\n\n[1: " + std::string(1'000'000, '[') + " " + kNote + "]\n"; }, "brackets.txt", 1,
       "unbalanced-brackets", 1'100'000},
      {"a million unmatched [ in a plain-text note",
       [] { return "Text.[1]\n\nNotes\n\n1. " + std::string(1'000'000, '[') + " " + kNote + "\n"; }, "brackets.txt", 1, "",
       1'100'000},
      {"a million unmatched [ in a Markdown footnote",
       [] { return "Text.[^1]\n\n[^1]: " + std::string(1'000'000, '[') + " " + kNote + "\n"; }, "brackets.md", 1, "",
       1'100'000},
      {"a million unmatched [ in the text of a Markdown document",
       [] { return "Text " + std::string(1'000'000, '[') + ".[^1]\n\n[^1]: " + kNote + "\n"; }, "brackets.md", 1, "",
       1000},
      {"Markdown quoted 100,000 deep", [] { return std::string(kDeep, '>') + " Text.[^1]\n\n[^1]: " + kNote + "\n"; },
       "deep.md", 1, "", 1000},
      {"100,000 Word text bodies that never close",
       [] {
         std::string text = "Text.[endnoteRef:1]\n";
         for (int i = 1; i <= kDeep; ++i) text += "[" + std::to_string(i) + ": Doe " + std::to_string(i) + "\n";
         return text;
       }, "open.txt", kDeep, "unterminated-note", 1000},
      {"9,999 plain-text notes whose markers are nowhere (labels have at most four digits)",
       [] {
         std::string text = "Text without markers.\n\nNotes\n\n";
         for (int i = 1; i <= 9'999; ++i) text += std::to_string(i) + ". Doe, J. Title " + std::to_string(i) + ". 2001.\n";
         return text;
       }, "unmarked.txt", 9'999, "marker-not-located", 1000},
      {"superscript digits past any note number (no integer overflow)",
       [] { return "Text" + repeat("\u00B9", 30) + " more.\u00B9\n\nNotes\n\n" + repeat("\u00B9", 30) + " Not a note.\n1. " + kNote + "\n"; },
       "sup.txt", 1, "", 1000},
      {"a 20 MB single line before the notes",
       [] { return "Text.[1] " + repeat("word ", 4'000'000) + "\n\nNotes\n\n1. " + kNote + "\n"; }, "long.txt", 1, "", 1000},
      {"a 20 MB single line with no spaces before the notes",
       [] { return "Text.[1] " + repeat("a1", 10'000'000) + "\n\nNotes\n\n1. " + kNote + "\n"; }, "long.txt", 1, "", 1000},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      Timed read = read_timed(row.bytes(), row.path);
      REQUIRE(read.document);
      const Document& d = *read.document;
      // A JATS reference is a list's entry; elsewhere the references are notes.
      CHECK(d.notes.size() + d.entries.size() == row.notes);
      if (*row.problem) CHECK(has_problem(d.problems, row.problem));
      for (const Note& note : d.notes) {
        CHECK(note.text.size() <= row.longest_note);
        CHECK(note.text.find("root:") == std::string::npos);
      }
      for (const ListEntry& entry : d.entries) {
        CHECK(entry.text.size() <= row.longest_note);
        CHECK(entry.text.find("root:") == std::string::npos);
      }
      CHECK(read.seconds < kSecondsAllowed);
    }
  }
}

TEST_CASE("invalid UTF-8 and NUL bytes in the middle of a note: the note and its reference survive") {
  // "ü" and "é" make the text UTF-8 with damage, not a legacy encoding.
  struct Row {
    const char* scenario;
    std::string bytes;
    const char* path;
    const char* problem;
    std::size_t line;   // of the problem
  };
  const std::string with_nul = std::string("D\xC3\xBCrer, Jos\xC3\xA9. A \xFF\xFE Title") + '\0' + " with NUL. Oxford: Press, 2001.";
  const std::string no_nul = "D\xC3\xBCrer, Jos\xC3\xA9. A \xFF\xFE Title with NUL. Oxford: Press, 2001.";
  const Row rows[] = {
      {"Word text", "Text.[endnoteRef:1]\n\n[1: " + with_nul + "]\n", "bad.txt", "nul-bytes", 3},
      {"Word text, invalid UTF-8", "Text.[endnoteRef:1]\n\n[1: " + with_nul + "]\n", "bad.txt", "invalid-utf8", 3},
      {"plain text", "Text.[1]\n\nNotes\n\n1. " + with_nul + "\n", "bad.txt", "invalid-utf8", 5},
      {"Markdown", "Text.[^1]\n\n[^1]: " + with_nul + "\n", "bad.md", "nul-bytes", 3},
      {"HTML", "<html><body><p>Text.<a href=\"#fn1\" class=\"footnote-ref\">1</a></p>\n<section class=\"footnotes\"><ol>\n"
               "<li id=\"fn1\">" + with_nul + "</li></ol></section></body></html>",
       "bad.html", "invalid-utf8", 3},
      {"DOCX", docx_with_endnote(no_nul), "bad.docx", "invalid-utf8", 1},
      {"JATS", jats_with_reference("", no_nul), "bad.xml", "invalid-utf8", 1},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      auto document = extract::read_document_bytes(row.bytes, row.path);
      REQUIRE(document);
      auto problem = std::find_if(document->problems.begin(), document->problems.end(),
                                  [&](const Problem& p) { return p.code == row.problem; });
      REQUIRE(problem != document->problems.end());
      CHECK(problem->position.file == row.path);
      CHECK(problem->position.line == row.line);
      CHECK(problem->position.column > 0);
      Bibliography bib = extract::build_bibliography(std::move(*document));
      REQUIRE(bib.document.notes.size() + bib.document.entries.size() == 1);
      const std::string& text =
          bib.document.notes.empty() ? bib.document.entries[0].text : bib.document.notes[0].text;
      CHECK(text.find("D\xC3\xBCrer") != std::string::npos);
      CHECK(text.find("\xEF\xBF\xBD") != std::string::npos);   // U+FFFD where the bad bytes were
      CHECK(text.find("2001") != std::string::npos);
      CHECK_FALSE(first_invalid_utf8(text));
      REQUIRE(bib.citations.size() == 1);
      CHECK(bib.citations[0].raw.text.find("2001") != std::string::npos);
    }
  }
}

TEST_CASE("truncated files of every format: a clear error or a partial result that loses nothing silently") {
  auto utf16 = [](const std::string& ascii) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) out += std::string{c, '\0'};
    return out;
  };
  struct Row {
    const char* format;
    std::string bytes;
    const char* path;
  };
  const Row rows[] = {
      {"DOCX", test::read_file(kosovo("a_endnotes_libreoffice.docx")), "cut.docx"},
      {"ODT", test::read_file(kosovo("c_endnotes_libreoffice.odt")), "cut.odt"},
      {"PDF", test::read_file(kosovo("e_endnotes_libreoffice.pdf")), "cut.pdf"},
      {"HTML", test::read_file(kosovo("d_footnotes_pandoc.html")), "cut.html"},
      {"Markdown", test::read_file(kosovo("x_footnotes_source.md")), "cut.md"},
      {"JATS", test::read_file(kosovo("x_footnotes_pandoc.jats.xml")), "cut.xml"},
      {"Word text", test::read_file(kosovo("a_endnotes_libreoffice.poi-derived.txt")), "cut.txt"},
      {"plain text", test::read_file(kosovo("e_endnotes_pdftotext.txt")), "cut.txt"},
      {"UTF-16 Word text", utf16(test::read_file(kosovo("a_endnotes_libreoffice.poi-derived.txt"))), "cut.txt"},
  };
  for (const auto& row : rows) {
    SECTION(row.format) {
      for (std::size_t eighths = 1; eighths < 8; ++eighths) {
        // Odd lengths: a UTF-16 file cut in the middle of a character.
        std::size_t length = row.bytes.size() * eighths / 8 | 1;
        CAPTURE(length, row.bytes.size());
        auto document = extract::read_document_bytes(row.bytes.substr(0, length), row.path);
        if (!document) {
          CHECK(document.error().describe().starts_with(std::string(row.path) + ":"));
          continue;
        }
        Bibliography bib = extract::build_bibliography(std::move(*document));
        CHECK(test::unaccounted(bib) == std::vector<std::string>{});
      }
    }
  }
  SECTION("UTF-16 with an odd byte count is reported at its end") {
    std::string text = utf16("Text.[endnoteRef:1]\n\n[1: " + kNote + "]\n");
    auto document = extract::read_document_bytes(text + "x", "odd.txt");
    REQUIRE(document);
    CHECK(document->notes.size() == 1);
    auto odd = std::find_if(document->problems.begin(), document->problems.end(),
                            [](const Problem& p) { return p.code == "truncated-utf16"; });
    REQUIRE(odd != document->problems.end());
    CHECK(odd->position.line == 4);
  }
}

TEST_CASE("an HTML page whose parse tree needs more memory than the limit is refused") {
  std::string page = "<html><body><p>Text.<a href=\"#fn1\" class=\"footnote-ref\">1</a></p>" + repeat("<b>x</b>", 100'000) +
                     "<section class=\"footnotes\"><ol><li id=\"fn1\">" + kNote + "</li></ol></section></body></html>";
  extract::InputLimits small;
  small.max_tree_bytes = 10 << 20;
  Timed refused = read_timed(page, "big.html", small);
  REQUIRE_FALSE(refused.document);
  CHECK(refused.document.error().describe() == "big.html: the page's parse tree needs more than the limit of 10485760 bytes");
  Timed read = read_timed(page, "big.html");
  REQUIRE(read.document);
  CHECK(read.document->notes.size() == 1);
}

TEST_CASE("an XML part whose parse tree would need more memory than the limit is refused before parsing") {
  extract::InputLimits small;
  small.max_tree_bytes = 10 << 20;
  std::string flat = "<?xml version=\"1.0\"?><article dtd-version=\"1.2\"><front/><body>" + repeat("<p/>", 100'000) + "</body></article>";
  Timed refused = read_timed(flat, "flat.xml", small);
  REQUIRE_FALSE(refused.document);
  CHECK(refused.document.error().describe() == "flat.xml: the part's parse tree would need more than the limit of 10485760 bytes");
  Timed docx = read_timed(docx_with_endnote(repeat("<w:t/>", 100'000)), "flat.docx", small);
  REQUIRE_FALSE(docx.document);
  CHECK(docx.document.error().describe() ==
        "flat.docx: word/endnotes.xml: the part's parse tree would need more than the limit of 10485760 bytes");
  CHECK(read_timed(flat, "flat.xml").document);
}
