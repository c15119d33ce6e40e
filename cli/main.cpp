#include "cli/cli.hpp"

#include <iostream>

int main(int argc, char* argv[]) {
  return citekit::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout, std::cerr);
}
