#include "cli/commands.hpp"

#include "cli/link_output.hpp"
#include "cli/output.hpp"
#include "cli/stop_signals.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "export/audit_report.hpp"
#include "export/exporters.hpp"
#include "export/extraction_json.hpp"
#include "export/formatted.hpp"

#include <istream>
#include <ostream>

namespace citekit::cli {
namespace {

int fail(Streams& io, const Error& error) {
  io.err << "citekit: " << error.describe() << '\n';
  return failure;
}

std::optional<DateOrder> parse_date_order(const std::string& text) {
  if (text == "auto") return DateOrder::unknown;
  if (text == "dmy" || text == "day-first") return DateOrder::day_first;
  if (text == "mdy" || text == "month-first") return DateOrder::month_first;
  return std::nullopt;
}

Result<Bibliography> load(const InputArgs& args, Streams& io) {
  auto order = parse_date_order(args.date_order);
  if (!order) return Error{"usage", "--date-order must be auto, dmy or mdy", {}};
  extract::Options options;
  options.date_order = *order;
  options.limits = args.limits;
  return extract::extract_file(args.input, io.in, options);
}

bool has_findings(const Bibliography& bib) {
  for (const auto& p : bib.problems)
    if (p.severity != Severity::info) return true;
  return false;
}

// Unchecked links (offline) are not broken: is_broken() says so.
bool has_broken_links(const LinkResults& links) {
  for (const auto& r : links.reports)
    if (is_broken(r.verdict)) return true;
  return false;
}

void print_problems(const Bibliography& bib, Streams& io) {
  for (const auto& p : bib.problems)
    if (p.severity != Severity::info)
      io.err << p.position.to_string() << ": " << to_string(p.severity) << ": " << p.message << " [" << p.code << "]\n";
}

int finish(const std::string& path, const std::string& content, bool findings, Streams& io) {
  auto written = write_output(path, content, io.out);
  if (!written) return fail(io, written.error());
  return findings ? ExitCode::findings : ExitCode::clean;
}

// A plain list of URLs (one per line, "#" comments) rather than a document.
std::optional<std::vector<LinkRequest>> as_url_list(const std::string& bytes) {
  static const Regex url_line(R"(^\s*(?:https?://\S+|#.*)?\s*$)", Regex::caseless);
  std::vector<LinkRequest> requests;
  for (auto line : split(bytes, '\n')) {
    if (!url_line.full_match(line)) return std::nullopt;
    auto url = trim(line);
    if (!url.empty() && url.front() != '#') requests.push_back(LinkRequest{std::string(url), std::nullopt, {}, {}});
  }
  if (requests.empty()) return std::nullopt;
  return requests;
}

}  // namespace

int run_extract(const InputArgs& args, Streams& io) {
  auto bib = load(args, io);
  if (!bib) return fail(io, bib.error());
  if (args.format != "json") return fail(io, Error{"usage", "extract --format must be json", {}});
  print_problems(*bib, io);
  return finish(args.output, exporting::extraction_json(*bib), has_findings(*bib), io);
}

int run_export(const InputArgs& args, const CheckArgs& check, Streams& io) {
  auto format = exporting::format_from_string(args.format);
  auto markup = exporting::markup_from_string(args.format);
  auto style = exporting::style_from_string(args.style);
  if (!format && !markup) return fail(io, Error{"usage", "unknown export format \"" + args.format + "\"", {}});
  if (!style) return fail(io, Error{"usage", "unknown style \"" + args.style + "\"", {}});
  if (!markup && !check.skip) return fail(io, Error{"usage", "--check-links needs --to text, html or markdown", {}});
  auto bib = load(args, io);
  if (!bib) return fail(io, bib.error());
  print_problems(*bib, io);
  if (!markup) return finish(args.output, exporting::write(bib->works, *format), has_findings(*bib), io);
  std::optional<LinkResults> links;
  if (!check.skip) links = check_for_audit(linkcheck::requests_for(*bib), check.options, io);
  std::string content = exporting::format_bibliography(bib->works, *style, *markup, links ? &*links : nullptr);
  bool findings = has_findings(*bib) || (links && has_broken_links(*links));
  return finish(args.output, content, findings, io);
}

int run_check(const InputArgs& args, const CheckArgs& check, Streams& io) {
  auto bytes = extract::read_input(args.input, io.in, args.limits);
  if (!bytes) return fail(io, bytes.error());
  std::vector<LinkRequest> requests;
  if (auto urls = as_url_list(*bytes)) {
    requests = std::move(*urls);
  } else {
    extract::Options options;
    options.limits = args.limits;
    auto document = extract::read_document_bytes(*bytes, args.input, options);
    if (!document) return fail(io, document.error());
    requests = linkcheck::requests_for(extract::build_bibliography(std::move(*document)));
  }
  std::string().swap(*bytes);  // the input is no longer needed: free it before a long check
  LinkOutput output{args.format, args.output, check.colour, !check.no_progress};
  StopOnSignals stop;
  return check_and_report(requests, check.options, output, io, &stop.interruption());
}

int run_audit(const InputArgs& args, const CheckArgs& check, Streams& io) {
  auto bib = load(args, io);
  if (!bib) return fail(io, bib.error());
  StopOnSignals stop;
  std::optional<linkcheck::CheckRun> links;
  if (!check.skip) links = check_for_audit(linkcheck::requests_for(*bib), check.options, io, &stop.interruption());
  const LinkResults* checked = links ? &*links : nullptr;
  std::string content = args.format == "json" ? exporting::extraction_json(*bib, checked)
                                              : exporting::audit_report(*bib, checked);
  bool findings = has_findings(*bib) || (links && has_broken_links(*links));
  int code = finish(args.output, content, findings, io);
  return code != ExitCode::failure && links && links->interrupted ? report_interrupted(io) : code;
}

}  // namespace citekit::cli
