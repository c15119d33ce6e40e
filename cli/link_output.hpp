#pragma once
// `citekit check`'s output: runs the check and writes the report in the
// chosen format as results come (the readable report in request order,
// JSON Lines in completion order, the others at the end), with a progress
// line on a terminal's standard error.

#include "cli/commands.hpp"
#include "core/link.hpp"
#include "linkcheck/linkcheck.hpp"

#include <string>
#include <vector>

namespace citekit::cli {

struct LinkOutput {
  std::string format = "text";  // text, json, jsonl, markdown, junit
  std::string path;             // "" or "-" for standard output
  std::string colour = "auto";  // auto, always, never
  bool progress = true;         // a progress line when standard error is a terminal
};

// The exit code: findings when any link is broken; interrupted when
// `interruption` stopped the check (the report is written all the same).
int check_and_report(const std::vector<LinkRequest>& requests, const linkcheck::Options& options,
                     const LinkOutput& output, Streams& io, const linkcheck::Interruption* interruption = nullptr);

// Checks for the audit: the reports in request order, with the same
// progress line and messages on standard error.
linkcheck::CheckRun check_for_audit(const std::vector<LinkRequest>& requests, const linkcheck::Options& options,
                                    Streams& io, const linkcheck::Interruption* interruption = nullptr);

// Says on standard error that the check was interrupted, and returns the
// exit code for it.
int report_interrupted(Streams& io);

}  // namespace citekit::cli
