#include "extract/readers/word_text.hpp"
#include "tests/catch.hpp"

#include <string>

using namespace citekit;
using extract::read_word_text;

namespace {

std::string texts(const Document& d) {
  std::string out;
  for (const auto& n : d.notes) out += "[" + std::string(to_string(n.kind)) + " " + n.id + "|" + n.text + "]";
  return out;
}

bool has_problem(const Document& d, const std::string& code) {
  for (const auto& p : d.problems)
    if (p.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("extract::read_word_text bodies") {
  struct Row {
    const char* scenario;
    std::string input;
    std::string notes;
  };
  const Row rows[] = {
      {"one body after its paragraph", "Text.[endnoteRef:1] [1: A. Note.] \n", "[endnote 1|A. Note.]"},
      {"extra spaces after the colon", "Text.[endnoteRef:1]  [1:  Spaced note.] \n", "[endnote 1|Spaced note.]"},
      {"brackets inside a body", "T.[endnoteRef:1] [1: See [sic] and [2] here.] \n", "[endnote 1|See [sic] and [2] here.]"},
      {"URL with brackets and parentheses",
       "T.[endnoteRef:1] [1: https://x.org/a_(b)[c] (Accessed 1/2/2020)] \n",
       "[endnote 1|https://x.org/a_(b)[c] (Accessed 1/2/2020)]"},
      {"two bodies in a row", "T.[endnoteRef:1] U.[endnoteRef:2]  [1:  One.]  [2:  Two.] \n",
       "[endnote 1|One.][endnote 2|Two.]"},
      {"body ending in a newline and bracket", "T.[endnoteRef:1] [1:  Last note\n] \n\nNext paragraph.\n",
       "[endnote 1|Last note]"},
      {"multi-paragraph body", "T.[endnoteRef:1] [1: First paragraph.\nSecond paragraph.] \n",
       "[endnote 1|First paragraph.\nSecond paragraph.]"},
      {"a stray closing bracket inside", "T.[endnoteRef:1] [1: odd ] bracket.] \n", "[endnote 1|odd ] bracket.]"},
      {"footnote and endnote with the same id",
       "A.[footnoteRef:1] B.[endnoteRef:1] [1: Foot.] [1: End.] \n", "[footnote 1|Foot.][endnote 1|End.]"},
      {"bodies of consecutive paragraphs", "A.[endnoteRef:1] [1: One.] \nB.[endnoteRef:2] [2: Two.] \n",
       "[endnote 1|One.][endnote 2|Two.]"},
      {"a [N: pattern inside a body is text", "A.[endnoteRef:1] [1: Genesis [3: 4] cited.] \n",
       "[endnote 1|Genesis [3: 4] cited.]"},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      Document d = read_word_text(row.input, "t.txt");
      CHECK(texts(d) == row.notes);
      CHECK_FALSE(has_problem(d, "unterminated-note"));
    }
  }
}

TEST_CASE("extract::read_word_text markers") {
  Document d = read_word_text("Line one.\nA claim.[endnoteRef:12] B.[footnoteRef:3]\n", "doc.txt");
  REQUIRE(d.markers.size() == 2);
  CHECK(d.markers[0].id == "12");
  CHECK(d.markers[0].kind == NoteKind::endnote);
  CHECK(d.markers[0].position.line == 2);
  CHECK(d.markers[0].position.column == 9);
  CHECK(d.markers[0].position.file == "doc.txt");
  CHECK(d.markers[1].kind == NoteKind::footnote);
  CHECK(d.format == "word-text");
}

TEST_CASE("extract::read_word_text comments and exporter messages") {
  SECTION("a comment line is skipped and reported") {
    Document d = read_word_text("Para.[endnoteRef:1] [1: Note.] \n\tComment by Ann Lee: check this [1: not a note]\n", "c.txt");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].text == "Note.");
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].code == "comment-skipped");
    CHECK(d.problems[0].severity == Severity::info);
    CHECK(d.problems[0].message.find("Ann Lee") != std::string::npos);
    CHECK(d.problems[0].position.line == 2);
  }
  SECTION("a comment inside a body is removed from its text") {
    Document d = read_word_text("P.[endnoteRef:1] [1: Note text.\n\tComment by Bo: fix\nMore.] \n", "c.txt");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].text == "Note text.\n\nMore.");
    CHECK(has_problem(d, "comment-skipped"));
  }
  SECTION("a missing end note is an error at its line") {
    Document d = read_word_text("P.[endnoteRef:4] !!! End note with ID \"4\" not found in document.\n", "m.txt");
    CHECK(d.notes.empty());
    REQUIRE(has_problem(d, "note-not-found"));
    CHECK(d.problems[0].severity == Severity::error);
    CHECK(d.problems[0].note == "4");
    CHECK(d.problems[0].position.line == 1);
  }
}

