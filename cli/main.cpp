#include "cli/cli.hpp"
#include "extract/parse/crf_model.hpp"

#include <cstdlib>
#include <iostream>
#include <string_view>

int main(int argc, char* argv[]) {
  // CITEKIT_VECTORS=portable scores references with the SSE2 kernels even
  // where the processor has AVX2: the labels are the same, the speed is not.
  if (const char* vectors = std::getenv("CITEKIT_VECTORS"); vectors && std::string_view(vectors) == "portable")
    citekit::extract::parsing::CrfModel::use_vectors(citekit::extract::parsing::CrfModel::Vectors::portable);
  return citekit::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout, std::cerr);
}
