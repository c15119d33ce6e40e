// The address guard: which addresses it refuses, and that it judges the
// address a connection actually uses, so that neither a DNS answer, a
// redirect nor a reused connection gets past it.
#include "linkcheck/address_guard.hpp"
#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"
#include "tests/linkcheck/check_helpers.hpp"
#include "tests/linkcheck/loopback_server.hpp"
#include "tests/linkcheck/raw_server.hpp"
#include "tests/support.hpp"

#include <string>

using namespace citekit;
using citekit::linkcheck::AddressGuard;
using citekit::linkcheck::AddressRange;
using citekit::linkcheck::IpAddress;
using citekit::test::LoopbackServer;
using citekit::test::RawServer;
using Catch::Matchers::Contains;

namespace {

AddressGuard guard_allowing(const std::vector<std::string>& allowed) {
  std::string error;
  auto guard = AddressGuard::make(allowed, error);
  REQUIRE(guard);
  return *guard;
}

linkcheck::Options guarded_options() {
  auto options = test::fast_options();
  options.address_guard = true;
  return options;
}

}  // namespace

TEST_CASE("linkcheck::special_purpose", "[linkcheck][guard]") {
  struct Row { const char* address; const char* kind; };  // kind "" for an ordinary address
  const Row rows[] = {
      {"127.0.0.1", "loopback"},          {"127.255.255.254", "loopback"},
      {"10.0.0.1", "private"},            {"10.255.255.255", "private"},
      {"172.16.0.1", "private"},          {"172.31.255.255", "private"},
      {"172.15.255.255", ""},             {"172.32.0.0", ""},
      {"192.168.1.1", "private"},         {"192.169.0.1", ""},
      {"169.254.169.254", "link-local"},  {"100.64.0.1", "carrier-grade NAT"},
      {"100.127.255.255", "carrier-grade NAT"}, {"100.128.0.0", ""},
      {"0.0.0.0", "unspecified"},         {"0.1.2.3", "unspecified"},
      {"93.184.216.34", ""},              {"8.8.8.8", ""},
      {"::1", "loopback"},                {"::", "unspecified"},
      {"fc00::1", "private"},             {"fd12:3456::1", "private"},
      {"fe80::1", "link-local"},          {"febf::1", "link-local"},
      {"fec0::1", "private"},             {"2001:db8::1", ""},
      {"2606:4700::1111", ""},            {"::2", ""},
      // IPv4 inside IPv6 is judged as IPv4.
      {"::ffff:127.0.0.1", "loopback"},   {"::ffff:10.1.2.3", "private"},
      {"::ffff:169.254.169.254", "link-local"}, {"::ffff:8.8.8.8", ""},
      {"64:ff9b::7f00:1", "loopback"},    {"64:ff9b::a9fe:a9fe", "link-local"},
      {"64:ff9b::808:808", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.address);
    auto address = IpAddress::parse(row.address);
    REQUIRE(address);
    auto kind = linkcheck::special_purpose(*address);
    CHECK(std::string(kind.value_or("")) == row.kind);
  }
}

TEST_CASE("linkcheck::IpAddress and AddressRange", "[linkcheck][guard]") {
  CHECK(IpAddress::parse("::ffff:127.0.0.1") == IpAddress::parse("127.0.0.1"));
  CHECK(IpAddress::parse("::ffff:127.0.0.1")->text() == "127.0.0.1");
  CHECK(IpAddress::parse("fe80::1%eth0")->text() == "fe80::1");
  CHECK_FALSE(IpAddress::parse("localhost"));
  CHECK_FALSE(IpAddress::parse("127.1"));  // inet_pton's strict form only
  CHECK_FALSE(IpAddress::parse(""));

  struct Row { const char* range; const char* inside; const char* outside; };
  const Row rows[] = {
      {"10.1.0.0/16", "10.1.255.255", "10.2.0.0"},
      {"127.0.0.2", "127.0.0.2", "127.0.0.1"},
      {"127.0.0.2", "::ffff:127.0.0.2", "127.0.0.3"},
      {"192.168.1.0/25", "192.168.1.127", "192.168.1.128"},
      {"fd00::/8", "fd12::1", "fc00::1"},
      {"0.0.0.0/0", "8.8.8.8", "::1"},
      {"::/0", "::1", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.range);
    auto range = AddressRange::parse(row.range);
    REQUIRE(range);
    CHECK(range->contains(*IpAddress::parse(row.inside)));
    if (*row.outside) CHECK_FALSE(range->contains(*IpAddress::parse(row.outside)));
  }
  for (const char* bad : {"", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "fd00::/129", "intranet", "10.0.0.0/-1"}) {
    CAPTURE(bad);
    CHECK_FALSE(AddressRange::parse(bad));
  }
}

TEST_CASE("linkcheck::AddressGuard", "[linkcheck][guard]") {
  auto guard = guard_allowing({"127.0.0.2", "10.1.0.0/16"});
  CHECK(guard.refusal(*IpAddress::parse("127.0.0.1")) == "127.0.0.1 is loopback");
  CHECK(guard.refusal(std::string_view("::ffff:10.2.0.1")) == "10.2.0.1 is private");
  CHECK(guard.refusal(std::string_view("fe80::1%eth0")) == "fe80::1 is link-local");
  CHECK(guard.refusal(std::string_view("not an address")) == "\"not an address\" is not an IP address");
  CHECK_FALSE(guard.refusal(*IpAddress::parse("127.0.0.2")));        // allowed
  CHECK_FALSE(guard.refusal(*IpAddress::parse("::ffff:10.1.2.3")));  // allowed, mapped form
  CHECK_FALSE(guard.refusal(*IpAddress::parse("93.184.216.34")));    // ordinary

  std::string error;
  CHECK_FALSE(AddressGuard::make({"10.0.0.0/8", "intranet"}, error));
  CHECK_THAT(error, Contains("\"intranet\" is not an IP address or a range"));
}

