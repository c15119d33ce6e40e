#include "extract/extract.hpp"
#include "extract/readers/formats.hpp"
#include "tests/catch.hpp"

using namespace citekit;
using extract::read_markdown;

namespace {

const char* kNotes = R"(Text one.[^b] Text two.[^a] Again.[^b]

[^a]: A. Doe. Second note. 2001.

    A second paragraph with [the report](https://example.org/x) and <https://example.org/y>.

[^b]: B. Roe. "Quoted title." 2000.

[^unused]: Never cited. 1999.
)";

}  // namespace

TEST_CASE("extract::read_markdown footnotes") {
  Document d = read_markdown(kNotes, "notes.md");
  CHECK(d.format == "markdown");
  SECTION("markers are numbered by first reference; a repeated reference keeps its number") {
    REQUIRE(d.markers.size() == 3);
    CHECK(d.markers[0].id == "1");
    CHECK(d.markers[1].id == "2");
    CHECK(d.markers[2].id == "1");
    CHECK(d.markers[1].position.line == 1);
    CHECK(d.markers[1].position.column == 24);
  }
  SECTION("notes keep their label; smart quotes as pandoc reads them") {
    REQUIRE(d.notes.size() == 3);
    CHECK(d.notes[0].source_id == "b");
    CHECK(d.notes[0].text == "B. Roe. “Quoted title.” 2000.");
    CHECK(d.notes[0].position.line == 7);
  }
  SECTION("a multi-paragraph note, with link targets") {
    CHECK(d.notes[1].text == "A. Doe. Second note. 2001.\nA second paragraph with the report and https://example.org/y.");
    REQUIRE(d.notes[1].links.size() == 2);
    CHECK(d.notes[1].links[0].text == "the report");
    CHECK(d.notes[1].links[0].url == "https://example.org/x");
  }
  SECTION("a definition nothing refers to is read and audited as such") {
    CHECK(d.notes[2].source_id == "unused");
    CHECK(d.notes[2].text == "Never cited. 1999.");
    auto bib = extract::build_bibliography(d);
    bool reported = false;
    for (const auto& p : bib.problems) reported |= p.code == "note-without-marker" && p.note == "3";
    CHECK(reported);
  }
}

TEST_CASE("extract::read_markdown pandoc's tracked changes and code") {
  struct Row {
    const char* scenario;
    const char* markdown;
    const char* text;
  };
  const Row rows[] = {
      {"deletion dropped, insertion kept",
       "T.[^1]\n\n[^1]: UN. 1999. [(Accessed\n    23/11/2020)]{.deletion author=\"E\"}[(Accessed 24/11/2020)]{.insertion author=\"E\"}\n",
       "UN. 1999. (Accessed 24/11/2020)"},
      {"other spans and brackets stay", "T.[^1]\n\n[^1]: See [sic] and [x]{.underline}.\n", "See [sic] and [x]{.underline}."},
      {"a footnote syntax inside code is no note", "T.[^1]\n\n```\n[^2]: not a note\n```\n\n[^1]: One.\n", "One."},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      Document d = read_markdown(row.markdown, "t.md");
      REQUIRE(d.notes.size() == 1);
      CHECK(d.notes[0].text == row.text);
    }
  }
}
