// The BibLaTeX export checked by biber against biblatex's data model: every
// entry type, field and required field as biber knows them.

#include "tests/catch.hpp"
#include "tests/export/proof.hpp"
#include "tests/export/validators.hpp"
#include "tests/support.hpp"

using namespace citekit;
using namespace citekit::exporting;

TEST_CASE("exporting::write biblatex passes biber --validate-datamodel", "[validator]") {
  test::require_program("biber");
  for (const auto& corpus : test::proof_corpora()) {
    SECTION(corpus.name) {
      auto file = test::write_export(corpus, Format::biblatex, "biber");
      auto dir = file.parent_path();
      auto run = test::run_command("biber --tool --validate-datamodel --output-directory=. --output-file=read.bib " +
                                       test::shell_quote(file.filename()),
                                   dir, dir / "biber.log");
      INFO(run.output);
      CHECK(run.status == 0);
      CHECK(run.output.find("WARN") == std::string::npos);
      CHECK(run.output.find("ERROR") == std::string::npos);
      // biber read every entry under its key.
      REQUIRE(std::filesystem::exists(dir / "read.bib"));
      std::string read = test::read_file(dir / "read.bib");
      for (const auto& work : corpus.works) {
        INFO(work.item.id);
        CHECK(read.find("{" + work.item.id + ",") != std::string::npos);
      }
    }
  }
}
