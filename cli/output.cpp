#include "cli/output.hpp"

#include <cstdio>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace citekit::cli {
namespace {

Error output_error(const std::string& path, std::string message) {
  return Error{"unwritable-output", std::move(message), Position{path, "", 0, 0, 0}};
}

}  // namespace

Result<std::unique_ptr<StreamingOutput>> StreamingOutput::open(const std::string& path, std::ostream& standard_output) {
  std::unique_ptr<StreamingOutput> output(new StreamingOutput(path, standard_output));
  if (path.empty() || path == "-") return output;
  std::filesystem::path temporary(path);
  temporary += ".tmp." + std::to_string(::getpid());
  output->temporary_ = temporary.string();
  output->file_ = std::make_unique<std::ofstream>(temporary, std::ios::binary | std::ios::trunc);
  if (!*output->file_) return output_error(path, "cannot write output file");
  return output;
}

StreamingOutput::~StreamingOutput() {
  if (committed_ || temporary_.empty()) return;
  file_.reset();
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

Result<bool> StreamingOutput::commit() {
  if (!file_) {
    standard_output_.flush();
    committed_ = true;
    return true;
  }
  file_->flush();
  bool written = static_cast<bool>(*file_);
  file_.reset();
  if (!written) return output_error(path_, "cannot write output file");
  std::error_code error;
  std::filesystem::rename(temporary_, path_, error);
  if (error) return output_error(path_, "cannot replace output file: " + error.message());
  committed_ = true;
  return true;
}

Result<bool> write_output(const std::string& path, const std::string& content, std::ostream& out) {
  auto output = StreamingOutput::open(path, out);
  if (!output) return output.error();
  (*output)->stream() << content;
  return (*output)->commit();
}

}  // namespace citekit::cli
