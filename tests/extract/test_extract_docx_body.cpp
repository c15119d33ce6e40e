// The body of Word documents (extract/readers/docx_body.cpp): citations
// that Zotero's, Mendeley's and EndNote's Word plugins keep as fields, and
// their bibliography fields. samples/zotero-fields.docx, mendeley-fields.docx
// and endnote-fields.docx are made by tests/citeproc/make_field_documents.py.
#include "core/csl_json.hpp"
#include "export/exporters.hpp"
#include "extract/extract.hpp"
#include "extract/readers/endnote_fields.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

using namespace citekit;

TEST_CASE("extract::docx_body_blocks Zotero, Mendeley and EndNote fields: items read, linked, exported as stored") {
  for (const char* sample : {"zotero-fields.docx", "mendeley-fields.docx", "endnote-fields.docx"}) {
    CAPTURE(sample);
    std::istringstream none;
    auto bib = extract::extract_file((test::samples_dir() / sample).string(), none);
    REQUIRE(bib);
    REQUIRE(bib->document.lists.size() == 1);
    REQUIRE(bib->document.entries.size() == 9);  // the bibliography field's paragraphs
    REQUIRE(bib->document.citations.size() == 6);
    CHECK(bib->works.size() == 9);  // each item is one entry's work: nothing added
    auto exported = nlohmann::json::parse(exporting::write(bib->works, exporting::Format::csl_json));
    std::size_t items = 0;
    for (std::size_t c = 0; c < bib->document.citations.size(); ++c) {
      const TextCitation& citation = bib->document.citations[c];
      CHECK(citation.kind == CitationKind::field);
      for (std::size_t w = 0; w < citation.works.size(); ++w) {
        const auto& slot = bib->text_citation_works.at(c).at(w);
        REQUIRE(slot);
        REQUIRE(citation.works[w].items.size() == 1);
        // The work is the item as the manager stored it, under the work's key.
        Reference stored = citation.works[w].items.front();
        stored.id = bib->works[*slot].item.id;
        stored.origin = ItemOrigin::document;
        CHECK(bib->works[*slot].item == stored);
        auto written = std::find_if(exported.begin(), exported.end(),
                                    [&](const nlohmann::json& item) { return item["id"] == stored.id; });
        REQUIRE(written != exported.end());
        // Compared as plain JSON: key order is not part of CSL-JSON.
        CHECK(*written == nlohmann::json::parse(to_csl_json(stored).dump()));
        ++items;
      }
    }
    CHECK(items == 9);
    CHECK(bib->document.citations[0].works[0].locator == "4");  // "p. 4" kept as the locator
    for (const auto& problem : bib->problems) CHECK(problem.severity == Severity::info);
  }
}

// EndNote stores its own records, not CSL-JSON: read into CSL items, the
// works are those the Zotero fields of the same text store.
TEST_CASE("extract: EndNote's records give the works Zotero's CSL-JSON gives") {
  std::istringstream none;
  auto zotero = extract::extract_file((test::samples_dir() / "zotero-fields.docx").string(), none);
  auto endnote = extract::extract_file((test::samples_dir() / "endnote-fields.docx").string(), none);
  REQUIRE(zotero);
  REQUIRE(endnote);
  REQUIRE(endnote->works.size() == zotero->works.size());
  for (std::size_t w = 0; w < zotero->works.size(); ++w) {
    Reference read = endnote->works[w].item;
    Reference stored = zotero->works[w].item;
    CHECK(nlohmann::json::parse(to_csl_json(read).dump()) == nlohmann::json::parse(to_csl_json(stored).dump()));
  }
}

TEST_CASE("extract: an EndNote field without a readable record is read by its text") {
  for (const char* instruction : {" ADDIN EN.CITE <EndNote><Cite><Author>Weller</Author></Cite></EndNote>",
                                  " ADDIN EN.CITE <EndNote><Cite><record><titles>"}) {
    CAPTURE(instruction);
    std::vector<std::string> problems;
    auto items = extract::endnote_citation_items(instruction, problems);
    CHECK(items.empty());
    CHECK(problems.size() == 1);
  }
}
