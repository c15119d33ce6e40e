#include "cli/cli.hpp"

#include "cli/commands.hpp"
#include "cli/parse_command.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <istream>
#include <ostream>

namespace citekit::cli {
namespace {

constexpr const char* kVersion = "citekit 0.1.0";

void add_input(CLI::App& command, InputArgs& args) {
  command.add_option("file", args.input, "Document to read (\"-\" for standard input)")->required();
  command.add_option("-o,--output", args.output, "Write to this file instead of standard output");
  command.add_option("--date-order", args.date_order, "Numeric dates: auto (decided per document), dmy or mdy")
      ->check(CLI::IsMember({"auto", "dmy", "mdy"}));
}

void add_check_options(CLI::App& command, CheckArgs& check, double& timeout, double& connect_timeout) {
  command.add_option("--max-in-flight", check.options.max_in_flight, "Requests at once")
      ->check(CLI::Range(1, 1024));
  command.add_option("--timeout", timeout, "Seconds allowed per URL, redirects included")
      ->check(CLI::PositiveNumber);
  command.add_option("--connect-timeout", connect_timeout, "Seconds allowed to connect")->check(CLI::PositiveNumber);
  command.add_option("--max-redirects", check.options.max_redirects, "Redirects followed per URL")
      ->check(CLI::Range(0, 100));
  command.add_option("--user-agent", check.options.user_agent, "User-Agent header sent");
  command.add_flag("--insecure", check.options.insecure, "Do not verify TLS certificates");
}

std::chrono::milliseconds millis(double seconds) {
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  CLI::App app{"citekit: turns the notes of documents into checked, reusable bibliographies", "citekit"};
  app.require_subcommand(1);
  app.set_version_flag("--version", kVersion);

  InputArgs extract_args, check_args, export_args, audit_args;
  CheckArgs check_options, audit_options;
  double check_timeout = 30, check_connect = 10, audit_timeout = 30, audit_connect = 10;

  auto* extract = app.add_subcommand("extract", "Find notes and references and print them as JSON");
  add_input(*extract, extract_args);
  extract_args.format = "json";
  extract->add_option("--format", extract_args.format, "Output format")->check(CLI::IsMember({"json"}));

  auto* check = app.add_subcommand("check", "Check the links cited in a document, or a list of URLs");
  add_input(*check, check_args);
  check_args.format = "text";
  check->add_option("--format", check_args.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  add_check_options(*check, check_options, check_timeout, check_connect);

  auto* exporter = app.add_subcommand("export", "Write the bibliography in a reference format");
  add_input(*exporter, export_args);
  exporter->add_option("--to,--format", export_args.format, "bibtex, biblatex, csl-json, csl-xml, ris or mods")
      ->required()
      ->check(CLI::IsMember({"bibtex", "biblatex", "csl-json", "csl-xml", "ris", "mods"}));

  auto* audit = app.add_subcommand("audit", "Extract, check links and report every problem found");
  add_input(*audit, audit_args);
  audit_args.format = "text";
  audit->add_option("--format", audit_args.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  audit->add_flag("--no-check", audit_options.skip, "Do not check links");
  add_check_options(*audit, audit_options, audit_timeout, audit_connect);

  ParseArgs parse_args;
  auto* parse = add_parse_command(app, parse_args);

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? ExitCode::clean : ExitCode::failure;
  }

  Streams io{in, out, err};
  check_options.options.total_timeout = millis(check_timeout);
  check_options.options.connect_timeout = millis(check_connect);
  audit_options.options.total_timeout = millis(audit_timeout);
  audit_options.options.connect_timeout = millis(audit_connect);
  if (extract->parsed()) return run_extract(extract_args, io);
  if (parse->parsed()) return run_parse(parse_args, io);
  if (check->parsed()) return run_check(check_args, check_options, io);
  if (exporter->parsed()) return run_export(export_args, io);
  return run_audit(audit_args, audit_options, io);
}

}  // namespace citekit::cli
