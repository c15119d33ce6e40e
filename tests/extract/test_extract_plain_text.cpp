#include "extract/extract.hpp"
#include "extract/input.hpp"
#include "extract/readers/formats.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

std::string utf16(const std::u16string& text, bool little_endian, bool bom) {
  std::string bytes;
  std::u16string units = bom ? u"\uFEFF" + text : text;
  for (char16_t unit : units) {
    char low = static_cast<char>(unit & 0xFF), high = static_cast<char>(unit >> 8);
    bytes += little_endian ? low : high;
    bytes += little_endian ? high : low;
  }
  return bytes;
}

std::string notes(const Document& d) {
  std::string out;
  for (const auto& n : d.notes) out += "[" + n.id + "|" + n.text + "]";
  return out;
}

bool has_problem(const std::vector<Problem>& problems, const std::string& code) {
  for (const auto& p : problems)
    if (p.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("extract::decode_text encodings") {
  const std::u16string text = u"\u201CMilo\u0161evi\u0107\u201D, 1999.\r\n";
  const std::string utf8 = "“Milošević”, 1999.\n";
  struct Row {
    const char* scenario;
    std::string bytes;
    std::string text;
    const char* encoding;
  };
  const Row rows[] = {
      {"UTF-8 without BOM", "“Milošević”, 1999.\r\n", utf8, "UTF-8"},
      {"UTF-8 with BOM", "\xEF\xBB\xBF“Milošević”, 1999.\n", utf8, "UTF-8"},
      {"UTF-16LE with BOM", utf16(text, true, true), utf8, "UTF-16LE"},
      {"UTF-16BE with BOM", utf16(text, false, true), utf8, "UTF-16BE"},
      {"UTF-16LE without BOM", utf16(text, true, false), utf8, "UTF-16LE"},
      {"UTF-16BE without BOM", utf16(text, false, false), utf8, "UTF-16BE"},
      {"Windows-1252 with curly quotes",
       "Notes on the \x93" "caf\xE9\x94 and the na\xEFve r\xE9sum\xE9 of Milo\x9A" "evic \x96 a study.\n",
       "Notes on the “café” and the naïve résumé of Miloševic – a study.\n", "WINDOWS-1252"},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      auto decoded = extract::decode_text(row.bytes, "t.txt");
      CHECK(decoded.text == row.text);
      CHECK(decoded.encoding == row.encoding);
    }
  }
  SECTION("a legacy encoding is reported as info") {
    auto decoded = extract::decode_text("caf\xE9 au lait, na\xEFve r\xE9sum\xE9\n", "t.txt");
    CHECK(decoded.text == "café au lait, naïve résumé\n");
    REQUIRE(decoded.problems.size() == 1);
    CHECK(decoded.problems[0].code == "legacy-encoding");
    CHECK(decoded.problems[0].severity == Severity::info);
  }
  SECTION("no-break and zero-width spaces and soft hyphens are normalised") {
    auto decoded = extract::decode_text("Jane\xC2\xA0" "Doe\xE2\x80\x8B, Trans\xC2\xAD" "action\xE2\x80\xAF" "2001\n", "t.txt");
    CHECK(decoded.text == "Jane Doe, Transaction 2001\n");
  }
}

TEST_CASE("extract::read_plain_text notes sections") {
  struct Row {
    const char* scenario;
    const char* text;
    const char* notes;
    std::size_t markers;
  };
  const Row rows[] = {
      {"a Notes heading and numbered entries", "Claim.1 More.2\n\nNotes\n\n1. Jane Doe. Book. 2001.\n2. Ann Roe. Paper. 2002.\n",
       "[1|Jane Doe. Book. 2001.][2|Ann Roe. Paper. 2002.]", 2},
      {"bracketed markers and wrapped entries", "Claim.[1] More.[2]\n\n[1] Jane Doe. A long\ntitle. 2001.\n\n[2] Ann Roe. 2002.\n",
       "[1|Jane Doe. A long title. 2001.][2|Ann Roe. 2002.]", 2},
      {"a URL broken across lines is rejoined",
       "Claim.1\n\f1Jane Doe. Page. Available at: https://www.example\n.org/a/long/\npath.htm (Accessed 1/2/2020)\n",
       "[1|Jane Doe. Page. Available at: https://www.example.org/a/long/path.htm (Accessed 1/2/2020)]", 1},
      {"a year starting a wrapped line is no entry", "Claim.1 More.2\n\n1 Jane Doe. Book. (London:\n2001) p. 3.\n2 Ann Roe. 2002.\n",
       "[1|Jane Doe. Book. (London: 2001) p. 3.][2|Ann Roe. 2002.]", 2},
      {"superscript markers", "Claim.¹ More.²\n\n¹ Jane Doe. 2001.\n² Ann Roe. 2002.\n", "[1|Jane Doe. 2001.][2|Ann Roe. 2002.]", 2},
      {"footnotes at each page's foot", "Claim.1\n1 Jane Doe. 2001.\n\fMore.2\n2 Ann Roe. 2002.\n",
       "[1|Jane Doe. 2001.][2|Ann Roe. 2002.]", 2},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      Document d = extract::read_plain_text(row.text, "t.txt");
      CHECK(notes(d) == row.notes);
      CHECK(d.markers.size() == row.markers);
      CHECK_FALSE(has_problem(d.problems, "marker-not-located"));
    }
  }
}

TEST_CASE("extract::read_plain_text markers that cannot be located") {
  Document d = extract::read_plain_text("A claim without marks.\n\nNotes\n1. Jane Doe. 2001.\n", "t.txt");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.markers.empty());
  REQUIRE(has_problem(d.problems, "marker-not-located"));
  auto bib = extract::build_bibliography(d);
  CHECK_FALSE(has_problem(bib.problems, "note-without-marker"));
  CHECK(bib.citations.size() == 1);
}
