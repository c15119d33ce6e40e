#pragma once
// The four commands over the library. Each returns an exit code and writes
// only to the streams it is given.

#include "cli/cli.hpp"
#include "extract/extract.hpp"
#include "linkcheck/linkcheck.hpp"

#include <iosfwd>
#include <string>

namespace citekit::cli {

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

struct InputArgs {
  std::string input;              // a path, or "-" for standard input
  std::string output;             // empty or "-" for standard output
  std::string format;             // per command: json, text, bibtex, ...
  std::string style = "author-date";  // export --to text|html|markdown
  std::string date_order = "auto";
  extract::InputLimits limits;    // caps on what reading the input may take
};

struct CheckArgs {
  linkcheck::Options options;     // resolved from defaults, --config and flags
  std::string colour = "auto";    // check: auto, always, never
  bool no_progress = false;       // check: no progress line on standard error
  bool skip = false;              // audit --no-check
};

int run_extract(const InputArgs& args, Streams& io);
int run_check(const InputArgs& args, const CheckArgs& check, Streams& io);
int run_export(const InputArgs& args, const CheckArgs& check, Streams& io);
int run_audit(const InputArgs& args, const CheckArgs& check, Streams& io);

}  // namespace citekit::cli
