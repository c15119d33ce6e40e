#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

using namespace citekit::test;
using nlohmann::json;

namespace {

const std::string kSeed = "samples/seed-case-study.txt";

}  // namespace

TEST_CASE("cli::run usage") {
  struct Row {
    std::vector<std::string> args;
    int exit_code;
    const char* output_contains;
  };
  const Row rows[] = {
      {{"--help"}, 0, "audit"},
      {{"extract", "--help"}, 0, "--date-order"},
      {{"check", "--help"}, 0, "--max-in-flight"},
      {{"export", "--help"}, 0, "csl-json"},
      {{"audit", "--help"}, 0, "--no-check"},
      {{"--version"}, 0, "citekit"},
      {{}, 2, ""},
      {{"frobnicate"}, 2, ""},
      {{"extract"}, 2, ""},
      {{"export", kSeed, "--to", "word"}, 2, ""},
      {{"extract", kSeed, "--date-order", "ymd"}, 2, ""},
  };
  for (const auto& row : rows) {
    std::string joined;
    for (const auto& a : row.args) joined += a + " ";
    CAPTURE(joined);
    auto result = run_cli(row.args);
    CHECK(result.exit_code == row.exit_code);
    CHECK((result.out + result.err).find(row.output_contains) != std::string::npos);
  }
}

TEST_CASE("cli::run extract") {
  SECTION("the seed: 8 markers, 8 notes, 9 references, 8 works, exit 0") {
    auto result = run_cli({"extract", kSeed});
    REQUIRE(result.exit_code == 0);
    auto doc = json::parse(result.out);
    CHECK(doc["markers"].size() == 8);
    CHECK(doc["notes"].size() == 8);
    CHECK(doc["references"].size() == 9);
    CHECK(doc["works"].size() == 8);
    CHECK(doc["problems"].empty());
    CHECK(doc["works"][1]["cited-in"] == json::array({"2", "6"}));
    CHECK(result.err.empty());
  }
  SECTION("problems give exit 1 and are named with file and line on stderr") {
    auto result = run_cli({"extract", "samples/audit-problems.txt"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("samples/audit-problems.txt:3:61: error: marker for endnote 2 has no note body") !=
          std::string::npos);
  }
  SECTION("an unreadable file gives exit 2 and names the file") {
    auto result = run_cli({"extract", "samples/no-such-file.txt"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "citekit: samples/no-such-file.txt: cannot open file\n");
  }
  SECTION("standard input with -") {
    auto result = run_cli({"extract", "-"}, "A.[endnoteRef:1] [1: J. Doe. Book. (London: Verso, 2001)] \n");
    CHECK(result.exit_code == 0);
    CHECK(json::parse(result.out)["references"].size() == 1);
  }
  SECTION("-o writes the file and nothing to standard output") {
    auto dir = scratch_dir("cli-output");
    auto target = (dir / "seed.json").string();
    auto result = run_cli({"extract", kSeed, "-o", target});
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
    CHECK(json::parse(read_file(target))["references"].size() == 9);
  }
  SECTION("-o into a missing directory fails with exit 2") {
    auto result = run_cli({"extract", kSeed, "-o", "/nonexistent/dir/out.json"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("/nonexistent/dir/out.json") != std::string::npos);
  }
}

TEST_CASE("cli::run audit without a network") {
  // Every link points at a closed loopback port: nothing answers, as when offline.
  auto dir = scratch_dir("cli-offline");
  write_file(dir / "offline.txt",
             "Claim.[endnoteRef:1] [1: NATO. Page. (NATO, 2020) Available at: http://127.0.0.1:9/a (Accessed 24/11/2020)] \n");
  auto result = run_cli({"audit", (dir / "offline.txt").string(), "--timeout", "5"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("links unchecked: the network appears unreachable") != std::string::npos);
  CHECK(result.out.find("broken") == std::string::npos);
}

TEST_CASE("cli::run the executable's exit codes") {
  CHECK(run_executable("extract samples/seed-case-study.txt").exit_code == 0);
  CHECK(run_executable("extract samples/audit-problems.txt").exit_code == 1);
  CHECK(run_executable("extract samples/no-such-file.txt").exit_code == 2);
  CHECK(run_executable("audit --no-check samples/seed-case-study.txt").exit_code == 0);
}
