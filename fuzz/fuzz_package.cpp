// Any bytes as a whole DOCX or ODT file: libzip's reading of the central
// directory and of each member under citekit's caps (entries, member and
// total inflated sizes, unsafe names), then the package's reader.
#include "extract/extract.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  citekit::extract::Options options;
  // Small caps, so that the fuzzer reaches them rather than the memory limit.
  options.limits.max_zip_entries = 200;
  options.limits.max_member_bytes = 1 << 20;
  options.limits.max_inflated_bytes = 4 << 20;
  auto document = citekit::extract::read_document_bytes(bytes, "fuzz.docx", options);
  if (document) (void)citekit::extract::build_bibliography(std::move(*document), options);
  return 0;
}
