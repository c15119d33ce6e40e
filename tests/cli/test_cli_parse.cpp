// `citekit parse`: reference strings in, one JSON object per reference out.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace citekit::test;
using nlohmann::json;

namespace {

std::vector<json> lines_of(const std::string& output) {
  std::vector<json> out;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) out.push_back(json::parse(line));
  return out;
}

const char* kApa = "Smith, J. A., & Jones, K. (1999). Stones in the sea. Journal of Marine Studies, 12(3), 45-67.";
const char* kBook = "Daan W. Everts. Peacekeeping in Albania and Kosovo. (London: I.B. Tauris, 2020) p.198-9";

}  // namespace

TEST_CASE("cli::run_parse plain lines") {
  auto result = run_cli({"parse", "-"}, std::string(kApa) + "\n\n" + kBook + "\n");
  REQUIRE(result.exit_code == 0);
  auto lines = lines_of(result.out);
  REQUIRE(lines.size() == 2);   // the blank line is no reference
  const json& apa = lines[0];
  CHECK(apa["text"] == kApa);
  CHECK(apa["fields"]["author"] == json::array({"Smith, J. A., & Jones, K."}));
  CHECK(apa["fields"]["date"] == json::array({"1999"}));
  CHECK(apa["fields"]["title"] == json::array({"Stones in the sea"}));
  CHECK(apa["fields"]["container"] == json::array({"Journal of Marine Studies"}));
  CHECK(apa["fields"]["volume"] == json::array({"12"}));
  CHECK(apa["fields"]["issue"] == json::array({"3"}));
  CHECK(apa["fields"]["pages"] == json::array({"45-67"}));
  CHECK(apa["type"] == "article-journal");
  CHECK(apa["csl"]["author"][1] == json({{"family", "Jones"}, {"given", "K."}}));
  CHECK(apa["csl"]["page"] == "45-67");
  const json& book = lines[1];
  CHECK(book["fields"]["place"] == json::array({"London"}));
  CHECK(book["fields"]["publisher"] == json::array({"I.B. Tauris"}));
  CHECK(book["csl"]["type"] == "book");
}

TEST_CASE("cli::run_parse JSON Lines, files and options") {
  auto dir = scratch_dir("parse");
  write_file(dir / "in.jsonl", json({{"text", kApa}, {"id", 7}}).dump() + "\n" + json({{"text", ""}}).dump() + "\n");
  auto result = run_cli({"parse", (dir / "in.jsonl").string(), "-o", (dir / "out.jsonl").string(), "--fields-only"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.empty());
  auto lines = lines_of(read_file(dir / "out.jsonl"));
  REQUIRE(lines.size() == 2);   // one line per input object, empty texts included, so lines stay aligned
  CHECK(lines[0]["text"] == kApa);
  CHECK_FALSE(lines[0].contains("csl"));
  CHECK(lines[1]["fields"].empty());
  SECTION("the date order applies to numeric dates") {
    const std::string ambiguous = "Roe, J. Page. https://x.org (accessed 05/06/2020)";
    auto dmy = lines_of(run_cli({"parse", "-", "--date-order", "dmy"}, ambiguous).out);
    auto mdy = lines_of(run_cli({"parse", "-", "--date-order", "mdy"}, ambiguous).out);
    CHECK(dmy.at(0)["csl"]["accessed"]["date-parts"][0] == json::array({2020, 6, 5}));
    CHECK(mdy.at(0)["csl"]["accessed"]["date-parts"][0] == json::array({2020, 5, 6}));
  }
  SECTION("usage errors") {
    CHECK(run_cli({"parse", (dir / "missing.txt").string()}).exit_code == 2);
    CHECK(run_cli({"parse", "-", "--date-order", "ymd"}, kApa).exit_code == 2);
    write_file(dir / "bad.crf", "not a model");
    CHECK(run_cli({"parse", "-", "--model", (dir / "bad.crf").string()}, kApa).exit_code == 2);
  }
}

TEST_CASE("citekit parse with CITEKIT_VECTORS=portable scores with SSE2 and writes the same parses") {
  // The executable, as users run it: the switch is read where the process starts.
  auto dir = scratch_dir("parse-vectors");
  std::string references;
  std::ifstream in(shared_dir() / "data/references/anystyle_bad.jsonl");
  REQUIRE(in);
  for (std::string line; std::getline(in, line);) references += line + "\n";
  write_file(dir / "references.jsonl", references);
  const std::string arguments = "parse '" + (dir / "references.jsonl").string() + "'";
  auto best = run_executable(arguments);
  ::setenv("CITEKIT_VECTORS", "portable", 1);
  auto portable = run_executable(arguments);
  auto version = run_executable("--version");   // the switch took effect
  ::unsetenv("CITEKIT_VECTORS");
  CHECK_THAT(version.out, Catch::Matchers::Contains("(reference scoring: SSE2)"));
  REQUIRE(best.exit_code == 0);
  REQUIRE(portable.exit_code == 0);
  CHECK(lines_of(best.out).size() == 368);
  CHECK(portable.out == best.out);
}
