#include "core/csl_json.hpp"
#include "export/exporters.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"
#include "tests/support.hpp"

using namespace citekit;
using namespace citekit::exporting;

TEST_CASE("exporting::write csl-json") {
  SECTION("an array of the items, pretty-printed") {
    Work work;
    work.item.id = "unosek2020origins";
    work.item.type = "webpage";
    work.item.names["author"] = {test::organisation("UNOSEK")};
    work.item.set("title", "Origins of UNOSEK");
    work.item.dates["issued"] = test::year_date(2020);
    CHECK(write({work}, Format::csl_json) ==
          "[\n"
          "  {\n"
          "    \"id\": \"unosek2020origins\",\n"
          "    \"type\": \"webpage\",\n"
          "    \"title\": \"Origins of UNOSEK\",\n"
          "    \"author\": [\n"
          "      {\n"
          "        \"literal\": \"UNOSEK\"\n"
          "      }\n"
          "    ],\n"
          "    \"issued\": {\n"
          "      \"date-parts\": [\n"
          "        [\n"
          "          2020\n"
          "        ]\n"
          "      ]\n"
          "    }\n"
          "  }\n"
          "]\n");
  }
  SECTION("every item reads back as it was") {
    for (const auto& works : {test::case_study_works(), test::pitfall_works()}) {
      auto json = nlohmann::json::parse(write(works, Format::csl_json));
      REQUIRE(json.size() == works.size());
      for (std::size_t i = 0; i < works.size(); ++i) {
        auto item = reference_from_csl_json(json[i]);
        REQUIRE(item);
        item->origin = works[i].item.origin;
        CHECK(*item == works[i].item);
      }
    }
  }
  SECTION("UTF-8 is written as it is") {
    std::string json = write(test::pitfall_works(), Format::csl_json);
    CHECK(json.find("\"family\": \"Šimić\"") != std::string::npos);
  }
  SECTION("organisations stay literal names") {
    auto json = nlohmann::json::parse(write(test::case_study_works(), Format::csl_json));
    CHECK(json[2]["author"][0] == nlohmann::json{{"literal", "UN Security Council"}});
  }
  SECTION("what the schema does not know goes under custom; an unknown type becomes document") {
    auto json = nlohmann::json::parse(write(test::edge_case_works(), Format::csl_json));
    CHECK(json[0]["custom"]["zotero-key"] == "ABCD1234");
    CHECK(json[0]["custom"]["reviewer"][0]["family"] == "Review");
    CHECK_FALSE(json[0].contains("zotero-key"));
    CHECK(json[1]["type"] == "document");
    CHECK(json[3] == nlohmann::json{{"id", "anonndempty"}, {"type", "book"}});
  }
}
