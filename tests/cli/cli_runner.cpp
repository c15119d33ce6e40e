#include "tests/cli/cli_runner.hpp"

#include "cli/cli.hpp"
#include "tests/support.hpp"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
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

namespace {

// A folder of its own for each background process, even in parallel tests.
std::filesystem::path background_dir() {
  static int started = 0;
  return scratch_dir("background-" + std::to_string(::getpid()) + "-" + std::to_string(++started));
}

}  // namespace

BackgroundExecutable::BackgroundExecutable(const std::vector<std::string>& args) : dir_(background_dir()) {
  std::vector<std::string> argv_text = {CITEKIT_EXECUTABLE};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : argv_text) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&files, 1, (dir_ / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&files, 2, (dir_ / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int spawned = posix_spawn(&pid_, CITEKIT_EXECUTABLE, &files, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&files);
  if (spawned != 0) throw std::runtime_error("cannot start " CITEKIT_EXECUTABLE);
}

BackgroundExecutable::~BackgroundExecutable() {
  if (!exit_code_) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

void BackgroundExecutable::send(int signal) { ::kill(pid_, signal); }

std::optional<int> BackgroundExecutable::wait_for(std::chrono::milliseconds limit) {
  auto give_up = std::chrono::steady_clock::now() + limit;
  while (!exit_code_) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    } else if (std::chrono::steady_clock::now() >= give_up) {
      return std::nullopt;
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  return exit_code_;
}

std::string BackgroundExecutable::out() const { return read_file(dir_ / "out"); }
std::string BackgroundExecutable::err() const { return read_file(dir_ / "err"); }

}  // namespace citekit::test
