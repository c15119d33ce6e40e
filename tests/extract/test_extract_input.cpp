#include "extract/extract.hpp"
#include "extract/input.hpp"
#include "tests/catch.hpp"

#include <sstream>

using namespace citekit;
using extract::decode_text;

TEST_CASE("extract::decode_text") {
  SECTION("UTF-8 with BOM") {
    auto d = decode_text("\xEF\xBB\xBFx[endnoteRef:1]", "f.txt");
    CHECK(d.text == "x[endnoteRef:1]");
    CHECK(d.encoding == "UTF-8");
  }
  SECTION("UTF-16LE with BOM, as Word's Unicode text") {
    std::string bytes("\xFF\xFE", 2);
    for (char c : std::string("Mi\xC5\xA1")) (void)c;
    const char16_t text[] = u"Milo\u0161evi\u0107\r\n";
    for (char16_t unit : std::u16string(text)) {
      bytes += static_cast<char>(unit & 0xFF);
      bytes += static_cast<char>(unit >> 8);
    }
    auto d = decode_text(bytes, "f.txt");
    CHECK(d.text == "Milošević\n");
    CHECK(d.encoding == "UTF-16LE");
  }
  SECTION("CRLF and CR line ends become LF") { CHECK(decode_text("a\r\nb\rc", "f.txt").text == "a\nb\nc"); }
  SECTION("invalid UTF-8 inside UTF-8 text is replaced and reported with its position") {
    auto d = decode_text("Milo\xC5\xA1 ok\nbad \xC3( here", "f.txt");
    CHECK(d.text == "Milo\xC5\xA1 ok\nbad \xEF\xBF\xBD( here");
    CHECK(d.encoding == "UTF-8");
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].code == "invalid-utf8");
    CHECK(d.problems[0].position.line == 2);
    CHECK(d.problems[0].position.column == 5);
  }
  SECTION("NUL bytes are replaced and reported") {
    auto d = decode_text(std::string("a\0b", 3), "f.txt");
    CHECK(d.text == "a b");
    CHECK(d.problems.at(0).code == "nul-bytes");
  }
}

TEST_CASE("extract::read_document errors name the file") {
  std::istringstream none;
  SECTION("a missing file") {
    auto doc = extract::read_document("/nonexistent/file.txt", none);
    REQUIRE_FALSE(doc);
    CHECK(doc.error().describe() == "/nonexistent/file.txt: cannot open file");
  }
  SECTION("an input over the size limit") {
    std::istringstream big(std::string(2048, 'x'));
    extract::Options options;
    options.limits.max_input_bytes = 1024;
    auto doc = extract::read_document("-", big, options);
    REQUIRE_FALSE(doc);
    CHECK(doc.error().code == "input-too-large");
  }
  SECTION("a format without a reader") {
    auto doc = extract::read_document_bytes("{\\rtf1\\ansi Text.}", "x.rtf");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().code == "unsupported-format");
    CHECK(doc.error().describe() == "x.rtf: cannot read RTF documents; save the document as .docx");
  }
  SECTION("standard input") {
    std::istringstream in("A.[endnoteRef:1] [1: J. Doe. Book. (London: Verso, 2001)] \n");
    auto doc = extract::read_document("-", in);
    REQUIRE(doc);
    CHECK(doc->notes.size() == 1);
    CHECK(doc->path == "-");
  }
}
