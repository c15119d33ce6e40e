#pragma once
// Runs the command line in-process, or the built executable, and captures
// what it prints and returns.

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
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

// How run_process starts the executable.
struct ProcessSettings {
  std::string executable = CITEKIT_EXECUTABLE;
  std::filesystem::path working_dir;            // empty: the source tree
  std::optional<uid_t> user;                    // this user and group (65534: nobody), from root
  std::optional<unsigned long long> max_file_bytes;  // the file size limit (ulimit -f)
  std::optional<mode_t> umask;
};

// The executable with these arguments (no shell), standard input empty.
CliResult run_process(const std::vector<std::string>& args, const ProcessSettings& settings = {});

// The citekit executable running in the background, for what only a real
// process shows (signals): standard input empty, standard output and error
// to files. Killed, if still running, when this goes.
class BackgroundExecutable {
 public:
  explicit BackgroundExecutable(const std::vector<std::string>& args);
  ~BackgroundExecutable();
  BackgroundExecutable(const BackgroundExecutable&) = delete;
  BackgroundExecutable& operator=(const BackgroundExecutable&) = delete;

  void send(int signal);
  // The exit code once it has exited (minus the signal's number when a
  // signal ended it), or nullopt when it still runs after `limit`.
  std::optional<int> wait_for(std::chrono::milliseconds limit);
  std::string out() const;
  std::string err() const;

 private:
  std::filesystem::path dir_;
  pid_t pid_ = -1;
  std::optional<int> exit_code_;
};

}  // namespace citekit::test
