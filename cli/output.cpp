#include "cli/output.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace citekit::cli {

Result<bool> write_output(const std::string& path, const std::string& content, std::ostream& out) {
  if (path.empty() || path == "-") {
    out << content;
    out.flush();
    return true;
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path temporary = target;
  temporary += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << content;
    file.flush();
    if (!file) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return Error{"unwritable-output", "cannot write output file", Position{path, "", 0, 0, 0}};
    }
  }
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return Error{"unwritable-output", "cannot replace output file: " + error.message(), Position{path, "", 0, 0, 0}};
  }
  return true;
}

}  // namespace citekit::cli
