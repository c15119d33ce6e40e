// The input as word/endnotes.xml of an otherwise valid DOCX whose body cites
// endnotes 1 to 3: the DOCX reader's XML walk (runs, fields, hyperlinks,
// tracked changes, citation-manager fields) on any XML.
#include "extract/extract.hpp"
#include "fuzz/zip_package.hpp"

#include <cstdint>
#include <string>

namespace {

const char* kContentTypes =
    R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>)";
const char* kRootRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
const char* kDocumentRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>)";
const char* kDocument =
    R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>)"
    R"(<w:r><w:t>One.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:t>Two.</w:t></w:r>)"
    R"(<w:r><w:endnoteReference w:id="2"/></w:r><w:r><w:endnoteReference w:id="3"/></w:r></w:p></w:body></w:document>)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string endnotes(reinterpret_cast<const char*>(data), size);
  std::string docx = citekit::fuzz::make_zip({{"[Content_Types].xml", kContentTypes},
                                              {"_rels/.rels", kRootRels},
                                              {"word/document.xml", kDocument},
                                              {"word/_rels/document.xml.rels", kDocumentRels},
                                              {"word/endnotes.xml", endnotes}});
  auto document = citekit::extract::read_document_bytes(docx, "fuzz.docx");
  if (document) (void)citekit::extract::build_bibliography(std::move(*document));
  return 0;
}
