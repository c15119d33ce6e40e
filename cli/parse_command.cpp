#include "cli/parse_command.hpp"

#include "cli/output.hpp"
#include "core/csl_json.hpp"
#include "core/json_text.hpp"
#include "core/text.hpp"
#include "extract/parse/dates.hpp"
#include "extract/parse/labeller.hpp"
#include "extract/parse/parse.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <deque>
#include <fstream>
#include <istream>
#include <ostream>

namespace citekit::cli {
namespace {

// References read ahead to decide the day/month order of numeric dates
// before the first one is parsed; memory stays bounded however long the input.
constexpr std::size_t kDateOrderLookahead = 4096;

// The reference text of one input line: the line itself, or the "text" of a JSON object.
std::string reference_text(const std::string& line) {
  std::string_view trimmed = trim(line);
  if (!trimmed.starts_with('{')) return std::string(trimmed);
  auto object = nlohmann::json::parse(trimmed, nullptr, false);
  if (object.is_object() && object.contains("text") && object["text"].is_string()) return object["text"].get<std::string>();
  return std::string(trimmed);
}

// Appends the JSON line of one parsed reference to `out`.
void append_output_line(std::string& out, const std::string& text, const extract::ParsedReference& parsed,
                        bool fields_only) {
  JsonObjectWriter line(out);
  line.string("text", text);
  // Fields in order of first appearance; values in text order.
  JsonObjectWriter fields(line.key("fields"));
  std::vector<std::string_view> order;
  for (const auto& span : parsed.spans)
    if (std::find(order.begin(), order.end(), span.field) == order.end()) order.push_back(span.field);
  for (auto field : order) {
    char separator = '[';
    fields.key(field);
    for (const auto& span : parsed.spans)
      if (span.field == field) append_json_string(out += separator, span.text), separator = ',';
    out += ']';
  }
  fields.close();
  if (!fields_only) {
    line.string("type", parsed.item.type);
    append_csl_json(line.key("csl"), parsed.item);
  }
  if (!parsed.notes.empty()) {
    char separator = '[';
    line.key("notes");
    for (const auto& note : parsed.notes) {
      JsonObjectWriter object(out += separator);
      object.string("code", note.code);
      object.string("message", note.message);
      object.close();
      separator = ',';
    }
    out += ']';
  }
  line.close();
  out += '\n';
}

std::optional<DateOrder> date_order_option(const std::string& text) {
  if (text == "auto") return DateOrder::unknown;
  if (text == "dmy") return DateOrder::day_first;
  if (text == "mdy") return DateOrder::month_first;
  return std::nullopt;
}

// Reads references one line at a time, keeping a bounded look-ahead.
class ReferenceReader {
 public:
  explicit ReferenceReader(std::istream& in) : in_(in) {}
  bool fill(std::size_t count) {
    std::string line;
    while (ahead_.size() < count && std::getline(in_, line))
      if (!trim(line).empty()) ahead_.push_back(reference_text(line));
    return !ahead_.empty();
  }
  const std::deque<std::string>& ahead() const { return ahead_; }
  std::optional<std::string> next() {
    if (ahead_.empty() && !fill(1)) return std::nullopt;
    std::string text = std::move(ahead_.front());
    ahead_.pop_front();
    return text;
  }

 private:
  std::istream& in_;
  std::deque<std::string> ahead_;
};

DateOrder decide_order(ReferenceReader& reader, DateOrder requested) {
  if (requested != DateOrder::unknown) return requested;
  reader.fill(kDateOrderLookahead);
  std::vector<std::string_view> texts(reader.ahead().begin(), reader.ahead().end());
  return extract::decide_date_order(extract::date_order_evidence(texts));
}

int fail(Streams& io, const std::string& message) {
  io.err << "citekit: " << message << '\n';
  return ExitCode::failure;
}

Result<extract::parsing::Labeller> load_labeller(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (!file && !file.eof()) return Error{"unreadable-file", "cannot read model", Position{path, "", 0, 0, 0}};
  auto model = extract::parsing::CrfModel::from_bytes(bytes);
  if (!model) return Error{model.error().code, model.error().message, Position{path, "", 0, 0, 0}};
  return extract::parsing::Labeller::create(std::move(*model));
}

}  // namespace

CLI::App* add_parse_command(CLI::App& app, ParseArgs& args) {
  auto* command = app.add_subcommand("parse", "Parse reference strings (one per line, or JSON Lines with \"text\")");
  command->add_option("file", args.input, "References to read (\"-\" or nothing for standard input)");
  command->add_option("-o,--output", args.output, "Write to this file instead of standard output");
  command->add_option("--format", args.format, "Output format")->check(CLI::IsMember({"jsonl"}));
  command->add_option("--date-order", args.date_order, "Numeric dates: auto (decided from the input), dmy or mdy")
      ->check(CLI::IsMember({"auto", "dmy", "mdy"}));
  command->add_option("--model", args.model, "Use this labeller model file instead of the built-in one");
  command->add_flag("--fields-only", args.fields_only, "Print only the labelled fields, not the CSL item");
  return command;
}

int run_parse(const ParseArgs& args, Streams& io) {
  auto order = date_order_option(args.date_order);
  if (!order) return fail(io, "--date-order must be auto, dmy or mdy");
  std::ifstream file;
  if (args.input != "-") {
    file.open(args.input, std::ios::binary);
    if (!file) return fail(io, args.input + ": cannot read file");
  }
  std::optional<Result<extract::parsing::Labeller>> labeller;
  if (!args.model.empty()) {
    labeller.emplace(load_labeller(args.model));
    if (!*labeller) return fail(io, labeller->error().describe());
  }
  ReferenceReader reader(args.input == "-" ? io.in : file);
  auto output = StreamingOutput::open(args.output, io.out);
  if (!output) return fail(io, output.error().describe());
  extract::ParseContext context{decide_order(reader, *order), labeller ? &**labeller : nullptr};
  std::ostream& out = (*output)->stream();
  // Lines go to a file in batches (a stream writes each piece over a
  // kilobyte with a system call of its own); to standard output one by one,
  // for whoever reads them as they come.
  constexpr std::size_t kBatch = 1 << 18;
  const std::size_t batch_size = (*output)->to_standard_output() ? 1 : kBatch;
  std::string batch;
  while (auto text = reader.next()) {
    append_output_line(batch, *text, extract::parse_reference(*text, context), args.fields_only);
    if (batch.size() >= batch_size) out << batch, batch.clear();
  }
  out << batch;
  auto committed = (*output)->commit();
  if (!committed) return fail(io, committed.error().describe());
  return ExitCode::clean;
}

}  // namespace citekit::cli
