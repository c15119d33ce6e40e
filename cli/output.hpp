#pragma once
// Where a command's result goes: standard output, or what -o names
// (cli/output_target.hpp says which files are replaced and which are
// written into). A replaced file is written to a temporary file beside it
// and renamed into place only when the whole output is there, so that an
// interrupted run or a full disk never leaves half an export behind.

#include "cli/descriptor_stream.hpp"
#include "cli/output_target.hpp"
#include "core/result.hpp"

#include <memory>
#include <ostream>
#include <string>

namespace citekit::cli {

// Output written as it is produced (memory stays flat however long it is).
// Destroyed uncommitted, it removes its temporary file and leaves the old
// one as it was.
class StreamingOutput {
 public:
  // `path` empty or "-" means standard output.
  static Result<std::unique_ptr<StreamingOutput>> open(const std::string& path, std::ostream& standard_output);
  ~StreamingOutput();
  StreamingOutput(const StreamingOutput&) = delete;
  StreamingOutput& operator=(const StreamingOutput&) = delete;

  std::ostream& stream() { return file_ ? static_cast<std::ostream&>(*file_) : standard_output_; }
  // True when writing to the standard output stream given.
  bool to_standard_output() const { return !file_; }
  // Finishes the output: flushed, closed and, for a replaced file, renamed
  // into place. An error says why and whether the old file is unchanged.
  Result<bool> commit();

 private:
  StreamingOutput(std::string path, OutputTarget target, std::ostream& standard_output)
      : given_(std::move(path)), target_(std::move(target)), standard_output_(standard_output) {}
  Result<bool> open_file();
  Result<bool> open_temporary();
  Result<bool> commit_replacement();
  Error failure(const std::string& what) const;

  std::string given_;
  OutputTarget target_;
  std::string temporary_;
  std::unique_ptr<DescriptorStream> file_;
  std::ostream& standard_output_;
  bool committed_ = false;
};

// Writes `content` to `path`, or to `out` when path is empty or "-".
Result<bool> write_output(const std::string& path, const std::string& content, std::ostream& out);

}  // namespace citekit::cli
