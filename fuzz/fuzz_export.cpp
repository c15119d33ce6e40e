// Parse a note, then write its works in every format: each writer must cope
// with whatever the parser makes, and XML/JSON outputs must be well-formed.
#include "export/exporters.hpp"
#include "extract/extract.hpp"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = "Claim.[endnoteRef:1] [1: ";
  text.append(reinterpret_cast<const char*>(data), size);
  text += "] \n";
  auto document = citekit::extract::read_document_bytes(text, "fuzz.txt");
  if (!document) return 0;
  auto bib = citekit::extract::build_bibliography(std::move(*document));
  using citekit::exporting::Format;
  for (Format format : citekit::exporting::all_formats()) {
    std::string out = citekit::exporting::write(bib.works, format);
    if (format == Format::csl_json && nlohmann::json::parse(out, nullptr, false).is_discarded()) std::abort();
    if (format == Format::csl_xml || format == Format::mods) {
      pugi::xml_document xml;
      if (!xml.load_string(out.c_str())) std::abort();
    }
  }
  return 0;
}
