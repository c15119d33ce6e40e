// The RIS export read back by a RIS reader (citation-js, by the RIS
// specification's tables): every record, with the same type, title, names,
// dates, access date, URL and publication details. RIS cannot tell an
// organisation from a person, so names are compared in full only.

#include "core/text.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"
#include "tests/export/proof.hpp"
#include "tests/export/round_trip.hpp"
#include "tests/export/validators.hpp"
#include "tests/support.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

// The CSL type a RIS reader gives back for citekit's type: RIS has no type
// of its own for posts, and legislation is written as a report.
std::string type_read_back(const std::string& type) {
  if (type == "post") return "webpage";
  if (type == "legislation" || type == "regulation") return "report";
  if (type == "article") return "article-journal";
  return type;
}

// The RIS specification calls a newspaper article's authors reporters, and
// gives it only a year (PY): its day (DA) is for EndNote and Zotero, which
// read it, while the specification's readers keep the year alone.
nlohmann::json as_written(nlohmann::json item, const Work& work) {
  if (work.item.type != "article-newspaper") return item;
  if (!item.contains("reporter")) return item;
  for (const auto& reporter : item["reporter"]) {  // "Family, Given", as written
    std::string name = reporter.get<std::string>();
    auto comma = name.find(", ");
    if (comma == std::string::npos) item["author"].push_back({{"family", name}});
    else item["author"].push_back({{"family", name.substr(0, comma)}, {"given", name.substr(comma + 2)}});
  }
  return item;
}

Reference as_read(Reference item) {
  if (item.type == "article-newspaper" && item.dates.count("issued")) item.dates["issued"] = test::year_date(item.date("issued")->year());
  return item;
}

// The RIS specification puts T2 in a container only for these types (for a
// web page or a report it is a series).
bool t2_is_container(const std::string& type) {
  return type == "article-journal" || type == "article" || type == "article-newspaper" ||
         type == "article-magazine" || type == "chapter";
}

}  // namespace

TEST_CASE("exporting::write ris reads back through citation-js", "[validator]") {
  auto reader = test::require_node_script("read-ris.js");
  for (const auto& corpus : test::proof_corpora()) {
    SECTION(corpus.name) {
      auto file = test::write_export(corpus, Format::ris, "ris");
      auto dir = file.parent_path();
      auto run = test::run_command(reader + " " + test::shell_quote(file.filename()) + " >read.json", dir,
                                   dir / "reader.log");
      INFO(run.output);
      REQUIRE(run.status == 0);
      auto read = test::items_by_id(nlohmann::json::parse(test::read_file(dir / "read.json")));
      CHECK(read.size() == corpus.works.size());
      for (const auto& work : corpus.works) {
        INFO(work.item.id);
        REQUIRE(read.count(work.item.id));
        const auto& item = read[work.item.id];
        CHECK(item.value("type", "") == type_read_back(work.item.type));
        // number, page-first and collection-number catch an access date read as
        // something else (M1 means a start page in NEWS, a series number in BOOK).
        test::Comparison how{false,
                             {"volume", "issue", "number", "page-first", "collection-number", "publisher",
                              "publisher-place", "DOI", "edition"}};
        if (t2_is_container(work.item.type)) how.variables.push_back("container-title");
        auto differences = test::differences(as_read(work.item), as_written(item, work), how);
        INFO(join(differences, "\n"));
        CHECK(differences.empty());
      }
    }
  }
}
