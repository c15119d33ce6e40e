// One note's text: what it is for, splitting its citing stretch into
// references, their lead-ins, then parsing each.
#include "core/document.hpp"
#include "extract/note_purpose.hpp"
#include "extract/parse/parse.hpp"
#include "extract/split.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  citekit::Note note;
  note.id = "1";
  note.text.assign(reinterpret_cast<const char*>(data), size);
  auto reading = citekit::extract::read_note_purpose(note.text, false);
  if (reading.begin > reading.end || reading.end > note.text.size()) std::abort();
  for (const auto& [begin, end] : citekit::extract::reference_spans(note.text))
    if (begin > end || end > note.text.size()) std::abort();
  for (auto raw : citekit::extract::split_references(note, 0, {}, {reading.begin, reading.end})) {
    std::size_t lead = citekit::extract::lead_in_bytes(raw.text);
    if (lead > raw.text.size()) std::abort();
    (void)citekit::extract::parse_reference(raw.text.substr(lead), {citekit::DateOrder::unknown});
  }
  return 0;
}