TEST_CASE("linkcheck::check with the address guard", "[linkcheck][guard]") {
  LoopbackServer loopback;                       // 127.0.0.1: refused
  LoopbackServer intranet({}, "127.0.0.2");      // allowed by the tests below
  const std::string port = std::to_string(loopback.port());
  auto options = guarded_options();

  SECTION("off by default: loopback is checked") {
    options.address_guard = false;
    CHECK(test::check_one(loopback.url("/ok"), options).verdict == Verdict::ok);
  }

  SECTION("every way of writing a refused address is refused before connecting") {
    // A raw server counts every TCP connection, even one that sends nothing.
    RawServer raw(test::raw::answer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"));
    const std::string raw_port = std::to_string(raw.port());
    options.resolve = {"public.example:" + raw_port + ":127.0.0.1"};
    struct Row { std::string url; const char* detail; };
    const Row rows[] = {
        {raw.url("/ok"), "address guard: 127.0.0.1 is loopback"},
        {"http://2130706433:" + raw_port + "/ok", "address guard: 127.0.0.1 is loopback"},
        {"http://[::ffff:127.0.0.1]:" + raw_port + "/ok", "address guard: 127.0.0.1 is loopback"},
        {"http://0.0.0.0:" + raw_port + "/ok", "address guard: 0.0.0.0 is unspecified"},
        {"http://localhost:" + raw_port + "/ok", "is loopback"},
        // A public-looking name whose DNS answer is loopback.
        {"http://public.example:" + raw_port + "/ok", "address guard: 127.0.0.1 is loopback"},
    };
    std::vector<std::string> urls;
    for (const auto& row : rows) urls.push_back(row.url);
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    REQUIRE(run.reports.size() == std::size(rows));
    for (std::size_t i = 0; i < std::size(rows); ++i) {
      CAPTURE(rows[i].url);
      CHECK(run.reports[i].verdict == Verdict::excluded);
      CHECK_THAT(run.reports[i].detail, Contains(rows[i].detail));
      CHECK(run.reports[i].attempts == 1);  // refused, not retried
    }
    CHECK(raw.connections() == 0);
    options.address_guard = false;  // the same URLs unguarded do connect
    CHECK(linkcheck::check(test::requests_for_urls(urls), options).reports[0].verdict == Verdict::ok);
    CHECK(raw.connections() > 0);
  }

  SECTION("an allowed address is checked; a redirect from it to a refused one is not followed") {
    options.allowed_addresses = {"127.0.0.2"};
    options.resolve = {"public.example:" + port + ":127.0.0.1"};
    const std::vector<std::string> urls = {
        intranet.url("/ok"),
        intranet.url("/redirect/302?to=" + loopback.url("/ok")),
        intranet.url("/redirect/302?to=http://public.example:" + port + "/ok"),
    };
    auto run = linkcheck::check(test::requests_for_urls(urls), options);
    CHECK(test::verdicts_of(run) == std::vector<Verdict>{Verdict::ok, Verdict::excluded, Verdict::excluded});
    for (std::size_t i : {1u, 2u}) {
      CHECK_THAT(run.reports[i].detail, Contains("address guard: 127.0.0.1 is loopback"));
      REQUIRE(run.reports[i].redirects.size() == 1);  // the hop that led there is shown
      CHECK(run.reports[i].redirects[0].url == urls[i]);
    }
    CHECK(intranet.requests() == 3);
    CHECK(loopback.requests() == 0);
    CHECK(loopback.connections() == 0);
  }

  SECTION("a connection opened by an unguarded check is not reused by a guarded one") {
    options.address_guard = false;
    CHECK(test::check_one(loopback.url("/ok"), options).verdict == Verdict::ok);
    options.address_guard = true;
    auto report = test::check_one(loopback.url("/ok"), options);
    CHECK(report.verdict == Verdict::excluded);
    CHECK(loopback.requests() == 1);
    CHECK(loopback.connections() == 1);
  }

  SECTION("connections to an allowed host are still reused") {
    options.allowed_addresses = {"127.0.0.2"};
    options.max_per_host = 1;
    auto run = linkcheck::check(
        test::requests_for_urls({intranet.url("/ok?1"), intranet.url("/ok?2"), intranet.url("/chain/2")}), options);
    CHECK(test::verdicts_of(run) == std::vector<Verdict>{Verdict::ok, Verdict::ok, Verdict::redirected});
    CHECK(intranet.requests() == 5);
    CHECK(intranet.connections() == 1);
  }

  SECTION("refused URLs say nothing about the network, and are not cached") {
    options.cache_path = (test::scratch_dir("guard-cache") / "links.sqlite3").string();
    auto run = linkcheck::check(test::requests_for_urls({loopback.url("/ok"), "http://nonexistent.invalid/"}), options);
    // No server answered: the DNS failure may only mean this machine is offline.
    CHECK(test::verdicts_of(run) == std::vector<Verdict>{Verdict::excluded, Verdict::unchecked});
    CHECK(run.network_unreachable);
    auto again = test::check_one(loopback.url("/ok"), options);
    CHECK(again.verdict == Verdict::excluded);
    CHECK_FALSE(again.cached);
  }

  SECTION("an allowed range that is not one stops the run before any request") {
    options.allowed_addresses = {"intranet"};
    auto run = linkcheck::check(test::requests_for_urls({intranet.url("/ok")}), options);
    CHECK_THAT(run.error, Contains("cannot use the allowed addresses"));
    CHECK(test::verdicts_of(run) == std::vector<Verdict>{Verdict::unchecked});
    CHECK(intranet.requests() == 0);
  }
}
