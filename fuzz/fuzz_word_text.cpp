// Any bytes as a document: decoding, the Word text and plain-text readers,
// the reference lists and citations of the text, the audit, and the whole
// extraction (splitting, parsing, works, linking). Checks the accounting:
// every note's references and list's entries reach the bibliography, every
// reference has a work, every citation of the text a slot per work.
#include "extract/extract.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto document = citekit::extract::read_document_bytes(bytes, "fuzz.txt");
  if (!document) return 0;
  std::size_t notes = document->notes.size(), entries = document->entries.size();
  auto bib = citekit::extract::build_bibliography(std::move(*document));
  if (bib.document.notes.size() != notes || bib.document.entries.size() != entries) std::abort();
  for (const auto& citation : bib.citations) {
    bool from_note = citation.raw.source == citekit::ReferenceSource::note;
    if (citation.work >= bib.works.size() || (from_note ? citation.raw.note >= notes : citation.raw.entry >= entries))
      std::abort();
  }
  if (bib.text_citation_works.size() != bib.document.citations.size()) std::abort();
  for (std::size_t c = 0; c < bib.document.citations.size(); ++c) {
    if (bib.text_citation_works[c].size() != bib.document.citations[c].works.size()) std::abort();
    for (const auto& slot : bib.text_citation_works[c])
      if (slot && *slot >= bib.works.size()) std::abort();
  }
  return 0;
}
