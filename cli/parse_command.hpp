#pragma once
// `citekit parse`: reference strings in (one per line, or JSON Lines with a
// "text" member), one JSON object per reference out:
//   {"text": …, "fields": {"author": […], "title": […], …}, "type": …, "csl": {…}}
// "fields" holds the labelled spans as written (the scorer's field names),
// "csl" the CSL-JSON item the same parse gives `extract`. Input is read and
// output written one reference at a time.

#include "cli/commands.hpp"

#include <string>

namespace CLI {
class App;
}

namespace citekit::cli {

struct ParseArgs {
  std::string input = "-";
  std::string output;
  std::string format = "jsonl";
  std::string date_order = "auto";
  std::string model;              // a labeller model file instead of the built-in one
  bool fields_only = false;
};

CLI::App* add_parse_command(CLI::App& app, ParseArgs& args);
int run_parse(const ParseArgs& args, Streams& io);

}  // namespace citekit::cli
