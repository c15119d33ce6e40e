#include "extract/audit.hpp"
#include "extract/readers/word_text.hpp"
#include "tests/catch.hpp"

#include <map>

using namespace citekit;

namespace {

std::multimap<std::string, Problem> audit(const std::string& text) {
  Document d = extract::read_word_text(text, "a.txt");
  std::multimap<std::string, Problem> out;
  for (const auto& p : extract::audit_notes(d)) out.emplace(p.code, p);
  return out;
}

}  // namespace

TEST_CASE("extract::audit_notes") {
  SECTION("matched markers and notes are clean") {
    CHECK(audit("A.[endnoteRef:1] B.[endnoteRef:2] [1: x.] [2: y.] \n").empty());
  }
  SECTION("marker without a body, with line and column") {
    auto problems = audit("Line.\nA.[endnoteRef:1] B.[endnoteRef:2] [1: x.] \n");
    REQUIRE(problems.count("marker-without-note") == 1);
    const Problem& p = problems.find("marker-without-note")->second;
    CHECK(p.severity == Severity::error);
    CHECK(p.note == "2");
    CHECK(p.position.line == 2);
    CHECK(p.position.column == 20);
  }
  SECTION("body without a marker") {
    auto problems = audit("A.[endnoteRef:1] [1: x.] \n [7: orphan.] \n");
    REQUIRE(problems.count("note-without-marker") == 1);
    CHECK(problems.find("note-without-marker")->second.position.line == 2);
  }
  SECTION("duplicate ids") {
    auto problems = audit("A.[endnoteRef:1] [1: x.] \nB.[endnoteRef:1] [1: y.] \n");
    CHECK(problems.count("duplicate-marker") == 1);
    CHECK(problems.count("duplicate-note") == 1);
  }
  SECTION("ids out of order") {
    auto problems = audit("A.[endnoteRef:2] B.[endnoteRef:1] [2: x.] [1: y.] \n");
    CHECK(problems.count("ids-out-of-order") == 2);
    CHECK(problems.count("marker-without-note") == 0);
  }
  SECTION("colliding footnote and endnote ids are not duplicates") {
    CHECK(audit("A.[footnoteRef:1] B.[endnoteRef:1] [1: x.] [1: y.] \n").empty());
  }
  SECTION("a note the exporter reported missing is not reported twice") {
    auto problems = audit("A.[endnoteRef:1] !!! End note with ID \"1\" not found in document.\n");
    CHECK(problems.empty());
  }
}
