#include "tests/export/validators.hpp"

#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <sys/wait.h>

#include <cstdlib>

namespace citekit::test {
namespace {

constexpr const char* kInstallHint = " (tools/install-deps.sh installs it)";

bool on_path(const std::string& program) {
  return std::system(("command -v " + shell_quote(program) + " >/dev/null 2>&1").c_str()) == 0;
}

std::filesystem::path node_dir() { return source_dir() / "tools/node"; }

}  // namespace

std::string shell_quote(const std::filesystem::path& path) {
  std::string out = "'";
  for (char c : path.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void require_program(const std::string& program) {
  if (!on_path(program)) FAIL(program << " is not installed" << kInstallHint);
}

std::filesystem::path require_node_program(const std::string& name) {
  require_program("node");
  auto path = node_dir() / "node_modules/.bin" / name;
  if (!std::filesystem::exists(path)) FAIL(path.string() << " is not installed" << kInstallHint);
  return path;
}

std::string require_node_script(const std::string& name) {
  require_program("node");
  if (!std::filesystem::exists(node_dir() / "node_modules"))
    FAIL("the npm packages in " << node_dir().string() << " are not installed" << kInstallHint);
  return "node " + shell_quote(node_dir() / name);
}

CommandRun run_command(const std::string& command, const std::filesystem::path& directory,
                       const std::filesystem::path& log) {
  std::string line = "cd " + shell_quote(directory) + " && " + command;
  int status = std::system(("(" + line + ") >" + shell_quote(log) + " 2>&1 </dev/null").c_str());
  CommandRun run;
  run.output = read_file(log);
  if (status != -1 && WIFEXITED(status)) run.status = WEXITSTATUS(status);
  return run;
}

}  // namespace citekit::test
