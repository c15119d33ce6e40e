// Ctrl-C (or SIGTERM) during a link check, on the real executable: it stops
// within a moment, writes a complete report (the links not checked as
// "unchecked"), leaves a sound cache holding only finished results, and
// exits with 130.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <thread>

using namespace citekit::test;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

// Waits until the server has received `requests` requests and written
// `responses` responses out in full (or gives up).
void wait_for_server(const LoopbackServer& server, std::size_t requests, std::size_t responses) {
  auto give_up = Clock::now() + std::chrono::seconds(20);
  auto done = [&] { return server.requests() >= requests && server.responses() >= responses; };
  while (!done() && Clock::now() < give_up) std::this_thread::sleep_for(milliseconds(5));
  REQUIRE(server.requests() >= requests);
  REQUIRE(server.responses() >= responses);
}

std::vector<std::string> files_in(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("citekit check and audit stopped by Ctrl-C or SIGTERM") {
  LoopbackServer server;
  auto dir = scratch_dir("cli-interrupt");
  const std::string cache = (dir / "cache.sqlite3").string();
  const std::string report = (dir / "report.json").string();
  // Three quick pages, then three that would take 30 s each.
  const std::vector<std::string> urls = {server.url("/ok?1"), server.url("/ok?2"), server.url("/ok?3"),
                                         server.url("/slow/30000?1"), server.url("/slow/30000?2"),
                                         server.url("/slow/30000?3")};
  const std::vector<std::string> link_flags = {"--cache", cache, "--timeout", "60", "--max-per-host", "8", "-o", report};

  auto interrupt_when_slow_pages_are_asked = [&](BackgroundExecutable& citekit, int signal) {
    // Every page asked for, and the three quick ones answered: their
    // answers are in citekit's sockets when the signal comes.
    wait_for_server(server, urls.size(), 3);
    auto sent = Clock::now();
    citekit.send(signal);
    auto code = citekit.wait_for(milliseconds(10'000));
    double seconds = std::chrono::duration<double>(Clock::now() - sent).count();
    REQUIRE(code);
    CHECK(*code == 130);
    CHECK(seconds < 3.0);
    CHECK(citekit.err().find("citekit: interrupted") != std::string::npos);
    // The cache is sound and holds the finished pages only.
    auto contents = read_link_cache(cache);
    CHECK(contents.integrity == "ok");
    CHECK(contents.rows == std::vector<std::string>{"ok " + urls[0], "ok " + urls[1], "ok " + urls[2]});
    // No temporary file is left behind.
    for (const auto& name : files_in(dir)) CHECK(name.find(".tmp.") == std::string::npos);
  };
  auto check_links = [&](const nlohmann::json& links) {
    REQUIRE(links.size() == urls.size());
    for (std::size_t i = 0; i < urls.size(); ++i) {
      CAPTURE(i);
      CHECK(links[i]["verdict"] == (i < 3 ? "ok" : "unchecked"));
      if (i >= 3) CHECK(links[i]["detail"] == "interrupted");
    }
  };

  SECTION("check writes its whole report (Ctrl-C)") {
    write_file(dir / "urls.txt", urls[0] + "\n" + urls[1] + "\n" + urls[2] + "\n" + urls[3] + "\n" + urls[4] + "\n" +
                                     urls[5] + "\n");
    std::vector<std::string> args = {"check", (dir / "urls.txt").string(), "--format", "json", "--no-progress"};
    args.insert(args.end(), link_flags.begin(), link_flags.end());
    BackgroundExecutable citekit(args);
    interrupt_when_slow_pages_are_asked(citekit, SIGINT);
    check_links(nlohmann::json::parse(read_file(report))["links"]);
  }

  SECTION("audit writes its whole report (SIGTERM)") {
    std::string notes;
    std::string bodies;
    for (std::size_t i = 0; i < urls.size(); ++i) {
      std::string n = std::to_string(i + 1);
      notes += "Claim " + n + ".[endnoteRef:" + n + "] ";
      bodies += "[" + n + ":  Agency. Report " + n + ". (Agency, 2020) Available at: " + urls[i] +
                " (Accessed 24/11/2020)]  ";
    }
    write_file(dir / "document.txt", notes + " " + bodies + "\n");
    std::vector<std::string> args = {"audit", (dir / "document.txt").string(), "--format", "json"};
    args.insert(args.end(), link_flags.begin(), link_flags.end());
    BackgroundExecutable citekit(args);
    interrupt_when_slow_pages_are_asked(citekit, SIGTERM);
    check_links(nlohmann::json::parse(read_file(report))["links"]);
  }
}
