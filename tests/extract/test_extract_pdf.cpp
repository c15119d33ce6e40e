#include "extract/readers/readers.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <vector>

using namespace citekit;

namespace {

// A valid one-page PDF without any text, with a correct cross-reference table.
std::string pdf_without_text() {
  std::vector<std::string> objects{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

TEST_CASE("extract::read_pdf") {
  SECTION("notes on page 2, markers on page 1: positions name the page") {
    auto d = extract::read_with_detected_reader(
        test::read_file(test::shared_dir() / "data/documents/kosovo-mini/e_endnotes_libreoffice.pdf"), "e.pdf", {});
    REQUIRE(d);
    CHECK(d->format == "pdf");
    REQUIRE(d->markers.size() == 3);
    CHECK(d->markers[0].position.to_string() == "e.pdf: page 1: line 2, column 28");
    CHECK(d->notes.at(2).position.part == "page 2");
  }
  SECTION("a PDF without text is an error, not an empty result") {
    auto d = extract::read_with_detected_reader(pdf_without_text(), "scan.pdf", {});
    REQUIRE_FALSE(d);
    CHECK(d.error().describe() ==
          "scan.pdf: the PDF has no text to read (1 page(s) without a text layer: a scan? run OCR on it first)");
  }
  SECTION("a damaged PDF is an error") {
    auto d = extract::read_with_detected_reader("%PDF-1.4\n" + std::string(300, '#'), "broken.pdf", {});
    REQUIRE_FALSE(d);
    CHECK(d.error().describe() == "broken.pdf: not a readable PDF (damaged or truncated?)");
  }
}
