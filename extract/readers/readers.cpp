#include "extract/readers/readers.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/encoding.hpp"
#include "extract/readers/formats.hpp"
#include "extract/readers/word_text.hpp"
#include "extract/readers/zip_archive.hpp"

#include <algorithm>
#include <array>
#include <optional>

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

Error unsupported(const std::string& path, std::string_view what) {
  return Error{"unsupported-format", "cannot read " + std::string(what), Position{path, "", 0, 0, 0}};
}

// ---- Containers, by magic bytes ------------------------------------------

struct Magic {
  std::string_view bytes;
  Container container;
};

constexpr std::array<Magic, 5> kMagic{{
    {"PK\x03\x04", Container::zip},
    {"PK\x05\x06", Container::zip},  // an empty archive
    {"%PDF-", Container::pdf},
    {"{\\rtf", Container::rtf},
    {"\xD0\xCF\x11\xE0", Container::ole},  // legacy .doc
}};

Container container_of(std::string_view bytes) {
  for (const auto& magic : kMagic)
    if (starts_with(bytes, magic.bytes)) return magic.container;
  return Container::text;
}

std::string_view to_string(Container container) {
  switch (container) {
    case Container::zip: return "zip";
    case Container::pdf: return "pdf";
    case Container::rtf: return "rtf";
    case Container::ole: return "ole";
    case Container::text: return "text";
  }
  return "text";
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

// ---- What the text shows -------------------------------------------------

// The first element's name and the doctype, skipping the XML declaration,
// comments and processing instructions.
struct MarkupHead {
  std::string doctype;  // lower case
  std::string root;     // as written: "w:document", "article", "p"
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

std::string_view body_of(const ReaderInput& input) { return trim(input.text); }

bool is_markup(const ReaderInput& input) {
  std::string_view body = body_of(input);
  return !body.empty() && body.front() == '<';
}

bool contains(const ReaderInput& input, std::string_view needle) {
  return body_of(input).find(needle) != std::string_view::npos;
}

bool is_html_element(std::string_view name) {
  static constexpr std::array<std::string_view, 36> kNames{
      "html", "head", "body", "meta", "title", "link", "style", "script", "p", "div", "section", "header",
      "main", "nav", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "span",
      "a", "sup", "hr", "br", "blockquote", "pre", "em", "strong", "figure"};
  std::string lower = to_lower_ascii(name);
  return std::find(kNames.begin(), kNames.end(), lower) != kNames.end();
}

bool looks_like_markdown_notes(std::string_view text) {
  static const Regex footnote(R"(\[\^[^\]\s]{1,100}\])");
  return footnote.contains(text);
}

// ---- Detection, one test per row ------------------------------------------

bool always(const ReaderInput&) { return true; }

bool is_docx(const ReaderInput& input) {
  return input.archive->contains("_rels/.rels") || input.archive->contains("word/document.xml");
}

bool is_odt(const ReaderInput& input) {
  return input.archive->contains("mimetype") || input.archive->contains("content.xml");
}

bool is_binary(const ReaderInput& input) { return input.binary; }

bool is_jats(const ReaderInput& input) {
  bool jats_doctype = input.markup_doctype.find("jats") != std::string_view::npos ||
                      input.markup_doctype.find("nlm") != std::string_view::npos;
  return is_markup(input) && input.markup_root == "article" &&
         (jats_doctype || contains(input, "<front>") || contains(input, "dtd-version"));
}

bool is_flat_odt(const ReaderInput& input) {
  std::string_view root = input.markup_root;
  return is_markup(input) && root.size() > 9 && root.substr(root.size() - 9) == ":document" &&
         contains(input, "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
}

bool is_word_boxes(const ReaderInput& input) { return is_markup(input) && contains(input, "<word xMin="); }

bool is_html(const ReaderInput& input) {
  return is_markup(input) && (starts_with(input.markup_doctype, "html") || is_html_element(input.markup_root));
}

bool is_latex(const ReaderInput& input) {
  return contains(input, "\\documentclass") || contains(input, "\\begin{document}");
}

bool is_word_text(const ReaderInput& input) { return looks_like_word_text(input.text); }

bool is_markdown(const ReaderInput& input) {
  return looks_like_markdown_notes(input.text) || ends_with_any(input.path, {".md", ".markdown", ".mdown", ".mkd"});
}

// ---- Reading, one call per row ---------------------------------------------
// XML formats are given the file's own bytes: their declaration names the
// encoding. The others read the text decoded to UTF-8.

Result<Document> docx(const ReaderInput& input) { return read_docx(*input.archive, input.path, input.limits); }
Result<Document> odt(const ReaderInput& input) { return read_odt(*input.archive, input.path, input.limits); }
Result<Document> pdf(const ReaderInput& input) { return read_pdf(input.bytes, input.path, input.limits); }
Result<Document> jats(const ReaderInput& input) { return read_jats(input.bytes, input.path, input.limits); }
Result<Document> flat_odt(const ReaderInput& input) { return read_flat_odt(input.bytes, input.path, input.limits); }
Result<Document> word_boxes(const ReaderInput& input) {
  return read_pdf_word_boxes(input.bytes, input.path, input.limits);
}
Result<Document> html(const ReaderInput& input) { return read_html(input.text, input.path, input.limits); }
Result<Document> word_text(const ReaderInput& input) { return read_word_text(input.text, input.path); }
Result<Document> markdown(const ReaderInput& input) { return read_markdown(input.text, input.path); }
Result<Document> plain_text(const ReaderInput& input) { return read_plain_text(input.text, input.path); }

// ---- Putting it together ---------------------------------------------------

const Reader& detect(const ReaderInput& input) {
  for (const Reader& reader : readers())
    if (reader.container == input.container && reader.detect(input)) return reader;
  return readers().back();  // plain text takes anything
}

// The text's markup head, kept for the input's views.
void look_at_text(ReaderInput& input, MarkupHead& head) {
  if (!is_markup(input)) return;
  head = markup_head(body_of(input));
  input.markup_root = head.root;
  input.markup_doctype = head.doctype;
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
// How many of the strings (and the links' texts and URLs) held invalid UTF-8.
std::size_t make_valid_utf8(std::initializer_list<std::string*> texts, std::vector<Hyperlink>& links) {
  std::size_t invalid = 0;
  for (std::string* text : texts) invalid += make_valid_utf8(*text);
  for (Hyperlink& link : links) invalid += make_valid_utf8(link.text) + make_valid_utf8(link.url);
  return invalid;
}

void ensure_valid_utf8(Document& document) {
  for (Note& note : document.notes) {
    if (make_valid_utf8({&note.text, &note.id, &note.source_id}, note.links) > 0)
      document.problems.push_back(Problem{Severity::warning, "invalid-utf8",
                                          std::string(to_string(note.kind)) + " " + note.id +
                                              " holds invalid UTF-8, replaced by U+FFFD",
                                          note.position, note.id});
  }
  for (ListEntry& entry : document.entries) {
    if (make_valid_utf8({&entry.text, &entry.id, &entry.label}, entry.links) > 0)
      document.problems.push_back(Problem{Severity::warning, "invalid-utf8",
                                          "a reference list's entry holds invalid UTF-8, replaced by U+FFFD",
                                          entry.position, {}});
  }
  for (ReferenceList& list : document.lists) make_valid_utf8(list.heading);
  for (TextCitation& citation : document.citations) {
    make_valid_utf8(citation.text);
    for (CitedWork& work : citation.works) {
      for (std::string* text : {&work.key, &work.number, &work.year, &work.locator}) make_valid_utf8(*text);
      for (std::string& name : work.names) make_valid_utf8(name);
    }
  }
  for (Marker& marker : document.markers)
    if (make_valid_utf8(marker.id))
      document.problems.push_back(Problem{Severity::warning, "invalid-utf8",
                                          "a note marker's id holds invalid UTF-8, replaced by U+FFFD",
                                          marker.position, marker.id});
}

std::string_view expected_notes(std::string_view format) {
  for (const Reader& reader : readers())
    if (reader.name == format) return reader.expected_notes;
  return "";
}

}  // namespace

const std::vector<Reader>& readers() {
  using C = Container;
  static const std::vector<Reader> table = {
      {"docx", C::zip, is_docx, docx, "", ""},
      {"odt", C::zip, is_odt, odt, "", ""},
      {"zip", C::zip, always, nullptr,
       "a zip archive that is neither a Word (.docx) nor an OpenDocument (.odt) document", ""},
      {"pdf", C::pdf, always, pdf, "", ""},
      {"rtf", C::rtf, always, nullptr, "RTF documents; save the document as .docx", ""},
      {"doc", C::ole, always, nullptr, "legacy Word (.doc) documents; save the document as .docx", ""},
      {"binary", C::text, is_binary, nullptr, "binary data of an unknown format", ""},
      {"jats", C::text, is_jats, jats, "", ""},
      {"fodt", C::text, is_flat_odt, flat_odt, "", ""},
      {"pdftotext-bbox", C::text, is_word_boxes, word_boxes, "", ""},
      {"html", C::text, is_html, html, "", ""},
      {"xml", C::text, is_markup, nullptr, "this XML document (neither JATS, HTML nor OpenDocument)", ""},
      {"latex", C::text, is_latex, nullptr, "LaTeX documents; convert them first (e.g. to .docx or Markdown)", ""},
      {"word-text", C::text, is_word_text, word_text, "", " (expected \"[endnoteRef:N]\" and \"[N: text]\")"},
      {"markdown", C::text, is_markdown, markdown, "", " (expected \"[^id]\" and \"[^id]: text\")"},
      {"text", C::text, always, plain_text, "", " (expected numbered notes after the text, e.g. under \"Notes\")"},
  };
  return table;
}

std::string detect_format(std::string_view bytes) { return std::string(to_string(container_of(bytes))); }

std::string detect_text_format(std::string_view text, const std::string& path) {
  InputLimits limits;
  ReaderInput input{text, Container::text, nullptr, false, text, {}, {}, path, limits};
  MarkupHead head;
  look_at_text(input, head);
  return std::string(detect(input).name);
}

Result<Document> read_with_detected_reader(std::string_view bytes, const std::string& path, const InputLimits& limits) {
  ReaderInput input{bytes, container_of(bytes), nullptr, false, {}, {}, {}, path, limits};
  std::optional<ZipArchive> archive;
  std::optional<DecodedText> decoded;
  MarkupHead head;
  if (input.container == Container::zip) {
    auto opened = ZipArchive::open(bytes, path, limits);
    if (!opened) return opened.error();
    archive.emplace(std::move(*opened));
    input.archive = &*archive;
  }
  if (input.container == Container::text) {
    input.binary = looks_binary(bytes);
    if (!input.binary) {
      decoded.emplace(decode_text(bytes, path));
      input.text = decoded->text;
      look_at_text(input, head);
    }
  }
  const Reader& reader = detect(input);
  if (!reader.read) return unsupported(path, reader.refusal);
  Result<Document> document = reader.read(input);
  if (!document) return document;
  if (decoded) {
    document->encoding = decoded->encoding;
    document->problems.insert(document->problems.begin(), decoded->problems.begin(), decoded->problems.end());
  }
  ensure_valid_utf8(*document);
  bool cites_nothing = document->markers.empty() && document->notes.empty() && document->entries.empty() &&
                       document->citations.empty();
  if (cites_nothing)
    document->problems.push_back(Problem{Severity::warning, "no-notes",
                                         "no note markers or note bodies found, and no reference list" +
                                             std::string(expected_notes(document->format)),
                                         Position{path, "", 0, 0, 0}, {}});
  return document;
}

}  // namespace citekit::extract
