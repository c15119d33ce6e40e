// The body of Word documents (extract/readers/docx_body.cpp): citations
// that Zotero's and Mendeley's Word plugins keep as fields, and their
// bibliography fields. samples/zotero-fields.docx and mendeley-fields.docx
// are made by tests/citeproc/make_field_documents.py.
#include "core/csl_json.hpp"
#include "export/exporters.hpp"
#include "extract/extract.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

using namespace citekit;

TEST_CASE("extract::docx_body_blocks Zotero and Mendeley fields: items read, linked to the bibliography, exported as stored") {
  for (const char* sample : {"zotero-fields.docx", "mendeley-fields.docx"}) {
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
