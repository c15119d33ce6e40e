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
#include <cctype>
#include <string_view>
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

// A word of a page, where it stands.
struct PageWord {
  std::string text;
  double left, right, top, bottom;
  bool space_after;  // the PDF puts a space after it
};

// "3", "3,5", "3–7": what a superscript citation or note marker shows.
bool is_number_list(std::string_view text) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) return false;
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = next_code_point(text, at);
    if (!(c >= '0' && c <= '9') && c != ',' && c != '-' && c != U'–') return false;
  }
  return true;
}

// Digits raised in small print, as Unicode writes them: "³⁻⁵".
std::string as_superscript(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t before = at;
    char32_t c = next_code_point(text, at);
    if (c >= '0' && c <= '9') out += kSuperscriptDigits[c - '0'];
    else if (c == '-' || c == U'–') out += "⁻";
    else out += text.substr(before, at - before);
  }
  return out;
}

// A line gathered from a page's words (not always in reading order: a
// margin's labels may come after the lines they open).
struct LineBuilder {
  std::vector<PageWord> words;
  LineBox box;

  // Whether `word` goes on this line: it overlaps the middle of the line's
  // height (a superscript does too) and stands close before or after it.
  bool takes(const poppler::rectf& word) const {
    double top = word.y(), bottom = word.y() + word.height();
    double middle = (box.top + box.bottom) / 2, height = box.bottom - box.top;
    bool overlaps = top <= middle + 1 && bottom >= middle - 1;
    bool after = word.x() >= box.right - 2 && word.x() - box.right < 3 * height;
    bool before = word.x() + word.width() <= box.left + 2 && box.left - (word.x() + word.width()) < 3 * height;
    return overlaps && (after || before);
  }
  void add(const poppler::rectf& word, std::string_view text, bool space_after) {
    if (words.empty()) box = LineBox{word.x(), word.x() + word.width(), word.y(), word.y() + word.height()};
    box.left = std::min(box.left, word.x());
    box.right = std::max(box.right, word.x() + word.width());
    // A superscript does not widen the line's height: its middle stays the text's.
    if (word.height() * 1.5 > box.bottom - box.top) {
      box.top = std::min(box.top, word.y());
      box.bottom = std::max(box.bottom, word.y() + word.height());
    }
    words.push_back(
        PageWord{std::string(text), word.x(), word.x() + word.width(), word.y(), word.y() + word.height(), space_after});
  }
  // A number after a word, in smaller print and raised: a superscript
  // citation or note marker.
  bool is_superscript(std::size_t i) const {
    const PageWord& word = words[i];
    double height = box.bottom - box.top;
    return i > 0 && word.bottom - word.top < 0.8 * height && word.bottom < box.bottom - 0.15 * height &&
           is_number_list(word.text);
  }

  // The words left to right; a gap wider than a letter's sliver is a space,
  // whatever the PDF says; superscript numbers in superscript digits.
  std::string text() {
    std::stable_sort(words.begin(), words.end(), [](const PageWord& a, const PageWord& b) { return a.left < b.left; });
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
      bool superscript = is_superscript(i);
      bool gap = words[i].left - words[i - (i > 0)].right > 0.15 * (box.bottom - box.top);
      if (i > 0 && !superscript && (words[i - 1].space_after || gap)) out += ' ';
      out += superscript ? as_superscript(words[i].text) : words[i].text;
    }
    return out;
  }
};

// How far back a word looks for the line it goes on (labels in a margin
// column come before the lines they open).
constexpr std::size_t kLinesLookedBack = 64;

// A page's lines built from its words, top to bottom, each with where it
// stands; clean UTF-8 with invisible characters normalised.
PagedText page_text(poppler::page& page) {
  std::vector<LineBuilder> lines;
  for (const poppler::text_box& word : page.text_list()) {
    poppler::byte_array utf8 = word.text().to_utf8();
    std::string_view text(utf8.data(), utf8.size());
    poppler::rectf box = word.bbox();
    auto looked = lines.rbegin() + static_cast<std::ptrdiff_t>(std::min(lines.size(), kLinesLookedBack));
    auto line = std::find_if(lines.rbegin(), looked, [&](const LineBuilder& candidate) { return candidate.takes(box); });
    if (line == looked) {
      lines.emplace_back();
      lines.back().add(box, text, word.has_space_after());
    } else {
      line->add(box, text, word.has_space_after());
    }
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const LineBuilder& a, const LineBuilder& b) { return a.box.top < b.box.top; });
  PagedText out;
  for (LineBuilder& line : lines) {
    std::string text = normalise_invisible(sanitize_utf8(line.text()));
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::replace(text.begin(), text.end(), '\f', ' ');
    out.text += text + "\n";
    out.boxes.push_back(line.box);
  }
  return out;
}

// Every page's text and its lines' places.
std::vector<PagedText> pages_text(poppler::document& document) {
  std::vector<PagedText> pages;
  for (int i = 0; i < document.pages(); ++i) {
    std::unique_ptr<poppler::page> page(document.create_page(i));
    pages.push_back(page ? page_text(*page) : PagedText{});
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
  std::vector<PagedText> pages = pages_text(*pdf);
  if (std::all_of(pages.begin(), pages.end(), [](const PagedText& page) { return trim(page.text).empty(); }))
    return pdf_error(path, "pdf-without-text",
                     "the PDF has no text to read (" + std::to_string(pdf->pages()) +
                         " page(s) without a text layer: a scan? run OCR on it first)");
  Document document = read_paged_text(pages, path);
  document.format = "pdf";
  return document;
}

}  // namespace citekit::extract
