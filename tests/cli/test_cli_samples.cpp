// Every sample in samples/ against its golden outputs (samples/golden/).
// CITEKIT_UPDATE_GOLDEN=1 rewrites them after a deliberate change.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support.hpp"

#include <filesystem>
#include <set>

using namespace citekit::test;

namespace {

// Every sample file, of any format: all files in samples/ but the README.
std::vector<std::filesystem::path> samples() {
  std::set<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(samples_dir()))
    if (entry.is_regular_file() && entry.path().filename() != "README.md") found.insert(entry.path().filename());
  return {found.begin(), found.end()};
}

void check_golden(const std::string& golden_name, const std::vector<std::string>& args) {
  auto result = run_cli(args);
  CAPTURE(golden_name, result.err);
  CHECK(result.exit_code != 2);
  CHECK(matches_golden(samples_dir() / "golden" / golden_name, result.out));
}

}  // namespace

TEST_CASE("samples: every sample has golden extract and audit outputs") {
  auto files = samples();
  REQUIRE(files.size() >= 10);
  std::set<std::string> stems;
  for (const auto& file : files) {
    std::string name = file.stem().string();
    CHECK(stems.insert(name).second);   // golden files are named by stem
    std::string path = "samples/" + file.string();
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
  for (const auto& file : samples()) {
    CAPTURE(file.string());
    CHECK(readme.find("`" + file.string() + "`") != std::string::npos);
  }
}
