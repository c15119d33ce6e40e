#include "core/position.hpp"
#include "core/text.hpp"
#include "tests/catch.hpp"

#include <algorithm>

using namespace citekit;

TEST_CASE("core::ascii_fold") {
  struct Row { const char* in; const char* out; };
  const Row rows[] = {
      {"Milošević", "Milosevic"}, {"Šimić", "Simic"},   {"Æsir straße", "AEsir strasse"},
      {"Łódź", "Lodz"},           {"Žižek", "Zizek"},   {"Ørsted", "Orsted"},
      {"NATO’s", "NATO's"},       {"plain", "plain"},   {"東京", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.in);
    CHECK(ascii_fold(row.in) == row.out);
  }
}

TEST_CASE("core::collapse_whitespace") {
  CHECK(collapse_whitespace("  a \t b\n\nc  ") == "a b c");
  CHECK(collapse_whitespace("a\xC2\xA0" "b") == "a b");  // no-break space
  CHECK(collapse_whitespace("") == "");
}

TEST_CASE("core::utf8") {
  SECTION("length counts characters") { CHECK(utf8_length("Milošević") == 9); }
  SECTION("invalid sequences are found and replaced") {
    std::string bad = "ok\xC3(x";
    CHECK(first_invalid_utf8(bad) == 2u);
    CHECK(sanitize_utf8(bad) == "ok\xEF\xBF\xBD(x");
    CHECK_FALSE(first_invalid_utf8("Milošević").has_value());
  }
  SECTION("overlong and surrogate forms are invalid") {
    CHECK(first_invalid_utf8("\xC0\xAF") == 0u);
    CHECK(first_invalid_utf8("\xED\xA0\x80") == 0u);
  }
}

TEST_CASE("core::is_acronym") {
  CHECK(is_acronym("NATO"));
  CHECK(is_acronym("UN"));
  CHECK(is_acronym("I.B."));
  CHECK_FALSE(is_acronym("Nato"));
  CHECK_FALSE(is_acronym("A"));
}

TEST_CASE("core::LineIndex") {
  std::string text = "first\nsecond line\nš third";
  LineIndex index(text);
  auto p = index.locate(text.find("line"));
  CHECK(p.line == 2);
  CHECK(p.column == 8);
  p = index.locate(text.find("third"));
  CHECK(p.line == 3);
  CHECK(p.column == 3);  // "š" is one character, two bytes
}

TEST_CASE("core::LineIndex on long lines of many-byte characters") {
  // Word writes a document's XML on one line of megabytes; columns there count characters across the
  // index's 4 KB blocks, whichever byte of a character a block boundary falls on.
  std::string text;
  for (int i = 0; i < 6000; ++i) text += (i % 2000 == 1999) ? "a\n" : "šč€𝄞x";
  text += "end";
  LineIndex index(text);
  for (std::size_t offset = 0; offset <= text.size(); offset += 97) {
    CAPTURE(offset);
    std::string_view before = std::string_view(text).substr(0, offset);
    std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    Position p = index.locate(offset);
    CHECK(p.line == static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1);
    CHECK(p.column == utf8_length(before.substr(line_start)) + 1);
  }
}

TEST_CASE("core::Position::to_string") {
  Position plain{"doc.txt", "", 3, 7, 0};
  CHECK(plain.to_string() == "doc.txt:3:7");
  Position part{"doc.docx", "word/endnotes.xml", 3, 0, 0};
  CHECK(part.to_string() == "doc.docx: word/endnotes.xml: line 3");
  CHECK(Position{"doc.txt", "", 0, 0, 0}.to_string() == "doc.txt");
}

TEST_CASE("core::to_lower_ascii and iequals_ascii") {
  struct Row {
    std::string text, lower;
  };
  const Row rows[] = {
      {"", ""},
      {"ABC", "abc"},
      // Eight bytes at a time, then the rest: the letters' neighbours in ASCII ('@', '[', '`', '{') stay.
      {"@AZ[`az{ @AZ[`az{ XYZ", "@az[`az{ @az[`az{ xyz"},
      {"ÜBERSETZT VON Çelik É", "Übersetzt von Çelik É"},   // only ASCII letters change
      {"Accessed 23 NOVEMBER 2020", "accessed 23 november 2020"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(to_lower_ascii(row.text) == row.lower);
    CHECK(iequals_ascii(row.text, row.lower));
  }
  CHECK_FALSE(iequals_ascii("abc", "abd"));
  CHECK_FALSE(iequals_ascii("abc", "ab"));
}

TEST_CASE("core::contains_any_ascii_caseless") {
  struct Row {
    std::string text;
    bool expected;
  };
  const Row rows[] = {
      {"Retrieved 23 November 2020", true},   // "retriev", whatever the case
      {"ACCESSED 2020-11-23", true},
      {"Thèse de doctorat", true},            // a needle with a letter outside ASCII
      {"Stones in the sea", false},
      {"", false},
      {"Retrie", false},                      // a needle cut short by the end of the text
      {"RetrievED", true},
      {"acces retriev", true},                // a near miss, then a match
      {"une thès", true},                     // a needle ending where the text ends
      {"une thè", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(contains_any_ascii_caseless(row.text, {"access", "retriev", "thès"}) == row.expected);
  }
}
