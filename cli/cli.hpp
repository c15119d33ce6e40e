#pragma once
// The citekit command line as a library: parse arguments, run the pipeline,
// write to the given streams, return the exit code. main() only forwards.

#include <iosfwd>
#include <string>
#include <vector>

namespace citekit::cli {

enum ExitCode : int {
  clean = 0,      // nothing to report
  findings = 1,   // problems in the document, or broken links
  failure = 2,    // usage error or unreadable input
  interrupted = 130,  // Ctrl-C or SIGTERM stopped a link check; its report was still written (128 + SIGINT)
};

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace citekit::cli
