// The input as content.xml of an otherwise valid ODT package.
#include "extract/extract.hpp"
#include "fuzz/zip_package.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  std::string odt = citekit::fuzz::make_zip(
      {{"mimetype", "application/vnd.oasis.opendocument.text"},
       {"META-INF/manifest.xml",
        R"(<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
        R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>)"},
       {"content.xml", content}});
  auto document = citekit::extract::read_document_bytes(odt, "fuzz.odt");
  if (document) (void)citekit::extract::build_bibliography(std::move(*document));
  return 0;
}
