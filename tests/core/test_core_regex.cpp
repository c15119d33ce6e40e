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
