#pragma once
// One reader per document format, each in its own file; readers.cpp is the
// one place that decides which to call. Every reader returns the same
// Document (markers, notes, problems), so that everything downstream works
// unchanged on every format. Text readers take UTF-8 from decode_text;
// container readers take the raw bytes and report errors with the part.

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/input.hpp"
#include "extract/lists/blocks.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

class ZipArchive;

// Word (.docx): endnotes and footnotes parts found through the package's relationships.
Result<Document> read_docx(ZipArchive& archive, const std::string& path, const InputLimits& limits);
// OpenDocument text (.odt) and its flat XML form (.fodt).
Result<Document> read_odt(ZipArchive& archive, const std::string& path, const InputLimits& limits);
Result<Document> read_flat_odt(std::string_view text, const std::string& path, const InputLimits& limits);
// JATS XML articles: <fn> notes and the <ref-list>.
Result<Document> read_jats(std::string_view text, const std::string& path, const InputLimits& limits);
// HTML from pandoc, cmark-gfm, markdown-it, LibreOffice, Word and Wikipedia.
Result<Document> read_html(std::string_view text, const std::string& path, const InputLimits& limits);
// Markdown footnotes ([^id] and [^id]: text), pandoc and GitHub style.
Document read_markdown(std::string_view text, const std::string& path);
// PDF text in reading order, then the plain-text notes finder.
Result<Document> read_pdf(std::string_view bytes, const std::string& path, const InputLimits& limits);
// pdftotext's word boxes (-bbox-layout XHTML), then the plain-text notes finder.
Result<Document> read_pdf_word_boxes(std::string_view text, const std::string& path, const InputLimits& limits);
// Plain text: a numbered notes section at the end, markers matched by number.
Document read_plain_text(std::string_view text, const std::string& path);
// One page of a paged document: its text and, when known, where each of its
// lines stands (boxes[k] for line k; empty when not known).
struct PagedText {
  std::string text;
  std::vector<LineBox> boxes;
};

// Text of a paged document (PDF): read as plain text, with positions given
// as the page ("page 2") and the line on it.
Document read_paged_text(const std::vector<PagedText>& pages, const std::string& path);

}  // namespace citekit::extract
