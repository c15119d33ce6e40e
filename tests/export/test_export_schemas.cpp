// The CSL and MODS exports checked by the schemas' own validators: jing for
// CSL XML (RELAX NG), xmllint for MODS 3.7 (XML Schema), ajv for CSL-JSON
// (JSON Schema). The edge cases are checked too: they probe what the
// schemas reject (keys that are no XML IDs, unknown types, text dates).

#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"
#include "tests/export/proof.hpp"
#include "tests/export/validators.hpp"
#include "tests/support.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::vector<test::Corpus> schema_corpora() {
  auto corpora = test::proof_corpora();
  corpora.push_back({"edge-cases", test::edge_case_works()});
  return corpora;
}

void check_valid(const std::string& tool, const std::string& command, const std::filesystem::path& file) {
  auto run = test::run_command(command, file.parent_path(), file.parent_path() / (tool + ".log"));
  INFO(command << "\n" << run.output);
  CHECK(run.status == 0);
}

}  // namespace

TEST_CASE("exporting::write csl-xml is valid against csl-data.rnc (jing)", "[validator]") {
  test::require_program("jing");
  auto schema = test::shared_dir() / "schemas/csl-data-rnc/csl-data.rnc";
  for (const auto& corpus : schema_corpora()) {
    SECTION(corpus.name) {
      auto file = test::write_export(corpus, Format::csl_xml, "jing");
      check_valid("jing", "jing -c " + test::shell_quote(schema) + " " + test::shell_quote(file), file);
    }
  }
}

TEST_CASE("exporting::write mods is valid against mods-3-7.xsd (xmllint)", "[validator]") {
  test::require_program("xmllint");
  auto schema = test::shared_dir() / "schemas/mods/mods-3-7.xsd";
  for (const auto& corpus : schema_corpora()) {
    SECTION(corpus.name) {
      auto file = test::write_export(corpus, Format::mods, "xmllint");
      check_valid("xmllint",
                  "xmllint --noout --nonet --schema " + test::shell_quote(schema) + " " + test::shell_quote(file),
                  file);
    }
  }
}

TEST_CASE("exporting::write csl-json is valid against csl-data.json (ajv)", "[validator]") {
  auto ajv = test::require_node_program("ajv");
  auto schema = test::shared_dir() / "schemas/csl-data.json";
  for (const auto& corpus : schema_corpora()) {
    SECTION(corpus.name) {
      auto file = test::write_export(corpus, Format::csl_json, "ajv");
      check_valid("ajv",
                  test::shell_quote(ajv) + " validate --spec=draft7 --strict=false --all-errors --errors=text -s " +
                      test::shell_quote(schema) + " -d " + test::shell_quote(file),
                  file);
    }
  }
  SECTION("ajv rejects what the schema forbids") {
    auto dir = test::scratch_dir("export-ajv-invalid");
    test::write_file(dir / "invalid.json", R"([{"id": "x", "type": "webpage", "issued": "2020"}])");
    auto run = test::run_command(test::shell_quote(ajv) + " validate --spec=draft7 --strict=false -s " +
                                     test::shell_quote(schema) + " -d invalid.json",
                                 dir, dir / "ajv.log");
    INFO(run.output);
    CHECK(run.status != 0);
  }
}
