#pragma once
// Running the external schema validators (jing, xmllint, python3's
// jsonschema) on exported files, when they are installed.

#include <filesystem>
#include <string>

namespace citekit::test {

// Whether `program` is on the PATH.
bool have_program(const std::string& program);
// Whether python3 can import `module`.
bool have_python_module(const std::string& module);

// Runs `command` through the shell, its output (stdout and stderr) into
// `log`; returns the exit status, -1 when it could not run.
int run_command(const std::string& command, const std::filesystem::path& log);

// `path` in single quotes for the shell.
std::string shell_quote(const std::filesystem::path& path);

}  // namespace citekit::test
