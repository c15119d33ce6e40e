#include "tests/cli/cli_runner.hpp"

#include "cli/cli.hpp"
#include "tests/support.hpp"

#include <cerrno>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
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

// In the child between fork and exec: only async-signal-safe calls.
[[noreturn]] void exec_child(const ProcessSettings& settings, const char* working_dir, char* const* argv, int out,
                             int err) {
  int in = ::open("/dev/null", O_RDONLY);
  if (in < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0) ::_exit(126);
  if (settings.max_file_bytes) {
    rlimit limit{*settings.max_file_bytes, *settings.max_file_bytes};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
  }
  if (settings.umask) ::umask(*settings.umask);
  if (settings.user && (::setgroups(0, nullptr) != 0 || ::setgid(*settings.user) != 0 || ::setuid(*settings.user) != 0))
    ::_exit(126);
  if (::chdir(working_dir) != 0) ::_exit(126);
  ::execv(argv[0], argv);
  ::_exit(127);
}

}  // namespace

CliResult run_process(const std::vector<std::string>& args, const ProcessSettings& settings) {
  auto dir = scratch_dir("process-" + std::to_string(::getpid()));
  std::string working_dir = settings.working_dir.empty() ? source_dir().string() : settings.working_dir.string();
  std::vector<std::string> argv_text = {settings.executable};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : argv_text) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int out = ::open((dir / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  int err = ::open((dir / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  pid_t pid = ::fork();
  if (pid == 0) exec_child(settings, working_dir.c_str(), argv.data(), out, err);
  ::close(out);
  ::close(err);
  if (pid < 0) throw std::runtime_error("cannot start " + settings.executable);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
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
