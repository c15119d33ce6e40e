#include "extract/readers/readers.hpp"

#include "extract/readers/word_text.hpp"

namespace citekit::extract {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

Error unsupported(const std::string& path, const std::string& format) {
  return Error{"unsupported-format", "cannot read " + format + " documents", Position{path, "", 0, 0, 0}};
}

}  // namespace

std::string detect_format(std::string_view bytes) {
  if (starts_with(bytes, "PK\x03\x04")) return "zip";
  if (starts_with(bytes, "%PDF-")) return "pdf";
  if (starts_with(bytes, "{\\rtf")) return "rtf";
  if (starts_with(bytes, "\xD0\xCF\x11\xE0")) return "ole";  // legacy .doc
  return "text";
}

Result<Document> read_with_detected_reader(std::string_view bytes, const std::string& path, const InputLimits&) {
  std::string format = detect_format(bytes);
  if (format != "text") return unsupported(path, format);
  DecodedText decoded = decode_text(bytes, path);
  Document document = read_word_text(decoded.text, path);
  document.encoding = decoded.encoding;
  document.problems.insert(document.problems.begin(), decoded.problems.begin(), decoded.problems.end());
  if (document.markers.empty() && document.notes.empty())
    document.problems.push_back(Problem{Severity::warning, "no-notes",
                                        "no note markers or note bodies found (expected \"[endnoteRef:N]\" and \"[N: text]\")",
                                        Position{path, "", 0, 0, 0}, {}});
  return document;
}

}  // namespace citekit::extract
