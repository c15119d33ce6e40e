#pragma once
// Runs the command line in-process, or the built executable, and captures
// what it prints and returns.

#include <string>
#include <vector>

namespace citekit::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// cli::run with the given arguments and standard input; the working
// directory is the source tree, so sample paths read as in the README.
CliResult run_cli(const std::vector<std::string>& args, const std::string& input = "");

// The citekit executable as a separate process (exit code as the shell sees it).
CliResult run_executable(const std::string& arguments);

}  // namespace citekit::test
