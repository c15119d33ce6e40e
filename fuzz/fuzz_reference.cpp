// One note's text: splitting into references, then parsing each.
#include "core/document.hpp"
#include "extract/parse/parse.hpp"
#include "extract/split.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citekit::Note note;
  note.id = "1";
  note.text.assign(reinterpret_cast<const char*>(data), size);
  for (const auto& [begin, end] : citekit::extract::reference_spans(note.text))
    if (begin > end || end > note.text.size()) std::abort();
  for (const auto& raw : citekit::extract::split_references(note, 0))
    (void)citekit::extract::parse_reference(raw.text, {citekit::DateOrder::unknown});
  return 0;
}
