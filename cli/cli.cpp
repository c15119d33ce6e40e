#include "cli/cli.hpp"

#include "cli/commands.hpp"
#include "cli/link_options.hpp"
#include "cli/parse_command.hpp"
#include "extract/parse/crf_model.hpp"

#include <CLI/CLI.hpp>

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
  // Caps against hostile or broken input (docs/readers.md).
  command.add_option("--max-input-bytes", args.limits.max_input_bytes, "Largest input file read, in bytes")
      ->check(CLI::PositiveNumber);
  command.add_option("--max-zip-entries", args.limits.max_zip_entries, "Most members a DOCX/ODT archive may have")
      ->check(CLI::PositiveNumber);
  command.add_option("--max-member-bytes", args.limits.max_member_bytes,
                     "Largest inflated size of one DOCX/ODT member, in bytes")
      ->check(CLI::PositiveNumber);
  command.add_option("--max-inflated-bytes", args.limits.max_inflated_bytes,
                     "Largest inflated size of all members read from one archive, in bytes")
      ->check(CLI::PositiveNumber);
  command.add_option("--max-nesting-depth", args.limits.max_nesting_depth, "Deepest XML/HTML element nesting")
      ->check(CLI::PositiveNumber);
  command.add_option("--max-tree-bytes", args.limits.max_tree_bytes,
                     "Most memory the parse tree of one HTML page or XML part may take, in bytes")
      ->check(CLI::PositiveNumber);
}

// The check's output: its format and how it looks on a terminal.
void add_check_output(CLI::App& command, InputArgs& input, CheckArgs& check) {
  input.format = "text";
  command.add_option("--format", input.format, "Output format: text, json, jsonl (streamed), markdown or junit")
      ->check(CLI::IsMember({"text", "json", "jsonl", "markdown", "junit"}));
  command.add_option("--color,--colour", check.colour, "Colour in the text report: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command.add_flag("--no-progress", check.no_progress, "No progress line on standard error");
}

// Fills the link options from defaults, --config and flags; false (after
// saying why) when a setting is wrong.
bool resolve(const LinkOptions& links, CheckArgs& check, std::ostream& err) {
  auto options = links.resolve();
  if (!options) {
    err << "citekit: " << options.error().describe() << '\n';
    return false;
  }
  check.options = std::move(*options);
  return true;
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  CLI::App app{"citekit: turns the notes of documents into checked, reusable bibliographies", "citekit"};
  app.require_subcommand(1);
  // The version, and which vector instructions score references (CITEKIT_VECTORS can change them).
  app.set_version_flag("--version", std::string(kVersion) + " (reference scoring: " +
                                        std::string(extract::parsing::CrfModel::vector_instructions()) + ")");

  InputArgs extract_args, check_args, export_args, audit_args;
  CheckArgs check_options, audit_options, export_options;
  LinkOptions check_links, audit_links, export_links;
  bool export_check_links = false;

  auto* extract = app.add_subcommand("extract", "Find notes and references and print them as JSON");
  add_input(*extract, extract_args);
  extract_args.format = "json";
  extract->add_option("--format", extract_args.format, "Output format")->check(CLI::IsMember({"json"}));

  auto* check = app.add_subcommand("check", "Check the links cited in a document, or a list of URLs");
  add_input(*check, check_args);
  add_check_output(*check, check_args, check_options);
  check_links.add_to(*check);

  auto* exporter = app.add_subcommand("export", "Write the bibliography in a reference format");
  add_input(*exporter, export_args);
  exporter
      ->add_option("--to,--format", export_args.format,
                   "bibtex, biblatex, csl-json, csl-xml, ris or mods; or a bibliography for people: text, html or "
                   "markdown")
      ->required()
      ->check(CLI::IsMember({"bibtex", "biblatex", "csl-json", "csl-xml", "ris", "mods", "text", "html", "markdown"}));
  exporter->add_option("--style", export_args.style, "Style of a text, html or markdown bibliography")
      ->check(CLI::IsMember({"author-date", "notes"}));
  exporter->add_flag("--check-links", export_check_links,
                     "Check the links and show each work's status (text, html, markdown)");
  export_links.add_to(*exporter);

  auto* audit = app.add_subcommand("audit", "Extract, check links and report every problem found");
  add_input(*audit, audit_args);
  audit_args.format = "text";
  audit->add_option("--format", audit_args.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  audit->add_flag("--no-check", audit_options.skip, "Do not check links");
  audit_links.add_to(*audit);

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
  // A fault the library did not foresee still ends with a message and exit
  // code 2, never an abort (the fuzz targets report such exceptions as findings).
  try {
    if (extract->parsed()) return run_extract(extract_args, io);
    if (parse->parsed()) return run_parse(parse_args, io);
    if (check->parsed()) return resolve(check_links, check_options, err) ? run_check(check_args, check_options, io) : failure;
    if (exporter->parsed()) {
      export_options.skip = !export_check_links;
      return resolve(export_links, export_options, err) ? run_export(export_args, export_options, io) : failure;
    }
    return resolve(audit_links, audit_options, err) ? run_audit(audit_args, audit_options, io) : failure;
  } catch (const std::exception& e) {
    err << "citekit: internal error: " << e.what() << "\n";
    return failure;
  }
}

}  // namespace citekit::cli
