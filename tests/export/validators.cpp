#include "tests/export/validators.hpp"

#include <sys/wait.h>

#include <cstdlib>

namespace citekit::test {

std::string shell_quote(const std::filesystem::path& path) {
  std::string out = "'";
  for (char c : path.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int run_command(const std::string& command, const std::filesystem::path& log) {
  int status = std::system((command + " >" + shell_quote(log) + " 2>&1").c_str());
  if (status == -1 || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

bool have_program(const std::string& program) {
  return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

bool have_python_module(const std::string& module) {
  return have_program("python3") &&
         std::system(("python3 -c 'import " + module + "' >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace citekit::test
