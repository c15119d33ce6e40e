#include "linkcheck/checker.hpp"

#include "linkcheck/curl_handles.hpp"
#include "linkcheck/retry.hpp"
#include "linkcheck/scheduler.hpp"
#include "linkcheck/url.hpp"

#include <algorithm>
#include <memory>
#include <random>
#include <unordered_map>

namespace citekit::linkcheck {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// An upper bound on one wait; libcurl wakes earlier for sockets and its
// timers, and the loop earlier for the next retry.
constexpr milliseconds kLongestPoll{1000};
constexpr const char* kAcceptHeader = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
constexpr const char* kInterrupted = "interrupted";

std::string seconds_text(milliseconds wait) {
  auto tenths = (wait.count() + 50) / 100;
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10) text += "." + std::to_string(tenths % 10);
  return text + " s";
}

// The "N at a time" loop of curl's docs/examples/10-at-a-time.c: start what
// the scheduler allows, let libcurl run it, collect the finished requests
// (following redirects, scheduling retries, concluding), start more, and
// wait on all sockets at once, or until the next retry is due. A transfer
// under way keeps its global slot between its requests; one waiting for a
// retry gives it up.
class Checker {
 public:
  Checker(const std::vector<std::string>& urls, const FetchSettings& settings, const FetchSink& sink,
          const EarlierResult& earlier, CURLM* multi, const SharedLists& lists)
      : urls_(urls),
        settings_(settings),
        options_(settings.options),
        sink_(sink),
        earlier_(earlier),
        multi_(multi),
        lists_(lists),
        limit_(std::max<std::size_t>(options_.max_in_flight, 1)),
        scheduler_(options_.max_per_host, HostBackoff{}),
        delivered_(urls.size(), false),
        random_(std::random_device{}()) {}

  std::string run() {
    for (std::size_t job = 0; job < urls_.size(); ++job) {
      auto parts = url_parts(urls_[job]);
      scheduler_.add_job(job, scheduler_.host_id(parts ? parts->host : ""));
    }
    start_ready();
    while (live_ > 0 || !scheduler_.idle()) {
      if (interrupted()) {
        keep_arrived_answers();
        abandon(kInterrupted);
        return "";
      }
      int running = 0;
      CURLMcode code = curl_multi_perform(multi_, &running);
      if (code == CURLM_OK) {
        collect_finished();
        start_ready();
      }
      if (code == CURLM_OK && (live_ > 0 || !scheduler_.idle())) code = wait();
      if (code != CURLM_OK) return abandon(std::string("libcurl stopped: ") + curl_multi_strerror(code));
    }
    return "";
  }

 private:
  struct Running {
    std::unique_ptr<Transfer> transfer;
    Scheduler::HostId host = 0;  // of its current request
  };

  // Answers already waiting in the sockets when the interruption came are
  // kept: one more non-blocking pass reads them; no new request starts.
  void keep_arrived_answers() {
    int running = 0;
    if (curl_multi_perform(multi_, &running) == CURLM_OK) collect_finished();
  }

  bool interrupted() const { return settings_.interruption && settings_.interruption->requested(); }

  // Waits for the transfers' sockets, the next retry, or an interruption
  // (its pipe wakes the poll at once).
  CURLMcode wait() {
    curl_waitfd wakeup{};
    unsigned extra = 0;
    if (settings_.interruption && settings_.interruption->wakeup_fd() >= 0) {
      wakeup.fd = settings_.interruption->wakeup_fd();
      wakeup.events = CURL_WAIT_POLLIN;
      extra = 1;
    }
    return curl_multi_poll(multi_, extra ? &wakeup : nullptr, extra, poll_timeout_ms(), nullptr);
  }

  int poll_timeout_ms() const {
    auto wait = kLongestPoll;
    if (auto wakeup = scheduler_.next_wakeup())
      wait = std::clamp(std::chrono::ceil<milliseconds>(*wakeup - Clock::now()), milliseconds::zero(), kLongestPoll);
    return static_cast<int>(wait.count());
  }

  void start_ready() {
    while (auto ready = scheduler_.pop(Clock::now(), live_ < limit_)) {
      if (!ready->holds_slot && !transfers_.count(ready->job) && deliver_earlier(*ready)) continue;
      if (!ready->holds_slot) ++live_;
      Running& running = transfers_[ready->job];
      if (!running.transfer)
        running.transfer = std::make_unique<Transfer>(ready->job, urls_[ready->job], settings_, lists_);
      running.host = ready->host;
      if (auto outcome = running.transfer->start(multi_)) {
        scheduler_.finished(ready->host, Clock::now());
        conclude(ready->job, std::move(*outcome));
      }
    }
  }

