#include "extract/readers/readers.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/encoding.hpp"
#include "extract/readers/formats.hpp"
#include "extract/readers/word_text.hpp"
#include "extract/readers/zip_archive.hpp"

#include <array>

namespace citekit::extract {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

bool ends_with_any(const std::string& path, std::initializer_list<std::string_view> suffixes) {
  std::string lower = to_lower_ascii(path);
  for (auto suffix : suffixes)
    if (lower.size() >= suffix.size() && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}

Error unsupported(const std::string& path, const std::string& what) {
  return Error{"unsupported-format", "cannot read " + what, Position{path, "", 0, 0, 0}};
}

// The first element's name and the doctype, skipping the XML declaration,
// comments and processing instructions.
struct MarkupHead {
  std::string doctype;   // lower case
  std::string root;      // as written: "w:document", "article", "p"
};

MarkupHead markup_head(std::string_view text) {
  static const Regex item(R"(\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype\s+(?<doctype>[^>\[]*)(?:\[.*?\]\s*)?>|<(?<root>[A-Za-z][\w:.-]*)))",
                          Regex::caseless | Regex::dotall);
  MarkupHead head;
  std::size_t pos = 0;
  while (auto m = item.match_at(text.substr(0, 1 << 16), pos)) {
    if (m->end() == pos) break;
    pos = m->end();
    if (m->has(item.group("doctype"))) head.doctype = to_lower_ascii(m->str(item.group("doctype")));
    if (m->has(item.group("root"))) {
      head.root = std::string(m->str(item.group("root")));
      break;
    }
  }
  return head;
}

bool is_html_element(std::string_view name) {
  static constexpr std::array<std::string_view, 36> kNames{
      "html", "head", "body", "meta", "title", "link", "style", "script", "p", "div", "section", "header",
      "main", "nav", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "span",
      "a", "sup", "hr", "br", "blockquote", "pre", "em", "strong", "figure"};
  std::string lower = to_lower_ascii(name);
  return std::find(kNames.begin(), kNames.end(), lower) != kNames.end();
}

std::string markup_format(std::string_view text) {
  MarkupHead head = markup_head(text);
  bool jats_doctype = head.doctype.find("jats") != std::string::npos || head.doctype.find("nlm") != std::string::npos;
  if (head.root == "article" && (jats_doctype || text.find("<front>") != std::string_view::npos ||
                                 text.find("dtd-version") != std::string_view::npos))
    return "jats";
  if (head.root.size() > 9 && head.root.compare(head.root.size() - 9, 9, ":document") == 0 &&
      text.find("urn:oasis:names:tc:opendocument:xmlns:office:1.0") != std::string_view::npos)
    return "fodt";
  if (text.find("<word xMin=") != std::string_view::npos) return "pdftotext-bbox";
  if (starts_with(head.doctype, "html") || is_html_element(head.root)) return "html";
  return "xml";
}

bool looks_like_markdown_notes(std::string_view text) {
  static const Regex footnote(R"(\[\^[^\]\s]{1,100}\])");
  return footnote.contains(text);
}

// The members that tell Word and OpenDocument packages apart.
std::string zip_format(const ZipArchive& archive) {
  if (archive.contains("_rels/.rels") || archive.contains("word/document.xml")) return "docx";
  if (archive.contains("mimetype") || archive.contains("content.xml")) return "odt";
  return "zip";
}

Result<Document> read_zip(std::string_view bytes, const std::string& path, const InputLimits& limits) {
  auto archive = ZipArchive::open(bytes, path, limits);
  if (!archive) return archive.error();
  std::string format = zip_format(*archive);
  if (format == "docx") return read_docx(*archive, path, limits);
  if (format == "odt") return read_odt(*archive, path, limits);
  return unsupported(path, "a zip archive that is neither a Word (.docx) nor an OpenDocument (.odt) document");
}

// Control bytes other than tabs, line ends and page breaks are rare in text
// in any 8-bit encoding; UTF-16 (many zero bytes) is told apart first.
bool looks_binary(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, 4096);
  if (sample.empty() || starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF") ||
      detect_utf16_without_bom(bytes))
    return false;
  std::size_t control = 0;
  for (char c : sample)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  return control * 20 > sample.size();
}

Result<Document> read_text(std::string_view bytes, const std::string& path, const InputLimits& limits) {
  if (looks_binary(bytes)) return unsupported(path, "binary data of an unknown format");
  DecodedText decoded = decode_text(bytes, path);
  std::string format = detect_text_format(decoded.text, path);
  Result<Document> document = unsupported(path, "this XML document (neither JATS, HTML nor OpenDocument)");
  // XML parts are given their original bytes: their declaration names the encoding.
  if (format == "jats") document = read_jats(bytes, path, limits);
  else if (format == "fodt") document = read_flat_odt(bytes, path, limits);
  else if (format == "pdftotext-bbox") document = read_pdf_word_boxes(bytes, path, limits);
  else if (format == "html") document = read_html(decoded.text, path, limits);
  else if (format == "word-text") document = read_word_text(decoded.text, path);
  else if (format == "markdown") document = read_markdown(decoded.text, path);
  else if (format == "text") document = read_plain_text(decoded.text, path);
  else if (format == "latex") return unsupported(path, "LaTeX documents; convert them first (e.g. to .docx or Markdown)");
  if (!document) return document;
  document->encoding = decoded.encoding;
  document->problems.insert(document->problems.begin(), decoded.problems.begin(), decoded.problems.end());
  return document;
}

// Replaces invalid UTF-8 in `text`; true when there was some.
bool make_valid_utf8(std::string& text) {
  if (!first_invalid_utf8(text)) return false;
  text = sanitize_utf8(text);
  return true;
}

// Text decoded by citekit is clean UTF-8 already; XML parts and citation
// fields pass on whatever bytes the file holds. Every string leaving a
// reader is UTF-8 (exporters and JSON need it), and a note that held
// invalid bytes is reported at its position rather than dropped.
void ensure_valid_utf8(Document& document) {
  for (Note& note : document.notes) {
    std::size_t invalid = 0;
    for (std::string* text : {&note.text, &note.id, &note.source_id}) invalid += make_valid_utf8(*text);
    for (Hyperlink& link : note.links) {
      invalid += make_valid_utf8(link.text);
      invalid += make_valid_utf8(link.url);
    }
    if (invalid > 0)
      document.problems.push_back(Problem{Severity::warning, "invalid-utf8",
                                          std::string(to_string(note.kind)) + " " + note.id +
                                              " holds invalid UTF-8, replaced by U+FFFD",
                                          note.position, note.id});
  }
  for (Marker& marker : document.markers)
    if (make_valid_utf8(marker.id))
      document.problems.push_back(Problem{Severity::warning, "invalid-utf8",
                                          "a note marker's id holds invalid UTF-8, replaced by U+FFFD",
                                          marker.position, marker.id});
}

const char* expected_notes(const std::string& format) {
  if (format == "word-text") return " (expected \"[endnoteRef:N]\" and \"[N: text]\")";
  if (format == "text") return " (expected numbered notes after the text, e.g. under \"Notes\")";
  if (format == "markdown") return " (expected \"[^id]\" and \"[^id]: text\")";
  return "";
}

}  // namespace

