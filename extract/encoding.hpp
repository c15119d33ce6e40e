#pragma once
// Telling which encoding a text file's bytes are in when they carry no BOM
// and are not UTF-8, and converting them to UTF-8. Used by decode_text.

#include <optional>
#include <string>
#include <string_view>

namespace citekit::extract {

// "UTF-16LE" or "UTF-16BE" when BOM-less bytes have the zero bytes of
// UTF-16 text (mostly Latin script) at every other position.
std::optional<std::string> detect_utf16_without_bom(std::string_view bytes);

struct LegacyText {
  std::string text;       // UTF-8
  std::string encoding;   // as detected: "WINDOWS-1252", "ISO-8859-2", ...
  bool guessed = false;   // the detector had no answer: Windows-1252 assumed
};

// Detects a legacy encoding (uchardet) and converts to UTF-8 (iconv); bytes
// the encoding does not define become U+FFFD. ISO-8859-1 is read as its
// superset Windows-1252, as browsers do.
LegacyText decode_legacy(std::string_view bytes);

}  // namespace citekit::extract