  // Reports an earlier result for a job about to start; false to fetch it.
  bool deliver_earlier(const Scheduler::Ready& ready) {
    if (!earlier_) return false;
    auto report = earlier_(ready.job);
    if (!report) return false;
    scheduler_.finished(ready.host, Clock::now());
    deliver(ready.job, std::move(*report), {});
    return true;
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
    std::size_t job = transfer.job();
    Scheduler::HostId host = transfers_[job].host;
    Step step = transfer.finish_request(result);
    auto now = Clock::now();
    scheduler_.finished(host, now);
    if (step.answered) scheduler_.answered(host, step.overloaded, now);
    if (step.next == Step::Next::request_again) {
      scheduler_.add_continuation(job, scheduler_.host_id(transfer.host()));
    } else if (step.next != Step::Next::retry || !schedule_retry(transfer, step, now)) {
      conclude(job, std::move(step.outcome));
    }
  }

  // Schedules another attempt; false when none is left or the server asks
  // for a longer wait than allowed (the step's detail then says so).
  bool schedule_retry(Transfer& transfer, Step& step, Clock::time_point now) {
    if (transfer.attempt() > options_.max_retries) return false;
    if (step.retry_after && *step.retry_after > options_.max_retry_after) {
      step.outcome.detail += "; asked to retry after " + seconds_text(*step.retry_after) + ", more than the " +
                             seconds_text(options_.max_retry_after) + " allowed";
      return false;
    }
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    milliseconds wait = step.retry_after.value_or(backoff_delay(transfer.attempt(), options_.retry_wait, jitter(random_)));
    transfer.prepare_retry();
    --live_;
    scheduler_.add_retry(transfer.job(), scheduler_.host_id(transfer.host()), now + wait);
    return true;
  }

  void conclude(std::size_t job, Outcome outcome) {
    auto it = transfers_.find(job);
    std::unique_ptr<Transfer> done = std::move(it->second.transfer);
    transfers_.erase(it);
    --live_;
    deliver(job, done->conclude(std::move(outcome)), settings_.keep_body ? done->take_body() : std::string());
  }

  void deliver(std::size_t job, LinkReport report, std::string body) {
    delivered_[job] = true;
    sink_(job, std::move(report), std::move(body));
  }

  // Reports everything not yet finished as unchecked, and returns `why`.
  std::string abandon(const std::string& why) {
    transfers_.clear();
    for (std::size_t job = 0; job < urls_.size(); ++job)
      if (!delivered_[job]) deliver(job, unchecked_report(urls_[job], why), {});
    return why;
  }

  const std::vector<std::string>& urls_;
  const FetchSettings& settings_;
  const Options& options_;
  const FetchSink& sink_;
  const EarlierResult& earlier_;
  CURLM* multi_;
  const SharedLists& lists_;
  std::size_t limit_;
  std::size_t live_ = 0;  // transfers holding a slot: in libcurl, or between two of their requests
  Scheduler scheduler_;
  std::unordered_map<std::size_t, Running> transfers_;  // started and not concluded, retries waiting included
  std::vector<bool> delivered_;
  std::minstd_rand random_;
};

std::string report_all_unchecked(const std::vector<std::string>& urls, const FetchSink& sink, std::string why) {
  for (std::size_t job = 0; job < urls.size(); ++job) sink(job, unchecked_report(urls[job], why), {});
  return why;
}

// HTTP/2 multiplexing where a server offers it, and a connection pool well
// above the number of transfers: the pool counts connections in use too, so
// one only as large would close each idle connection as soon as it is freed,
// and the next URL on that host would have to connect again.
bool configure_multi(CURLM* multi, const Options& options) {
  long connections = static_cast<long>(4 * std::max<std::size_t>(options.max_in_flight, 1));
  return curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX) == CURLM_OK &&
         curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, connections) == CURLM_OK;
}

}  // namespace

LinkReport unchecked_report(std::string url, std::string why) {
  LinkReport report;
  report.url = std::move(url);
  report.verdict = Verdict::unchecked;
  report.detail = std::move(why);
  return report;
}

std::string fetch_all(const std::vector<std::string>& urls, const FetchSettings& settings, const FetchSink& sink,
                      const EarlierResult& earlier) {
  if (urls.empty()) return "";
  if (CURLcode code = init_curl_once(); code != CURLE_OK)
    return report_all_unchecked(urls, sink, std::string("libcurl could not start: ") + curl_easy_strerror(code));
  // One multi handle for the whole run: its connection pool and DNS cache
  // serve every transfer, so URLs on the same host share connections.
  MultiHandle multi(curl_multi_init());
  StringList request_headers, resolve;
  bool lists_made = append_line(request_headers, kAcceptHeader);
  for (const auto& entry : settings.options.resolve) lists_made = lists_made && append_line(resolve, entry.c_str());
  if (!multi || !lists_made || !configure_multi(multi.get(), settings.options))
    return report_all_unchecked(urls, sink, "libcurl could not start: out of memory");
  SharedLists lists{request_headers.get(), resolve.get()};
  return Checker(urls, settings, sink, earlier, multi.get(), lists).run();
}

}  // namespace citekit::linkcheck
