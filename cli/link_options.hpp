#pragma once
// The link-checking options shared by `check` and `audit`: command-line
// flags, a TOML config file with the same names (--config FILE), and the
// defaults. A flag given on the command line wins over the config file,
// which wins over the defaults. One table (link_options.cpp) describes every
// setting for both.

#include "core/result.hpp"
#include "linkcheck/linkcheck.hpp"

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace citekit::cli {

class LinkOptions {
 public:
  // Registers --config and every link flag on `command`.
  void add_to(CLI::App& command);
  // The options: defaults, then the config file, then the flags given.
  Result<linkcheck::Options> resolve() const;

 private:
  std::string config_path_;
  std::vector<std::function<Result<bool>(linkcheck::Options&)>> given_;  // each flag given, in order
};

// The cache file used when none is named: $XDG_CACHE_HOME/citekit/links.sqlite3,
// or ~/.cache/citekit/links.sqlite3; "" when neither variable is set.
std::string default_cache_path();

// Reads a TOML config file into `options`; the error names the file, the
// line and the setting.
Result<bool> read_link_config(const std::string& path, linkcheck::Options& options);

}  // namespace citekit::cli
