// Nothing lost between reading and writing: for every sample and every
// kosovo-mini document (every format), the notes and references the library
// finds are counted again in `citekit extract`'s JSON and every work again
// in each of the six exports.
#include "core/regex.hpp"
#include "extract/extract.hpp"
#include "tests/accounting.hpp"
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

using namespace citekit;
using nlohmann::json;

namespace {

namespace fs = std::filesystem;

// Every document the accounting covers, as the command line is given it.
std::vector<std::string> documents() {
  std::set<std::string> found;
  for (const auto& entry : fs::directory_iterator(test::samples_dir()))
    if (entry.is_regular_file() && entry.path().filename() != "README.md")
      found.insert("samples/" + entry.path().filename().string());
  for (const auto& entry : fs::directory_iterator(test::shared_dir() / "data/documents/kosovo-mini"))
    if (entry.is_regular_file() && entry.path().extension() != ".tex")   // LaTeX is refused: test_extract_readers
      found.insert(entry.path().string());
  return {found.begin(), found.end()};
}

// Records in an export and the citation keys they carry.
struct Entries {
  std::size_t count = 0;
  std::multiset<std::string> keys;
};

// Records counted by `record`, keys taken from group "key" of `key`.
Entries scan(const std::string& text, const char* record, const char* key) {
  Regex records(record, Regex::multiline), keys(key, Regex::multiline);
  Entries entries;
  entries.count = records.find_all(text).size();
  for (const auto& m : keys.find_all(text)) entries.keys.insert(std::string(m.str(keys.group("key"))));
  return entries;
}

Entries entries_of(const std::string& format, const std::string& text) {
  if (format == "bibtex" || format == "biblatex") return scan(text, R"(^@\w+\{)", R"(^@\w+\{(?<key>[^,\n]+),)");
  if (format == "ris") return scan(text, R"(^ER  -)", R"(^ID  - (?<key>.*)$)");
  if (format == "csl-xml") return scan(text, R"(<reference[ >])", R"re(<reference [^>]*\bid="(?<key>[^"]*)")re");
  if (format == "mods") return scan(text, R"(<mods[ >])", R"re(<mods [^>]*\bID="(?<key>[^"]*)")re");
  Entries items;   // csl-json: an array of items
  for (const auto& item : json::parse(text)) {
    ++items.count;
    items.keys.insert(item.at("id").get<std::string>());
  }
  return items;
}

}  // namespace

TEST_CASE("cli::run accounting: every note, reference and work of every document reaches every output") {
  auto files = documents();
  REQUIRE(files.size() >= 35);
  for (const auto& file : files) {
    SECTION(file) {
      // In: what the library reads and builds.
      std::istringstream no_input;
      auto document = extract::read_document(file, no_input);
      REQUIRE(document);
      Bibliography bib = extract::build_bibliography(std::move(*document));
      CHECK(test::unaccounted(bib) == std::vector<std::string>{});

      // Out: the extraction JSON.
      auto extracted = test::run_cli({"extract", file});
      REQUIRE(extracted.exit_code != 2);
      json out = json::parse(extracted.out);
      REQUIRE(out["notes"].size() == bib.document.notes.size());
      for (std::size_t i = 0; i < bib.document.notes.size(); ++i) {
        CHECK(out["notes"][i]["id"] == bib.document.notes[i].id);
        CHECK(out["notes"][i]["kind"] == to_string(bib.document.notes[i].kind));
      }
      CHECK(out["references"].size() == bib.citations.size());
      CHECK(out["entries"].size() == bib.document.entries.size());
      // The running text's citations, then one per note reference.
      std::size_t note_references = bib.citations.size() - bib.document.entries.size();
      CHECK(out["citations"].size() == bib.document.citations.size() + note_references);
      REQUIRE(out["works"].size() == bib.works.size());
      std::map<std::string, json> works;
      for (const auto& work : out["works"]) works[work["id"].get<std::string>()] = work;
      CHECK(works.size() == bib.works.size());   // keys are distinct
      for (const auto& reference : out["references"]) {
        CAPTURE(reference.dump());
        REQUIRE(works.count(reference["work"].get<std::string>()));
        const json& work = works[reference["work"].get<std::string>()];
        if (reference.contains("entry")) {
          REQUIRE(work.contains("entries"));
          CHECK(std::find(work["entries"].begin(), work["entries"].end(), reference["entry"]) != work["entries"].end());
        } else {
          const json& cited_in = work["cited-in"];
          CHECK(std::find(cited_in.begin(), cited_in.end(), reference["note"]) != cited_in.end());
        }
      }

      // Out: each export holds every work once, under its key.
      std::multiset<std::string> keys;
      for (const auto& [key, work] : works) keys.insert(key);
      for (const char* format : {"bibtex", "biblatex", "csl-json", "csl-xml", "ris", "mods"}) {
        CAPTURE(format);
        auto exported = test::run_cli({"export", file, "--to", format});
        REQUIRE(exported.exit_code != 2);
        Entries entries = entries_of(format, exported.out);
        CHECK(entries.count == bib.works.size());
        CHECK(entries.keys == keys);
      }
    }
  }
}
