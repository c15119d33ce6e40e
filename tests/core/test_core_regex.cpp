#include "core/regex.hpp"
#include "tests/catch.hpp"

#include <stdexcept>

using namespace citekit;

TEST_CASE("core::Regex") {
  SECTION("finds groups, named and numbered") {
    Regex re(R"(\[(?<kind>endnote|footnote)Ref:(\d+)\])");
    auto m = re.find("text.[endnoteRef:12] more");
    REQUIRE(m);
    CHECK(m->str() == "[endnoteRef:12]");
    CHECK(m->str(re.group("kind")) == "endnote");
    CHECK(m->str(2) == "12");
    CHECK(m->begin() == 5);
  }
  SECTION("find_all and replace_all") {
    Regex re(R"(\d+)");
    CHECK(re.find_all("a1b22c333").size() == 3);
    CHECK(re.replace_all("a1b22c", "#") == "a#b#c");
  }
  SECTION("unset optional groups are reported as absent") {
    Regex re(R"(a(b)?c)");
    auto m = re.find("ac");
    REQUIRE(m);
    CHECK_FALSE(m->has(1));
    CHECK(m->str(1).empty());
  }
  SECTION("anchored and full matches") {
    Regex re(R"(\d+)");
    CHECK(re.match_at("x12", 1));
    CHECK_FALSE(re.match_at("x12", 0));
    CHECK(re.full_match("123"));
    CHECK_FALSE(re.full_match("123a"));
    // The same pattern searched, then anchored, then searched again: each use keeps its own meaning.
    CHECK(re.find("x12")->begin() == 1);
    auto groups = Regex(R"((?<day>\d{1,2})\.(?<month>\d{1,2})\.)");
    auto m = groups.match_at("am 23.11.2020", 3);
    REQUIRE(m);
    CHECK(m->str(groups.group("month")) == "11");
    CHECK_FALSE(groups.match_at("am 23.11.2020", 2));
    CHECK(groups.find("am 23.11.2020")->begin() == 3);
    // Invalid UTF-8 in the subject does not match, and does not fail.
    CHECK_FALSE(re.match_at("\xC3(12", 0));
    CHECK(re.match_at("\xC3(12", 2));
  }
  SECTION("Unicode properties and caseless matching") {
    Regex letters(R"(\p{Lu}\p{Ll}+)");
    auto m = letters.find("x Šimić");
    REQUIRE(m);
    CHECK(m->str() == "Šimić");
    Regex word(R"(ŠIMIĆ)", Regex::caseless);
    CHECK(word.contains("šimić"));
  }
  SECTION("invalid UTF-8 in the subject does not break matching") {
    Regex re(R"(ok)");
    CHECK(re.contains(std::string("\xFF\xFEok")));
  }
  SECTION("a bad pattern names itself") { CHECK_THROWS_AS(Regex("(unclosed"), std::invalid_argument); }
}
