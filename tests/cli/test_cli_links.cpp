// The commands that check links, against a real HTTP server on 127.0.0.1.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/linkcheck/loopback_server.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <sstream>

using namespace citekit::test;

namespace {

std::string document_citing(const std::string& first_url, const std::string& second_url) {
  return "A claim.[endnoteRef:1] Another.[endnoteRef:2]  [1:  NATO. NATO’s role in Kosovo. (NATO, 2020) Available at: " +
         first_url + " (Accessed 24/11/2020)]  [2:  OSCE. Mandate. (OSCE, 2020) Available at: " + second_url +
         " (Accessed 24/11/2020)] \n";
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
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

TEST_CASE("cli::run export --check-links") {
  LoopbackServer server;
  auto dir = scratch_dir("cli-export-links");
  write_file(dir / "dead.txt", document_citing(server.url("/ok"), server.url("/status/404")));
  SECTION("each work shows its link's status; a dead link exits 1") {
    auto result = run_cli({"export", (dir / "dead.txt").string(), "--to", "text", "--check-links"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("(Accessed: 24 November 2020). [link: ok (200)]\n") != std::string::npos);
    CHECK(result.out.find("(Accessed: 24 November 2020). [link: broken (404)]\n") != std::string::npos);
  }
  SECTION("without --check-links nothing is checked") {
    auto result = run_cli({"export", (dir / "dead.txt").string(), "--to", "html", "--style", "notes"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("link-status") == std::string::npos);
  }
  SECTION("--check-links is for bibliographies for people only") {
    auto result = run_cli({"export", (dir / "dead.txt").string(), "--to", "bibtex", "--check-links"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("--check-links needs --to text, html or markdown") != std::string::npos);
  }
}

TEST_CASE("cli::run check") {
  LoopbackServer server;
  auto dir = scratch_dir("cli-check");
  SECTION("a plain list of URLs") {
    write_file(dir / "urls.txt", "# cited pages\n" + server.url("/ok") + "\n" + server.url("/status/410") + "\n");
    auto result = run_cli({"check", (dir / "urls.txt").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "ok 200  " + server.url("/ok") + "\nbroken 410  " + server.url("/status/410") +
                            "\n2 links: 1 ok, 1 broken\n");
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

TEST_CASE("cli::run check output formats") {
  LoopbackServer server;
  auto dir = scratch_dir("cli-check-formats");
  write_file(dir / "urls.txt", server.url("/ok") + "\n" + server.url("/status/404") + "\n");
  const std::string urls = (dir / "urls.txt").string();

  SECTION("jsonl: one JSON object per link") {
    auto result = run_cli({"check", urls, "--format", "jsonl", "--no-cache"});
    CHECK(result.exit_code == 1);
    auto lines = split_lines(result.out);
    REQUIRE(lines.size() == 2);
    std::set<std::string> verdicts;
    for (const auto& line : lines) verdicts.insert(nlohmann::json::parse(line)["verdict"].get<std::string>());
    CHECK(verdicts == std::set<std::string>{"ok", "broken"});
  }
  SECTION("markdown: a tally and a table of what needs attention") {
    auto result = run_cli({"check", urls, "--format", "markdown", "--no-cache"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("2 links: 1 ok, 1 broken.") != std::string::npos);
    CHECK(result.out.find("## Needs attention") != std::string::npos);
    CHECK(result.out.find("| broken | 404 | <" + server.url("/status/404") + "> |") != std::string::npos);
  }
  SECTION("junit: a test case per link, the broken one failing") {
    auto result = run_cli({"check", urls, "--format", "junit", "--no-cache"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find(R"(<testsuite name="citekit link check" tests="2" failures="1")") != std::string::npos);
    CHECK(result.out.find(R"x(<failure type="broken" message="broken (404)">)x") != std::string::npos);
  }
  SECTION("colour only when asked (or on a terminal)") {
    CHECK(run_cli({"check", urls, "--no-cache"}).out.find("\x1b[") == std::string::npos);
    CHECK(run_cli({"check", urls, "--no-cache", "--color", "always"}).out.find("\x1b[31mbroken\x1b[0m") != std::string::npos);
  }
  SECTION("-o writes the report to a file") {
    auto result = run_cli({"check", urls, "--no-cache", "--format", "json", "-o", (dir / "out.json").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(nlohmann::json::parse(read_file(dir / "out.json"))["links"].size() == 2);
  }
}

TEST_CASE("cli::run check settings") {
  LoopbackServer server;
  auto dir = scratch_dir("cli-check-settings");
  write_file(dir / "urls.txt", server.url("/ok") + "\n" + server.url("/status/403") + "\n");
  const std::string urls = (dir / "urls.txt").string();

  SECTION("a config file sets what flags would") {
    write_file(dir / "citekit.toml", "accept = [\"200..299\", 403]\nmax-in-flight = 4\ncache = \"" +
                                         (dir / "cache.sqlite3").string() + "\"\n");
    auto result = run_cli({"check", urls, "--config", (dir / "citekit.toml").string()});
    CHECK(result.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "cache.sqlite3"));
  }
  SECTION("a flag wins over the config file") {
    write_file(dir / "citekit.toml", "accept = \"200..299,403\"\n");
    auto result = run_cli({"check", urls, "--no-cache", "--config", (dir / "citekit.toml").string(), "--accept", "200"});
    CHECK(result.exit_code == 1);
  }
  SECTION("a wrong setting in the config file names the file and line") {
    write_file(dir / "citekit.toml", "# links\nmax-in-flight = \"many\"\n");
    auto result = run_cli({"check", urls, "--config", (dir / "citekit.toml").string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("citekit.toml:2") != std::string::npos);
    CHECK(result.err.find("max-in-flight must be a whole number") != std::string::npos);
  }
  SECTION("an unknown setting is refused") {
    write_file(dir / "citekit.toml", "max_in_flight = 4\n");
    auto result = run_cli({"check", urls, "--config", (dir / "citekit.toml").string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown setting \"max_in_flight\"") != std::string::npos);
  }
  SECTION("bad flag values are refused before any request") {
    CHECK(run_cli({"check", urls, "--accept", "2xx"}).exit_code == 2);
    CHECK(run_cli({"check", urls, "--max-cache-age", "soon"}).exit_code == 2);
    CHECK(run_cli({"check", urls, "--archive", "sometimes"}).exit_code == 2);
    CHECK(server.requests() == 0);
  }
  SECTION("--block-private-addresses refuses loopback; --allow-address lets one through") {
    auto blocked = run_cli({"check", urls, "--no-cache", "--block-private-addresses"});
    CHECK(blocked.exit_code == 0);  // refused is not broken
    CHECK(blocked.out.find("excluded  " + server.url("/ok") + "  (address guard: 127.0.0.1 is loopback)") !=
          std::string::npos);
    CHECK(server.requests() == 0);
    auto allowed = run_cli({"check", urls, "--no-cache", "--block-private-addresses", "--allow-address", "127.0.0.0/30"});
    CHECK(allowed.exit_code == 1);  // the 403
    CHECK(allowed.out.find("ok 200  " + server.url("/ok")) != std::string::npos);
  }
  SECTION("the guard and its allowed ranges from the config file") {
    write_file(dir / "citekit.toml", "block-private-addresses = true\nallow-address = [\"10.0.0.0/8\"]\n");
    auto result = run_cli({"check", urls, "--no-cache", "--config", (dir / "citekit.toml").string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("address guard: 127.0.0.1 is loopback") != std::string::npos);
  }
  SECTION("--resolve names a host's address") {
    write_file(dir / "named.txt", "http://pages.example:" + std::to_string(server.port()) + "/ok\n");
    auto result = run_cli({"check", (dir / "named.txt").string(), "--no-cache", "--resolve",
                           "pages.example:" + std::to_string(server.port()) + ":127.0.0.1"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("1 link: 1 ok") != std::string::npos);
  }
  SECTION("a password in a URL is never printed") {
    write_file(dir / "secret.txt", "http://reader:hunter2@127.0.0.1:" + std::to_string(server.port()) + "/status/404\n");
    auto result = run_cli({"check", (dir / "secret.txt").string(), "--format", "json", "--cache",
                           (dir / "cache.sqlite3").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("reader:***@127.0.0.1") != std::string::npos);
    CHECK(result.out.find("hunter2") == std::string::npos);
    CHECK(result.err.find("hunter2") == std::string::npos);
    REQUIRE(std::filesystem::exists(dir / "cache.sqlite3"));
    for (const auto& entry : std::filesystem::directory_iterator(dir))  // the cache and its journal
      if (entry.path().filename().string().rfind("cache.sqlite3", 0) == 0)
        CHECK(read_file(entry.path()).find("hunter2") == std::string::npos);
  }
  SECTION("bad guard and resolve settings are refused before any request") {
    auto range = run_cli({"check", urls, "--block-private-addresses", "--allow-address", "intranet"});
    CHECK(range.exit_code == 2);
    CHECK(range.err.find("allow-address: \"intranet\" is not an IP address") != std::string::npos);
    auto resolve = run_cli({"check", urls, "--resolve", "pages.example:80"});
    CHECK(resolve.exit_code == 2);
    CHECK(resolve.err.find("is not HOST:PORT:ADDRESS") != std::string::npos);
    CHECK(server.requests() == 0);
  }
  SECTION("--exclude, repeatable, and the file name after it is still the input") {
    auto result = run_cli({"check", "--no-cache", "--exclude", "status", "--exclude", "nothing", urls});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("excluded  " + server.url("/status/403")) != std::string::npos);
  }
}
