#include "export/csl_vocabulary.hpp"
#include "tests/catch.hpp"

using namespace citekit::exporting;

TEST_CASE("exporting::csl_item_type") {
  CHECK(csl_item_type("webpage") == "webpage");
  CHECK(csl_item_type("article-newspaper") == "article-newspaper");
  CHECK(csl_item_type("film") == "document");
  CHECK(csl_item_type("") == "document");
}

TEST_CASE("exporting::is_csl_json_property") {
  CHECK(is_csl_json_property("container-title"));
  CHECK(is_csl_json_property("URL"));
  CHECK(is_csl_json_property("accessed"));
  CHECK_FALSE(is_csl_json_property("url"));
  CHECK_FALSE(is_csl_json_property("zotero-key"));
}

TEST_CASE("exporting::is_csl_xml_variable") {
  CHECK(is_csl_xml_variable("publisher-place"));
  CHECK(is_csl_xml_variable("DOI"));
  CHECK_FALSE(is_csl_xml_variable("author"));  // a name variable
  CHECK_FALSE(is_csl_xml_variable("issued"));  // a date variable
  CHECK(is_csl_xml_name_variable("editor-translator"));
  CHECK_FALSE(is_csl_xml_name_variable("title"));
}
