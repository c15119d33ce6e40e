#include "cli/link_output.hpp"

#include "cli/output.hpp"
#include "export/link_json.hpp"
#include "export/link_junit.hpp"
#include "export/link_markdown.hpp"
#include "export/link_report.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <memory>

namespace citekit::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Receives the reports of a check as they become final.
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void add(std::size_t request, LinkReport report) = 0;
  virtual void finish(bool network_unreachable) = 0;
};

// The readable report, in request order: a report that comes early waits
// for those before it, so only the few out of order are held.
class TextWriter : public ReportWriter {
 public:
  TextWriter(std::ostream& out, bool colour) : out_(out), colour_(colour) {}
  void add(std::size_t request, LinkReport report) override {
    waiting_.emplace(request, std::move(report));
    for (auto it = waiting_.begin(); it != waiting_.end() && it->first == next_; it = waiting_.erase(it), ++next_) {
      out_ << exporting::link_text(it->second, colour_);
      tally_.add(it->second);
    }
  }
  void finish(bool network_unreachable) override { out_ << exporting::links_text_end(tally_, network_unreachable); }

 private:
  std::ostream& out_;
  bool colour_;
  std::size_t next_ = 0;
  std::map<std::size_t, LinkReport> waiting_;
  exporting::LinkTally tally_;
};

// One JSON object per line, written the moment each report is final.
class JsonLinesWriter : public ReportWriter {
 public:
  explicit JsonLinesWriter(std::ostream& out) : out_(out) {}
  void add(std::size_t, LinkReport report) override { out_ << exporting::link_json_line(report) << std::flush; }
  void finish(bool) override {}

 private:
  std::ostream& out_;
};

// Formats that need every report first (counts in a header, a table).
class WholeWriter : public ReportWriter {
 public:
  using Format = std::function<std::string(const LinkResults&)>;
  WholeWriter(std::ostream& out, std::size_t total, Format format) : out_(out), format_(std::move(format)) {
    results_.reports.resize(total);
  }
  void add(std::size_t request, LinkReport report) override { results_.reports[request] = std::move(report); }
  void finish(bool network_unreachable) override {
    results_.network_unreachable = network_unreachable;
    out_ << format_(results_);
  }

 private:
  std::ostream& out_;
  Format format_;
  LinkResults results_;
};

std::unique_ptr<ReportWriter> writer_for(const LinkOutput& output, std::ostream& out, std::size_t total, bool colour) {
  if (output.format == "jsonl") return std::make_unique<JsonLinesWriter>(out);
  if (output.format == "json") return std::make_unique<WholeWriter>(out, total, exporting::links_json);
  if (output.format == "markdown") return std::make_unique<WholeWriter>(out, total, exporting::links_markdown);
  if (output.format == "junit") return std::make_unique<WholeWriter>(out, total, exporting::links_junit);
  return std::make_unique<TextWriter>(out, colour);
}

bool is_terminal(const std::ostream& stream, const std::ostream& standard, int fd) {
  return &stream == &standard && ::isatty(fd) == 1;
}

bool use_colour(const LinkOutput& output, const StreamingOutput& target, Streams& io) {
  if (output.colour == "always") return true;
  if (output.colour == "never" || !target.to_standard_output()) return false;
  const char* no_colour = std::getenv("NO_COLOR");
  return !(no_colour && *no_colour) && is_terminal(io.out, std::cout, STDOUT_FILENO);
}

// "[=====>      ] 1234/2000 links, 56 broken" on one line of a terminal,
// redrawn at most ten times a second, erased at the end.
class ProgressLine {
 public:
  ProgressLine(std::ostream& err, bool shown) : err_(err), shown_(shown) {}
  ~ProgressLine() {
    if (drawn_) err_ << "\r\x1b[2K" << std::flush;
  }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  void update(const LinkReport& report, std::size_t done, std::size_t total) {
    broken_ += is_broken(report.verdict);
    auto now = Clock::now();
    if (!shown_ || (done < total && now - last_ < std::chrono::milliseconds(100))) return;
    last_ = now;
    constexpr std::size_t kWidth = 30;
    std::size_t filled = total ? done * kWidth / total : kWidth;
    err_ << fmt::format("\r[{:=<{}}{:<{}}] {}/{} links, {} broken", "", filled, done < total ? ">" : "",
                        kWidth - filled, done, total, broken_)
         << std::flush;
    drawn_ = true;
  }

 private:
  std::ostream& err_;
  bool shown_;
  bool drawn_ = false;
  std::size_t broken_ = 0;
  Clock::time_point last_{};
};

bool progress_shown(bool wanted, Streams& io) { return wanted && is_terminal(io.err, std::cerr, STDERR_FILENO); }

void report_trouble(const linkcheck::CheckRun& run, Streams& io) {
  for (const auto& warning : run.warnings) io.err << "citekit: warning: " << warning << '\n';
  if (!run.error.empty()) io.err << "citekit: link check stopped: " << run.error << '\n';
}

}  // namespace

int check_and_report(const std::vector<LinkRequest>& requests, const linkcheck::Options& options,
                     const LinkOutput& output, Streams& io, const linkcheck::Interruption* interruption) {
  auto opened = StreamingOutput::open(output.path, io.out);
  if (!opened) {
    io.err << "citekit: " << opened.error().describe() << '\n';
    return ExitCode::failure;
  }
  StreamingOutput& target = **opened;
  auto writer = writer_for(output, target.stream(), requests.size(), use_colour(output, target, io));
  bool any_broken = false;
  std::size_t done = 0;
  linkcheck::CheckRun run;
  {
    ProgressLine progress(io.err, progress_shown(output.progress, io));
    run = linkcheck::check_each(requests, options, [&](std::size_t request, LinkReport report) {
      any_broken = any_broken || is_broken(report.verdict);
      progress.update(report, ++done, requests.size());
      writer->add(request, std::move(report));
    }, interruption);
  }
  writer->finish(run.network_unreachable);
  report_trouble(run, io);
  auto committed = target.commit();
  if (!committed) {
    io.err << "citekit: " << committed.error().describe() << '\n';
    return ExitCode::failure;
  }
  if (run.interrupted) return report_interrupted(io);
  return any_broken ? ExitCode::findings : ExitCode::clean;
}

linkcheck::CheckRun check_for_audit(const std::vector<LinkRequest>& requests, const linkcheck::Options& options,
                                    Streams& io, const linkcheck::Interruption* interruption) {
  linkcheck::CheckRun run;
  {
    ProgressLine progress(io.err, progress_shown(true, io));
    run = linkcheck::check(requests, options, [&](const LinkReport& report, std::size_t done, std::size_t total) {
      progress.update(report, done, total);
    }, interruption);
  }
  report_trouble(run, io);
  return run;
}

int report_interrupted(Streams& io) {
  io.err << "citekit: interrupted: the links not checked are reported as unchecked (interrupted)\n";
  return ExitCode::interrupted;
}

}  // namespace citekit::cli
