#include "linkcheck/checker.hpp"

#include "linkcheck/curl_handles.hpp"
#include "linkcheck/transfer.hpp"

#include <algorithm>
#include <memory>

namespace citekit::linkcheck {
namespace {

// An upper bound on one wait; libcurl wakes earlier for sockets and timers.
constexpr int kPollTimeoutMs = 1000;
constexpr const char* kAcceptHeader = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

// The "N at a time" loop of curl's docs/examples/10-at-a-time.c: keep up to
// N transfers added, let libcurl run them, collect the finished ones, add
// more, and wait on all sockets at once. A redirect re-adds the same handle
// with the next URL, so it keeps its place among the N.
class Checker {
 public:
  Checker(const std::vector<std::string>& urls, const Options& options, const ReportSink& sink, CURLM* multi,
          const curl_slist* request_headers)
      : urls_(urls),
        options_(options),
        sink_(sink),
        multi_(multi),
        request_headers_(request_headers),
        limit_(std::max<std::size_t>(options.max_in_flight, 1)) {}

  std::string run() {
    refill();
    while (!in_flight_.empty()) {
      int running = 0;
      CURLMcode code = curl_multi_perform(multi_, &running);
      if (code == CURLM_OK) {
        collect_finished();
        refill();
      }
      if (code == CURLM_OK && !in_flight_.empty()) code = curl_multi_poll(multi_, nullptr, 0, kPollTimeoutMs, nullptr);
      if (code != CURLM_OK) return abandon(std::string("libcurl stopped: ") + curl_multi_strerror(code));
    }
    return "";
  }

 private:
  void refill() {
    while (in_flight_.size() < limit_ && next_job_ < urls_.size()) {
      auto& transfer = *in_flight_.emplace_back(
          std::make_unique<Transfer>(next_job_, urls_[next_job_], options_, request_headers_));
      ++next_job_;
      if (auto outcome = transfer.start(multi_)) conclude(transfer, std::move(*outcome));
    }
  }

  void collect_finished() {
    int messages_left = 0;
    while (CURLMsg* message = curl_multi_info_read(multi_, &messages_left)) {
      if (message->msg != CURLMSG_DONE) continue;
      // The message is freed when its handle leaves the multi handle: copy first.
      CURL* easy = message->easy_handle;
      CURLcode result = message->data.result;
      void* transfer = nullptr;
      curl_easy_getinfo(easy, CURLINFO_PRIVATE, &transfer);
      if (transfer) on_request_done(*static_cast<Transfer*>(transfer), result);
    }
  }

  void on_request_done(Transfer& transfer, CURLcode result) {
    auto outcome = transfer.finish_request(result);
    if (!outcome) outcome = transfer.start(multi_);  // follow the redirect
    if (outcome) conclude(transfer, std::move(*outcome));
  }

  void conclude(Transfer& transfer, Outcome outcome) {
    auto it = std::find_if(in_flight_.begin(), in_flight_.end(), [&](const auto& t) { return t.get() == &transfer; });
    std::unique_ptr<Transfer> done = std::move(*it);
    in_flight_.erase(it);
    sink_(done->job(), done->conclude(std::move(outcome)));
  }

  // Reports everything not yet finished as unchecked, and returns `why`.
  std::string abandon(const std::string& why) {
    while (!in_flight_.empty()) conclude(*in_flight_.front(), Outcome{Verdict::unchecked, why});
    for (; next_job_ < urls_.size(); ++next_job_) sink_(next_job_, unchecked_report(urls_[next_job_], why));
    return why;
  }

  const std::vector<std::string>& urls_;
  const Options& options_;
  const ReportSink& sink_;
  CURLM* multi_;
  const curl_slist* request_headers_;
  std::size_t limit_;
  std::size_t next_job_ = 0;
  std::vector<std::unique_ptr<Transfer>> in_flight_;
};

std::string report_all_unchecked(const std::vector<std::string>& urls, const ReportSink& sink, std::string why) {
  for (std::size_t job = 0; job < urls.size(); ++job) sink(job, unchecked_report(urls[job], why));
  return why;
}

}  // namespace

LinkReport unchecked_report(std::string url, std::string why) {
  LinkReport report;
  report.url = std::move(url);
  report.verdict = Verdict::unchecked;
  report.detail = std::move(why);
  return report;
}

std::string check_urls(const std::vector<std::string>& urls, const Options& options, const ReportSink& sink) {
  if (urls.empty()) return "";
  if (CURLcode code = init_curl_once(); code != CURLE_OK)
    return report_all_unchecked(urls, sink, std::string("libcurl could not start: ") + curl_easy_strerror(code));
  // One multi handle for the whole run: its connection pool and DNS cache
  // serve every transfer, so URLs on the same host share connections.
  MultiHandle multi(curl_multi_init());
  HeaderList request_headers;
  if (!multi || !append_header(request_headers, kAcceptHeader))
    return report_all_unchecked(urls, sink, "libcurl could not start: out of memory");
  return Checker(urls, options, sink, multi.get(), request_headers.get()).run();
}

}  // namespace citekit::linkcheck
