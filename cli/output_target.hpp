#pragma once
// What an output path (-o) names, decided before anything is written.
//
// Only a regular file, or a path where nothing is yet, is replaced: the
// output goes to a temporary file in the same folder, which is renamed over
// it, so that a reader never sees half an export and a failed write leaves
// the old file whole. Everything else that can take bytes is written into
// as it is (a device such as /dev/null, a FIFO, a socket, an open file
// descriptor named /dev/fd/N): replacing those with a regular file would
// break every other program that uses them. Symbolic links are followed, so
// the file they point to is the one replaced and the link stays a link.

#include "core/result.hpp"

#include <sys/types.h>

#include <optional>
#include <string>

namespace citekit::cli {

enum class OutputKind {
  standard_output,  // "-", "/dev/stdout", "/dev/fd/1"
  descriptor,       // another open file descriptor: "/dev/stderr", "/dev/fd/3"
  in_place,         // a character or block device or a FIFO, opened and written
  socket,           // a Unix socket, connected to and written
  replace,          // a regular file, or nothing yet: replaced atomically
};

// The mode, owner and group of the file being replaced, for its successor.
struct FileOwnership {
  mode_t mode = 0;
  uid_t owner = 0;
  gid_t group = 0;
};

struct OutputTarget {
  OutputKind kind = OutputKind::standard_output;
  std::string path;                        // after following symbolic links
  int descriptor = -1;                     // for OutputKind::descriptor
  std::optional<FileOwnership> replacing;  // for OutputKind::replace over an existing file
};

// Follows `path` to what it names. A folder, a loop of symbolic links and
// anything that cannot be looked at are errors naming `path`.
Result<OutputTarget> resolve_output_target(const std::string& path);

}  // namespace citekit::cli
