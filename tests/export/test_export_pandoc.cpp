// Round trips through pandoc: pandoc reads the BibLaTeX and the CSL-JSON
// exports and writes what it understood as CSL-JSON, which must match what
// citekit holds, work by work and field by field: titles (with their
// capitals: pandoc lowers what is not braced), names (organisations as
// literal names, people in their parts), dates, URLs and access dates.

#include "core/text.hpp"
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
