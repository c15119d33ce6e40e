#include "export/exporters.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"
#include "tests/support.hpp"

#include <algorithm>

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::filesystem::path golden_path(const std::string& fixture, Format format) {
  return test::source_dir() / "tests/export/golden" /
         (fixture + "." + std::string(to_string(format)) + std::string(file_extension(format)));
}

}  // namespace

TEST_CASE("exporting::to_string") {
  struct Row { Format format; const char* name; const char* extension; };
  const Row rows[] = {
      {Format::bibtex, "bibtex", ".bib"},   {Format::biblatex, "biblatex", ".bib"},
      {Format::csl_json, "csl-json", ".json"}, {Format::csl_xml, "csl-xml", ".xml"},
      {Format::ris, "ris", ".ris"},         {Format::mods, "mods", ".xml"},
  };
  for (const auto& row : rows) {
    SECTION(row.name) {
      CHECK(to_string(row.format) == row.name);
      CHECK(file_extension(row.format) == row.extension);
      CHECK(format_from_string(row.name) == row.format);
    }
  }
}

TEST_CASE("exporting::format_from_string") {
  SECTION("names are matched ignoring case, with _ for -") {
    CHECK(format_from_string("BibTeX") == Format::bibtex);
    CHECK(format_from_string("CSL_JSON") == Format::csl_json);
    CHECK(format_from_string("csl-xml") == Format::csl_xml);
  }
  SECTION("an unknown name is no format") {
    CHECK_FALSE(format_from_string("endnote"));
    CHECK_FALSE(format_from_string(""));
    CHECK_FALSE(format_from_string("bib"));
  }
}

TEST_CASE("exporting::all_formats") {
  const auto& formats = all_formats();
  REQUIRE(formats.size() == 6);
  for (Format format : formats) CHECK(format_from_string(to_string(format)) == format);
}

TEST_CASE("exporting::write") {
  const std::vector<std::pair<std::string, std::vector<Work>>> fixtures = {
      {"case_study", test::case_study_works()},
      {"pitfalls", test::pitfall_works()},
      {"edge_cases", test::edge_case_works()}};
  for (const auto& [name, works] : fixtures) {
    for (Format format : all_formats()) {
      SECTION(name + " as " + std::string(to_string(format)) + " matches its golden file") {
        std::string output = write(works, format);
        INFO("update with CITEKIT_UPDATE_GOLDEN=1: " << golden_path(name, format));
        CHECK(test::matches_golden(golden_path(name, format), output));
      }
      SECTION(name + " as " + std::string(to_string(format)) + " is deterministic and uses every key") {
        std::string output = write(works, format);
        CHECK(write(works, format) == output);
        for (const auto& work : works) {
          INFO(work.item.id);
          CHECK(output.find(work.item.id) != std::string::npos);
        }
      }
    }
  }
  SECTION("organisations never come out as people") {
    struct Row {
      Format format;
      const char* organisation;
      const char* person;
    };
    const Row rows[] = {
        {Format::bibtex, "author = {{UN Security Council}}", "Council, UN"},
        {Format::biblatex, "author = {{UN Security Council}}", "Council, UN"},
        {Format::csl_json, "\"literal\": \"UN Security Council\"", "\"family\": \"Council\""},
        {Format::csl_xml, "<name>UN Security Council</name>", "<family>Council</family>"},
        {Format::ris, "AU  - UN Security Council\n", "AU  - Council"},
        {Format::mods, "<name type=\"corporate\">\n      <namePart>UN Security Council</namePart>",
         "<namePart type=\"family\">Council"},
    };
    const auto works = test::case_study_works();
    for (const auto& row : rows) {
      INFO(to_string(row.format));
      std::string output = write(works, row.format);
      CHECK(output.find(row.organisation) != std::string::npos);
      CHECK(output.find(row.person) == std::string::npos);
    }
  }
  SECTION("no works give an empty bibliography") {
    CHECK(write({}, Format::bibtex).empty());
    CHECK(write({}, Format::ris).empty());
    CHECK(write({}, Format::csl_json) == "[]\n");
  }
}
