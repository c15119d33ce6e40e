// PDF reader: poppler's text of each page in reading order (labels that the
// content stream draws last come back beside their note), then the
// plain-text notes finder. Positions name the page ("page 2") and the line
// on it. A PDF without text (a scan) or that cannot be opened is an error;
// notes whose markers cannot be located are reported by the finder.
#include "extract/readers/formats.hpp"

#include "core/text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace citekit::extract {
namespace {

// poppler reports damage on stderr unless told otherwise; the library never
// prints, and a damaged file shows as an error or as missing text instead.
void ignore_poppler_message(const std::string&, void*) {}

void silence_poppler() {
  static const bool silenced = [] {
    poppler::set_debug_error_function(ignore_poppler_message, nullptr);
    return true;
  }();
  (void)silenced;
}

Error pdf_error(const std::string& path, std::string code, std::string message) {
  return Error{std::move(code), std::move(message), Position{path, "", 0, 0, 0}};
}

// Every page's text, clean UTF-8 with invisible characters normalised.
std::vector<std::string> pages_text(poppler::document& document) {
  std::vector<std::string> pages;
  for (int i = 0; i < document.pages(); ++i) {
    std::unique_ptr<poppler::page> page(document.create_page(i));
    std::string text;
    if (page) {
      poppler::byte_array utf8 = page->text(page->page_rect()).to_utf8();
      text.assign(utf8.begin(), utf8.end());
      text.erase(std::remove(text.begin(), text.end(), '\f'), text.end());
    }
    pages.push_back(normalise_invisible(sanitize_utf8(text)));
  }
  return pages;
}

}  // namespace

Result<Document> read_pdf(std::string_view bytes, const std::string& path, const InputLimits&) {
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return pdf_error(path, "input-too-large", "the PDF is too large");
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return pdf_error(path, "corrupt-pdf", "not a readable PDF (damaged or truncated?)");
  if (pdf->is_locked()) return pdf_error(path, "encrypted-pdf", "the PDF is password-protected");
  std::vector<std::string> pages = pages_text(*pdf);
  if (std::all_of(pages.begin(), pages.end(), [](const std::string& page) { return trim(page).empty(); }))
    return pdf_error(path, "pdf-without-text",
                     "the PDF has no text to read (" + std::to_string(pdf->pages()) +
                         " page(s) without a text layer: a scan? run OCR on it first)");
  Document document = read_paged_text(pages, path);
  document.format = "pdf";
  return document;
}

}  // namespace citekit::extract
