// Inputs the fuzz targets found crashing (kept in tests/fuzz_regressions/,
// named by target and cause) and their smallest inline forms: each is read
// to a sane result, with a problem where something could not be read.
#include "extract/extract.hpp"
#include "tests/accounting.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

using namespace citekit;

TEST_CASE("fuzz regressions: inputs that once crashed are read") {
  struct Row {
    const char* scenario;
    std::string bytes;
    const char* path;
    std::size_t notes;
    const char* problem;   // reported by the result
  };
  auto regression = [](const char* name) { return test::read_file(test::source_dir() / "tests/fuzz_regressions" / name); };
  const Row rows[] = {
      // fuzz_jats: UTF-16 text whose digits in other scripts (\d matches them) reached std::stoi.
      {"fuzz_jats: a JATS file read as UTF-16, other scripts' digits", regression("jats-utf16-arabic-indic-digits"),
       "fuzz.jats.xml", 0, "no-notes"},
      {"Arabic-Indic digits as a marker and a label are not note numbers",
       "Text [\xD9\xA1].\n\nNotes\n\n\xD9\xA1. Doe, J. 2001.\n", "digits.txt", 0, "no-notes"},
      {"Arabic-Indic digits next to a real note", "Text [\xD9\xA1] and [1].\n\nNotes\n\n1. Doe, J. 2001.\n", "digits.txt",
       1, ""},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      auto document = extract::read_document_bytes(row.bytes, row.path);
      REQUIRE(document);
      Bibliography bib = extract::build_bibliography(std::move(*document));
      CHECK(bib.document.notes.size() == row.notes);
      if (*row.problem)
        CHECK(std::any_of(bib.problems.begin(), bib.problems.end(), [&](const Problem& p) { return p.code == row.problem; }));
      CHECK(test::unaccounted(bib) == std::vector<std::string>{});
    }
  }
}
