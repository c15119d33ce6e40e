// The command line on documents of every format, and on bad input.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/extract/zip_builder.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

using namespace citekit::test;
using nlohmann::json;

TEST_CASE("cli::run extract reads every format") {
  struct Row {
    std::string file;
    const char* format;
    const char* encoding;
    std::size_t references = 3;
  };
  const std::string kosovo = (shared_dir() / "data/documents/kosovo-mini/").string();
  const Row rows[] = {
      {kosovo + "a_endnotes_libreoffice.docx", "docx", "UTF-8"},
      {kosovo + "c_endnotes_libreoffice.odt", "odt", "UTF-8"},
      {kosovo + "d_footnotes_pandoc.html", "html", "UTF-8"},
      {kosovo + "e_endnotes_libreoffice.pdf", "pdf", "UTF-8"},
      {kosovo + "x_footnotes_pandoc.jats.xml", "jats", "UTF-8"},
      {kosovo + "x_footnotes_source.md", "markdown", "UTF-8"},
      {"samples/legacy-windows-1252.txt", "text", "WINDOWS-1252", 2},
  };
  for (const auto& row : rows) {
    CAPTURE(row.file);
    auto result = run_cli({"extract", row.file});
    CHECK(result.exit_code == 0);
    auto out = json::parse(result.out);
    CHECK(out["document"]["format"] == row.format);
    CHECK(out["document"]["encoding"] == row.encoding);
    CHECK(out["references"].size() == row.references);
  }
}

TEST_CASE("cli::run bad input: exit 2 and an error naming the file and part") {
  SECTION("a cap set on the command line") {
    auto result = run_cli({"extract", "--max-member-bytes", "100", "samples/word-links-zotero-changes.docx"});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "citekit: samples/word-links-zotero-changes.docx: _rels/.rels: the member inflates past the limit of 100 "
          "bytes (a zip bomb?)\n");
  }
  SECTION("random bytes, as the shell sees it") {
    auto dir = scratch_dir("cli-readers");
    std::string noise;
    for (int i = 0; i < 2048; ++i) noise += static_cast<char>((i * 7919) % 251);
    write_file(dir / "noise.bin", noise);
    auto result = run_executable("extract " + (dir / "noise.bin").string());
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("cannot read binary data of an unknown format") != std::string::npos);
  }
}

TEST_CASE("cli::run hostile documents: exit 2 and an error naming the file, the part and the position") {
  auto dir = scratch_dir("cli-hostile");
  const std::string word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  auto docx = zip_members(shared_dir() / "data/documents/kosovo-mini/a_endnotes_libreoffice.docx");
  std::string deep_endnotes = "<?xml version=\"1.0\"?>\n<w:endnotes xmlns:w=\"" + word + "\">\n";
  for (int i = 0; i < 100'000; ++i) deep_endnotes += "<w:r>";
  for (int i = 0; i < 100'000; ++i) deep_endnotes += "</w:r>";
  deep_endnotes += "</w:endnotes>";
  std::string deep_html = "<html><body>";
  for (int i = 0; i < 100'000; ++i) deep_html += "<div></span>";
  struct Row {
    const char* file;
    std::string bytes;
    const char* error;
  };
  const Row rows[] = {
      {"deep.docx", make_zip(with_member(docx, "word/endnotes.xml", deep_endnotes)),
       "deep.docx: word/endnotes.xml: line 3, column 4997: elements nest deeper than the limit of 1000"},
      {"evil.docx", make_zip(with_member(docx, "../../evil.xml", "x")),
       "evil.docx: ../../evil.xml: member name points outside the archive; refused"},
      {"deep.html", deep_html, "deep.html:1:11989: elements nest deeper than the limit of 1000"},
      {"cut.docx", read_file(shared_dir() / "data/documents/kosovo-mini/a_endnotes_libreoffice.docx").substr(0, 3000),
       "cut.docx: not a readable zip archive (truncated or corrupt?): Not a zip archive"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.file);
    write_file(dir / row.file, row.bytes);
    auto result = run_executable("extract " + (dir / row.file).string());
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "citekit: " + dir.string() + "/" + row.error + "\n");
  }
}
