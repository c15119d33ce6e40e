// Round trips through pandoc: pandoc reads the BibLaTeX and the CSL-JSON
// exports and writes what it understood as CSL-JSON, which must match what
// citekit holds, work by work and field by field: titles (with their
// capitals: pandoc lowers what is not braced), names (organisations as
// literal names, people in their parts), dates, URLs and access dates.

#include "core/text.hpp"
#include "export/formatted.hpp"
#include "tests/catch.hpp"
#include "tests/export/proof.hpp"
#include "tests/export/round_trip.hpp"
#include "tests/export/validators.hpp"
#include "tests/support.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

void check_round_trip(const test::Corpus& corpus, Format format, const char* reader,
                      const test::Comparison& how) {
  auto file = test::write_export(corpus, format, std::string("pandoc-") + reader);
  auto dir = file.parent_path();
  auto run = test::run_command(std::string("pandoc -f ") + reader + " -t csljson " +
                                   test::shell_quote(file.filename()) + " -o read.json",
                               dir, dir / "pandoc.log");
  INFO(run.output);
  REQUIRE(run.status == 0);
  CHECK(run.output.empty());  // pandoc warns on what it cannot read
  auto read = test::items_by_id(nlohmann::json::parse(test::read_file(dir / "read.json")));
  CHECK(read.size() == corpus.works.size());
  for (const auto& work : corpus.works) {
    INFO(work.item.id);
    REQUIRE(read.count(work.item.id));
    auto differences = test::differences(work.item, read[work.item.id], how);
    INFO(join(differences, "\n"));
    CHECK(differences.empty());
  }
}

}  // namespace

TEST_CASE("exporting::write biblatex reads back through pandoc", "[validator]") {
  test::require_program("pandoc");
  const test::Comparison how{true, {"volume", "issue", "DOI"}};
  for (const auto& corpus : test::proof_corpora())
    SECTION(corpus.name) { check_round_trip(corpus, Format::biblatex, "biblatex", how); }
}

TEST_CASE("exporting::write csl-json reads back through pandoc", "[validator]") {
  test::require_program("pandoc");
  const test::Comparison how{true,
                             {"container-title", "publisher", "publisher-place", "page", "volume", "issue", "number",
                              "genre", "edition", "DOI", "ISBN", "ISSN"}};
  for (const auto& corpus : test::proof_corpora())
    SECTION(corpus.name) { check_round_trip(corpus, Format::csl_json, "csljson", how); }
}

// The bibliography for people: its HTML and Markdown, read by pandoc and
// written as plain text, say exactly what the text form says.
TEST_CASE("exporting::format_bibliography in HTML and Markdown reads as its text through pandoc", "[validator]") {
  test::require_program("pandoc");
  for (const auto& corpus : test::proof_corpora()) {
    for (Style style : {Style::author_date, Style::notes}) {
      for (Markup markup : {Markup::html, Markup::markdown}) {
        SECTION(corpus.name + " " + std::string(to_string(style)) + " " + std::string(to_string(markup))) {
          auto dir = test::scratch_dir("export-pandoc-" + std::string(to_string(markup)) + "-" + corpus.name);
          test::write_file(dir / "works", format_bibliography(corpus.works, style, markup));
          // Markdown as CommonMark reads it: pandoc's own Markdown would also tie
          // "2 ed. Routledge" with a no-break space, as it does after abbreviations.
          std::string reader = markup == Markup::html ? "html" : "commonmark";
          auto run = test::run_command("pandoc -f " + reader + " -t plain --wrap=none works -o read.txt",
                                       dir, dir / "pandoc.log");
          INFO(run.output);
          REQUIRE(run.status == 0);
          std::string expected = format_bibliography(corpus.works, style, Markup::text);
          test::write_file(dir / "expected.txt", expected);  // for diff when it fails
          CHECK(test::read_file(dir / "read.txt") == expected);
        }
      }
    }
  }
}
