#include "cli/cli.hpp"
#include "extract/parse/crf_model.hpp"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string_view>

int main(int argc, char* argv[]) {
  // Past the file size limit (ulimit -f) a write then fails with EFBIG, which
  // the output reports with the old file kept, instead of the signal's
  // default: killing the process with the temporary file left behind.
  std::signal(SIGXFSZ, SIG_IGN);
  // CITEKIT_VECTORS=portable scores references with the SSE2 kernels even
  // where the processor has AVX2: the labels are the same, the speed is not.
  if (const char* vectors = std::getenv("CITEKIT_VECTORS"); vectors && std::string_view(vectors) == "portable")
    citekit::extract::parsing::CrfModel::use_vectors(citekit::extract::parsing::CrfModel::Vectors::portable);
  return citekit::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout, std::cerr);
}