std::string detect_format(std::string_view bytes) {
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) return "zip";
  if (starts_with(bytes, "%PDF-")) return "pdf";
  if (starts_with(bytes, "{\\rtf")) return "rtf";
  if (starts_with(bytes, "\xD0\xCF\x11\xE0")) return "ole";  // legacy .doc
  return "text";
}

std::string detect_text_format(std::string_view text, const std::string& path) {
  std::string_view body = trim(text);
  if (!body.empty() && body.front() == '<') return markup_format(body);
  if (body.find("\\documentclass") != std::string_view::npos || body.find("\\begin{document}") != std::string_view::npos)
    return "latex";
  if (looks_like_word_text(text)) return "word-text";
  if (looks_like_markdown_notes(text) || ends_with_any(path, {".md", ".markdown", ".mdown", ".mkd"})) return "markdown";
  return "text";
}

Result<Document> read_with_detected_reader(std::string_view bytes, const std::string& path, const InputLimits& limits) {
  std::string container = detect_format(bytes);
  Result<Document> document = unsupported(path, "this file");
  if (container == "zip") document = read_zip(bytes, path, limits);
  else if (container == "pdf") document = read_pdf(bytes, path, limits);
  else if (container == "text") document = read_text(bytes, path, limits);
  else if (container == "rtf") return unsupported(path, "RTF documents; save the document as .docx");
  else return unsupported(path, "legacy Word (.doc) documents; save the document as .docx");
  if (!document) return document;
  ensure_valid_utf8(*document);
  if (document->markers.empty() && document->notes.empty())
    document->problems.push_back(Problem{Severity::warning, "no-notes",
                                         "no note markers or note bodies found" +
                                             std::string(expected_notes(document->format)),
                                         Position{path, "", 0, 0, 0}, {}});
  return document;
}

}  // namespace citekit::extract
