// The commands that check links, against a real HTTP server on 127.0.0.1.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/linkcheck/loopback_server.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

using namespace citekit::test;

namespace {

std::string document_citing(const std::string& first_url, const std::string& second_url) {
  return "A claim.[endnoteRef:1] Another.[endnoteRef:2]  [1:  NATO. NATO’s role in Kosovo. (NATO, 2020) Available at: " +
         first_url + " (Accessed 24/11/2020)]  [2:  OSCE. Mandate. (OSCE, 2020) Available at: " + second_url +
         " (Accessed 24/11/2020)] \n";
}

}  // namespace

TEST_CASE("cli::run audit with live links") {
  LoopbackServer server;
  auto dir = scratch_dir("cli-links");
  SECTION("all links alive: exit 0, each link's status in the report") {
    write_file(dir / "alive.txt", document_citing(server.url("/ok"), server.url("/redirect/301?to=/ok")));
    auto result = run_cli({"audit", (dir / "alive.txt").string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("link: ok (200)") != std::string::npos);
    CHECK(result.out.find("link: redirected (200) -> " + server.url("/ok")) != std::string::npos);
    CHECK(result.out.find("2 links: 1 ok, 1 redirected") != std::string::npos);
  }
  SECTION("a dead link: exit 1 and the link reported broken") {
    write_file(dir / "dead.txt", document_citing(server.url("/ok"), server.url("/status/404")));
    auto result = run_cli({"audit", (dir / "dead.txt").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("link: broken (404)") != std::string::npos);
  }
  SECTION("audit --format json carries the link reports") {
    write_file(dir / "json.txt", document_citing(server.url("/ok"), server.url("/status/500")));
    auto result = run_cli({"audit", (dir / "json.txt").string(), "--format", "json"});
    CHECK(result.exit_code == 1);
    auto doc = nlohmann::json::parse(result.out);
    REQUIRE(doc["links"].size() == 2);
    CHECK(doc["links"][1]["verdict"] == "server-error");
    CHECK(doc["links"][1]["cited-in"] == nlohmann::json::array({"2"}));
    CHECK(doc["network-unreachable"] == false);
  }
}

TEST_CASE("cli::run check") {
  LoopbackServer server;
  auto dir = scratch_dir("cli-check");
  SECTION("a plain list of URLs") {
    write_file(dir / "urls.txt", "# cited pages\n" + server.url("/ok") + "\n" + server.url("/status/410") + "\n");
    auto result = run_cli({"check", (dir / "urls.txt").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "ok 200  " + server.url("/ok") + "\nbroken 410  " + server.url("/status/410") + "\n");
  }
  SECTION("a document's links, all alive") {
    write_file(dir / "doc.txt", document_citing(server.url("/ok"), server.url("/ok")));
    auto result = run_cli({"check", (dir / "doc.txt").string(), "--format", "json"});
    CHECK(result.exit_code == 0);
    auto doc = nlohmann::json::parse(result.out);
    REQUIRE(doc["links"].size() == 1);  // one URL cited twice is checked once
    CHECK(doc["links"][0]["cited-in"] == nlohmann::json::array({"1", "2"}));
  }
  SECTION("the executable's exit code for a dead link") {
    write_file(dir / "dead.txt", server.url("/status/404") + "\n");
    CHECK(run_executable("check '" + (dir / "dead.txt").string() + "'").exit_code == 1);
  }
}
