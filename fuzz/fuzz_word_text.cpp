// Any bytes as a document: decoding, the Word text reader, the audit, and the
// whole extraction (splitting, parsing, works). Checks the accounting: every
// note's references reach the bibliography and every citation has a work.
#include "extract/extract.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto document = citekit::extract::read_document_bytes(bytes, "fuzz.txt");
  if (!document) return 0;
  std::size_t notes = document->notes.size();
  auto bib = citekit::extract::build_bibliography(std::move(*document));
  if (bib.document.notes.size() != notes) std::abort();
  for (const auto& citation : bib.citations)
    if (citation.work >= bib.works.size() || citation.raw.note >= notes) std::abort();
  return 0;
}
