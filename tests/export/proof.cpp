#include "tests/export/proof.hpp"

#include "tests/support.hpp"

namespace citekit::test {

std::filesystem::path write_export(const Corpus& corpus, exporting::Format format, const std::string& tool) {
  auto dir = scratch_dir("export-" + tool + "-" + corpus.name);
  auto file = dir / ("works" + std::string(exporting::file_extension(format)));
  write_file(file, exporting::write(corpus.works, format));
  return file;
}

}  // namespace citekit::test
