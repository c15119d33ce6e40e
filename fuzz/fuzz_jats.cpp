// Any bytes named as a .xml file: content detection, then (mostly) the jats
// reader, then the whole extraction.
#include "extract/extract.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto document = citekit::extract::read_document_bytes(bytes, "fuzz.xml");
  if (document) (void)citekit::extract::build_bibliography(std::move(*document));
  return 0;
}
