#pragma once
// Running the real readers of citekit's exports (biber, pdflatex and
// bibtex, pandoc, jing, xmllint, and the npm packages in tools/node) from
// tests. A reader that is not installed fails the test: tools/install-deps.sh
// installs them all, and a proof that was never run is no proof.

#include <filesystem>
#include <string>

namespace citekit::test {

// Fails the running test unless `program` is on the PATH.
void require_program(const std::string& program);
// `name` in tools/node/node_modules/.bin (ajv), failing the running test
// unless it and node are installed.
std::filesystem::path require_node_program(const std::string& name);
// The script `name` in tools/node run by node ("node '…/read-ris.js'"),
// failing the running test unless node and the packages it needs are there.
std::string require_node_script(const std::string& name);

struct CommandRun {
  int status = -1;      // the exit status; -1 when it could not run
  std::string output;   // standard output and error, interleaved
};

// Runs `command` through the shell in `directory`, keeping its output in
// `log` too.
CommandRun run_command(const std::string& command, const std::filesystem::path& directory,
                       const std::filesystem::path& log);

// `path` in single quotes for the shell.
std::string shell_quote(const std::filesystem::path& path);

}  // namespace citekit::test
