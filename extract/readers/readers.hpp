#pragma once
// The formats citekit reads, one row each (readers.cpp): how a format is
// recognised from the content, and the reader that turns it into a
// Document. Formats it recognises and cannot read have a row too, which says
// what to do instead. Adding a format is a row here and a reader file.

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/input.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

class ZipArchive;

// The containers magic bytes tell apart; a format lives in one of them.
enum class Container { zip, pdf, rtf, ole, text };

// What detection made of the bytes, computed once and shown to every row.
struct ReaderInput {
  std::string_view bytes;           // as in the file
  Container container = Container::text;
  ZipArchive* archive = nullptr;    // opened, for Container::zip
  bool binary = false;              // Container::text, but control bytes throughout
  std::string_view text;            // decoded to UTF-8, for Container::text
  std::string_view markup_root;     // the first element's name ("w:document", "article", "p"), when markup
  std::string_view markup_doctype;  // the doctype, lower case, when markup
  const std::string& path;
  const InputLimits& limits;
};

struct Reader {
  std::string_view name;  // Document::format of what it reads
  Container container;
  bool (*detect)(const ReaderInput& input);  // tried in table order within the container
  Result<Document> (*read)(const ReaderInput& input);  // nullptr: recognised, not read
  std::string_view refusal;         // for read == nullptr: "cannot read " + this
  std::string_view expected_notes;  // said when a document of this format holds no notes
};

// Every format, in the order detection tries them.
const std::vector<Reader>& readers();

// The container the bytes hold, from magic bytes alone: "zip", "pdf", "rtf",
// "ole" (legacy .doc) or "text".
std::string detect_format(std::string_view bytes);

// The format of a text document, from its content (the XML root, HTML tags,
// note syntax); the path's extension only settles Markdown without footnote
// syntax: "html", "pdftotext-bbox", "jats", "fodt", "xml", "latex",
// "word-text", "markdown" or "text".
std::string detect_text_format(std::string_view text, const std::string& path);

Result<Document> read_with_detected_reader(std::string_view bytes, const std::string& path, const InputLimits& limits);

}  // namespace citekit::extract
