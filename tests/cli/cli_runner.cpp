#include "tests/cli/cli_runner.hpp"

#include "cli/cli.hpp"
#include "tests/support.hpp"

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace citekit::test {

CliResult run_cli(const std::vector<std::string>& args, const std::string& input) {
  std::filesystem::current_path(source_dir());
  std::istringstream in(input);
  std::ostringstream out, err;
  CliResult result;
  result.exit_code = cli::run(args, in, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

CliResult run_executable(const std::string& arguments) {
  // Named by process: ctest runs test cases in parallel processes.
  auto dir = scratch_dir("executable-" + std::to_string(::getpid()));
  std::string command = "cd '" + source_dir().string() + "' && '" CITEKIT_EXECUTABLE "' " + arguments + " > '" +
                        (dir / "out").string() + "' 2> '" + (dir / "err").string() + "'";
  int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(dir / "out");
  result.err = read_file(dir / "err");
  return result;
}

}  // namespace citekit::test
