#pragma once
// Where a command's result goes: standard output, or a file written
// atomically (a temporary file renamed into place), so that an interrupted
// run never leaves a half-written export behind.

#include "core/result.hpp"

#include <fstream>
#include <memory>
#include <ostream>
#include <string>

namespace citekit::cli {

// Output written as it is produced (memory stays flat however long it is):
// to standard output, or to a temporary file that commit() renames over
// `path`. Destroyed uncommitted, it removes the temporary file.
class StreamingOutput {
 public:
  // `path` empty or "-" means standard output.
  static Result<std::unique_ptr<StreamingOutput>> open(const std::string& path, std::ostream& standard_output);
  ~StreamingOutput();
  StreamingOutput(const StreamingOutput&) = delete;
  StreamingOutput& operator=(const StreamingOutput&) = delete;

  std::ostream& stream() { return file_ ? *file_ : standard_output_; }
  // True when writing to the standard output stream given.
  bool to_standard_output() const { return !file_; }
  Result<bool> commit();

 private:
  StreamingOutput(std::string path, std::ostream& standard_output) : path_(std::move(path)), standard_output_(standard_output) {}
  std::string path_;
  std::string temporary_;
  std::unique_ptr<std::ofstream> file_;
  std::ostream& standard_output_;
  bool committed_ = false;
};

// Writes `content` to `path`, or to `out` when path is empty or "-".
Result<bool> write_output(const std::string& path, const std::string& content, std::ostream& out);

}  // namespace citekit::cli
