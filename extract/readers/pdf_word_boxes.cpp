// Reader for pdftotext's -bbox-layout output: XHTML with one <word> element
// per word, inside <line>s and <page>s, with its box. Words whose boxes touch
// are one token ("war." and a superscript "1" become "war.1", as in PDF
// text), so the plain-text notes finder sees what it sees in a PDF.
#include "extract/readers/formats.hpp"

#include "extract/readers/xml_document.hpp"

namespace citekit::extract {
namespace {

// Words closer than this share a token: a fraction of the line's height.
constexpr double kTouchingGap = 0.15;

double number(const pugi::xml_node& node, const char* attribute) { return node.attribute(attribute).as_double(); }

std::string line_text(const pugi::xml_node& line) {
  std::string out;
  double previous_end = 0;
  double height = number(line, "yMax") - number(line, "yMin");
  for (pugi::xml_node word : line.children()) {
    if (local_name(word) != "word") continue;
    if (!out.empty() && number(word, "xMin") - previous_end > kTouchingGap * height) out += ' ';
    out += word.text().get();
    previous_end = number(word, "xMax");
  }
  return out;
}

// Every <line> below `node`, in document order, with its box.
void collect_lines(const pugi::xml_node& node, PagedText& page) {
  for (pugi::xml_node child : node.children()) {
    if (local_name(child) != "line") {
      collect_lines(child, page);
      continue;
    }
    page.text += line_text(child) + "\n";
    page.boxes.push_back(LineBox{number(child, "xMin"), number(child, "xMax"), number(child, "yMin"), number(child, "yMax")});
  }
}

}  // namespace

Result<Document> read_pdf_word_boxes(std::string_view text, const std::string& path, const InputLimits& limits) {
  auto part = load_xml_part(std::string(text), path, "", limits);
  if (!part) return part.error();
  std::vector<PagedText> pages;
  for (pugi::xpath_node page : (*part)->root().select_nodes("//*[local-name()='page']")) {
    pages.emplace_back();
    collect_lines(page.node(), pages.back());
  }
  Document document = read_paged_text(pages, path);
  document.format = "pdftotext-bbox";
  return document;
}

}  // namespace citekit::extract
