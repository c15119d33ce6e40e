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

// Writes `content` to `path`, or to `out` when path is empty or "-".
Result<bool> write_output(const std::string& path, const std::string& content, std::ostream& out);

}  // namespace citekit::cli

namespace citekit::cli {

// Output written piece by piece: to `out` when the path is empty or "-",
// otherwise to a temporary file renamed into place by commit(), so that an
// interrupted run leaves no half-written file behind.
class StreamedOutput {
 public:
  StreamedOutput(const std::string& path, std::ostream& out);
  ~StreamedOutput();
  StreamedOutput(const StreamedOutput&) = delete;
  StreamedOutput& operator=(const StreamedOutput&) = delete;

  std::ostream& stream() { return *stream_; }
  // True when writing to the terminal's standard output stream given.
  bool to_standard_output() const { return path_.empty(); }
  Result<bool> commit();

 private:
  std::string path_;         // empty for standard output
  std::string temporary_;
  std::unique_ptr<std::ofstream> file_;
  std::ostream* stream_;
  bool committed_ = false;
};

}  // namespace citekit::cli