TEST_CASE("extract::read_word_text malformed bodies") {
  SECTION("an unmatched [ inside falls back to the first closing bracket at a line end") {
    Document d = read_word_text("P.[endnoteRef:1] [1: Title [draft. (2001)] \nNext.\n", "u.txt");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].text == "Title [draft. (2001)");
    CHECK(has_problem(d, "unbalanced-brackets"));
  }
  SECTION("a body that never closes is taken to the end of its line") {
    Document d = read_word_text("P.[endnoteRef:1] [1: No end here\nNext paragraph.[endnoteRef:2] [2: Two.] \n", "u.txt");
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes[0].text == "No end here");
    CHECK(d.notes[1].text == "Two.");
    CHECK(has_problem(d, "unterminated-note"));
  }
  SECTION("a stray [ in one note and a stray ] notes later leave every note its own") {
    Document d = read_word_text("A.[endnoteRef:1] B.[endnoteRef:2] C.[endnoteRef:3]\n\n"
                                "[1: Terasmae J. 1970. White pine [Pinus strobus L.) in Quebec. 406-413.]\n\n"
                                "[2: Doe J. 2001. A title. Journal 3: 4-5.]\n\n"
                                "[3: Li X. 2008. Reconstruction chonggou].\u201d Acta 63(8): 829\u2013844.]\n",
                                "stray.txt");
    REQUIRE(d.notes.size() == 3);
    CHECK(d.notes[0].text == "Terasmae J. 1970. White pine [Pinus strobus L.) in Quebec. 406-413.");
    CHECK(d.notes[1].text == "Doe J. 2001. A title. Journal 3: 4-5.");
    CHECK(d.notes[2].id == "3");
    CHECK(has_problem(d, "unbalanced-brackets"));
  }
  SECTION("a million unmatched brackets finish quickly") {
    std::string text = "P.[endnoteRef:1] [1: " + std::string(1'000'000, '[') + "] \n";
    Document d = read_word_text(text, "big.txt");
    CHECK(d.notes.size() == 1);
  }
}

TEST_CASE("extract::looks_like_word_text") {
  CHECK(extract::looks_like_word_text("x[endnoteRef:1]"));
  CHECK(extract::looks_like_word_text("x\n[3: body]"));
  CHECK_FALSE(extract::looks_like_word_text("plain text, 3: not a note"));
}

// A Word document's bibliography comes out as paragraphs after the last
// note body: one line each, under its heading.
TEST_CASE("extract::read_word_text reference list and citations in the running text") {
  const std::string text =
      "Parallel institutions grew after 1990.[footnoteRef:1] Clark calls it civil resistance (Clark 2000, 95).\n"
      "[1: Howard Clark, Civil Resistance in Kosovo (London: Pluto Press, 2000), 95.]\n"
      "Later accounts disagree (Judah 2000).[footnoteRef:2]\n"
      "[2: Ibid., 180.]\n"
      "\n"
      "Bibliography\n"
      "Clark, Howard. Civil Resistance in Kosovo. London: Pluto Press, 2000.\n"
      "Judah, Tim. Kosovo: War and Revenge. New Haven: Yale University Press, 2000.\n"
      "Vickers, Miranda. Between Serb and Albanian. London: Hurst, 1998.\n";
  Document d = read_word_text(text, "thesis.txt");
  REQUIRE(d.notes.size() == 2);
  REQUIRE(d.lists.size() == 1);
  CHECK(d.lists[0].heading == "Bibliography");
  CHECK(d.lists[0].position.line == 6);
  REQUIRE(d.entries.size() == 3);
  CHECK(d.entries[0].text == "Clark, Howard. Civil Resistance in Kosovo. London: Pluto Press, 2000.");
  CHECK(d.entries[0].position.line == 7);
  CHECK(d.entries[2].text == "Vickers, Miranda. Between Serb and Albanian. London: Hurst, 1998.");
  REQUIRE(d.citations.size() == 2);
  CHECK(d.citations[0].text == "(Clark 2000, 95)");
  CHECK(d.citations[0].position.line == 1);
  CHECK(d.citations[0].position.column == 87);
  CHECK(d.citations[1].text == "(Judah 2000)");
  CHECK(d.citations[1].position.line == 3);
  SECTION("a note body is never read as running text") {
    for (const auto& citation : d.citations) CHECK(citation.text.find("Pluto") == std::string::npos);
  }
}

TEST_CASE("extract::read_word_text without a reference list has no entries or citations") {
  Document d = read_word_text("Text (Clark 2000).[endnoteRef:1]\n[1: Clark, Civil Resistance, 95.]\n", "t.txt");
  CHECK(d.lists.empty());
  CHECK(d.entries.empty());
  CHECK(d.citations.empty());
}
