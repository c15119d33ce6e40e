// Every sample in samples/ against its golden outputs (samples/golden/).
// CITEKIT_UPDATE_GOLDEN=1 rewrites them after a deliberate change.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support.hpp"

#include <filesystem>
#include <set>

using namespace citekit::test;

namespace {

std::vector<std::string> sample_names() {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(samples_dir()))
    if (entry.path().extension() == ".txt") names.insert(entry.path().stem().string());
  return {names.begin(), names.end()};
}

void check_golden(const std::string& golden_name, const std::vector<std::string>& args) {
  auto result = run_cli(args);
  CAPTURE(golden_name, result.err);
  CHECK(result.exit_code != 2);
  CHECK(matches_golden(samples_dir() / "golden" / golden_name, result.out));
}

}  // namespace

TEST_CASE("samples: every sample has golden extract and audit outputs") {
  auto names = sample_names();
  REQUIRE(names.size() >= 5);
  for (const auto& name : names) {
    std::string path = "samples/" + name + ".txt";
    check_golden(name + ".extract.json", {"extract", path});
    check_golden(name + ".audit.txt", {"audit", "--no-check", path});
  }
}

TEST_CASE("samples: the seed in every export format") {
  for (const char* format : {"bibtex", "biblatex", "csl-json", "csl-xml", "ris", "mods"})
    check_golden(std::string("seed-case-study.") + format, {"export", "samples/seed-case-study.txt", "--to", format});
}

TEST_CASE("samples: the seed as a bibliography for people in each style and markup") {
  for (const char* style : {"author-date", "notes"})
    for (const char* markup : {"text", "html", "markdown"})
      check_golden(std::string("seed-case-study.") + style + "." + markup,
                   {"export", "samples/seed-case-study.txt", "--to", markup, "--style", style});
}

TEST_CASE("samples: every sample is listed in samples/README.md") {
  std::string readme = read_file(samples_dir() / "README.md");
  for (const auto& name : sample_names()) {
    CAPTURE(name);
    CHECK(readme.find(name + ".txt") != std::string::npos);
  }
}
