#include "core/csl_json.hpp"
#include "tests/catch.hpp"

using namespace citekit;

TEST_CASE("core::to_csl_json") {
  Reference r;
  r.id = "nato2020natos";
  r.type = "webpage";
  Name nato;
  nato.literal = "NATO";
  r.names["author"] = {nato};
  r.set("title", "NATO’s role in Kosovo");
  r.set("URL", "https://www.nato.int/cps/en/natolive/topics_48818.htm");
  r.dates["issued"] = Date{{{2020, 0, 0}}, 0, false, ""};
  r.dates["accessed"] = Date{{{2020, 11, 24}}, 0, false, ""};
  auto json = to_csl_json(r);
  CHECK(json["id"] == "nato2020natos");
  CHECK(json["author"][0]["literal"] == "NATO");
  CHECK(json["issued"]["date-parts"][0] == nlohmann::ordered_json::array({2020}));
  CHECK(json["accessed"]["date-parts"][0] == nlohmann::ordered_json::array({2020, 11, 24}));
  CHECK(json["URL"] == "https://www.nato.int/cps/en/natolive/topics_48818.htm");
}

TEST_CASE("core::reference_from_csl_json") {
  SECTION("a Zotero item round-trips") {
    auto r = reference_from_csl_json_text(R"({"id":"x","type":"article-newspaper",
      "title":"Why Milosevic blinked first","author":[{"family":"Wintour","given":"Patrick"}],
      "issued":{"date-parts":[["1999","6","6"]]},"page":12})");
    REQUIRE(r);
    CHECK(r->origin == ItemOrigin::document);
    CHECK(r->authors().at(0).family == "Wintour");
    CHECK(r->date("issued")->iso() == "1999-06-06");
    CHECK(r->get("page") == "12");
  }
  SECTION("wrong shapes are errors naming the variable") {
    auto r = reference_from_csl_json_text(R"({"type":"book","author":"Smith"})");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("author") != std::string::npos);
    CHECK_FALSE(reference_from_csl_json_text("{not json"));
  }
}
