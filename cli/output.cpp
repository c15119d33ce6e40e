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

namespace citekit::cli {

StreamedOutput::StreamedOutput(const std::string& path, std::ostream& out) : stream_(&out) {
  if (path.empty() || path == "-") return;
  path_ = path;
  temporary_ = path + ".tmp." + std::to_string(::getpid());
  file_ = std::make_unique<std::ofstream>(temporary_, std::ios::binary | std::ios::trunc);
  stream_ = file_.get();
}

StreamedOutput::~StreamedOutput() {
  if (file_ && !committed_) {
    file_.reset();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

Result<bool> StreamedOutput::commit() {
  stream_->flush();
  if (!file_) return true;
  committed_ = true;
  bool written = static_cast<bool>(*file_);
  file_.reset();
  std::error_code error;
  if (written) std::filesystem::rename(temporary_, path_, error);
  if (!written || error) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    return Error{"unwritable-output", "cannot write output file", Position{path_, "", 0, 0, 0}};
  }
  return true;
}

}  // namespace citekit::cli
