#include "linkcheck/transfer.hpp"

#include "linkcheck/redirects.hpp"

#include <algorithm>

namespace citekit::linkcheck {
namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

// At least 1 ms: libcurl reads a timeout of 0 as "no timeout".
long timeout_ms(milliseconds duration) { return static_cast<long>(std::max<milliseconds::rep>(duration.count(), 1)); }

// Sets options while none has failed; the first failure is kept.
class OptionSetter {
 public:
  explicit OptionSetter(CURL* easy) : easy_(easy) {}
  template <typename Value>
  OptionSetter& set(CURLoption option, Value value) {
    if (result_ == CURLE_OK) result_ = curl_easy_setopt(easy_, option, value);
    return *this;
  }
  bool ok() const { return result_ == CURLE_OK; }

 private:
  CURL* easy_;
  CURLcode result_ = CURLE_OK;
};

}  // namespace

Transfer::Transfer(std::size_t job, std::string url, const Options& options, const curl_slist* request_headers)
    : job_(job),
      options_(options),
      request_headers_(request_headers),
      easy_(curl_easy_init()),
      url_(url),
      started_(Clock::now()),
      deadline_(started_ + options.total_timeout) {
  report_.url = std::move(url);
}

Transfer::~Transfer() { detach(); }

void Transfer::detach() {
  if (multi_) curl_multi_remove_handle(multi_, easy_.get());
  multi_ = nullptr;
}

// Options every request of this URL shares.
bool Transfer::configure() {
  OptionSetter options(easy_.get());
  options.set(CURLOPT_PRIVATE, static_cast<void*>(this))
      .set(CURLOPT_ERRORBUFFER, error_.data())
      .set(CURLOPT_NOSIGNAL, 1L)  // no SIGALRM for DNS timeouts: we may share the process with threads
      .set(CURLOPT_HTTPGET, 1L)   // some servers answer HEAD wrongly; GET with a capped body is what a reader gets
      .set(CURLOPT_FOLLOWLOCATION, 0L)  // redirects are followed by hand, hop by hop
      .set(CURLOPT_PROTOCOLS_STR, "http,https")
      .set(CURLOPT_USERAGENT, options_.user_agent.c_str())
      .set(CURLOPT_HTTPHEADER, request_headers_)
      .set(CURLOPT_COOKIEFILE, "")  // keep cookies across hops: some sites redirect in a loop without them
      .set(CURLOPT_WRITEFUNCTION, &Transfer::on_body)
      .set(CURLOPT_WRITEDATA, static_cast<void*>(this));
  if (options_.insecure) options.set(CURLOPT_SSL_VERIFYPEER, 0L).set(CURLOPT_SSL_VERIFYHOST, 0L);
  return options.ok();
}

bool Transfer::configure_request(milliseconds time_left) {
  error_[0] = '\0';
  body_bytes_ = 0;
  body_capped_ = false;
  OptionSetter options(easy_.get());
  options.set(CURLOPT_URL, url_.c_str())
      .set(CURLOPT_TIMEOUT_MS, timeout_ms(time_left))
      .set(CURLOPT_CONNECTTIMEOUT_MS, timeout_ms(std::min(options_.connect_timeout, time_left)));
  return options.ok();
}

std::optional<Outcome> Transfer::start(CURLM* multi) {
  if (!easy_) return Outcome{Verdict::unchecked, "could not create a transfer (out of memory)"};
  bool first_request = report_.redirects.empty();
  if (first_request && !configure()) return Outcome{Verdict::unchecked, "could not set up the transfer"};
  auto time_left = duration_cast<milliseconds>(deadline_ - Clock::now());
  if (time_left <= milliseconds::zero()) return out_of_time();
  if (!configure_request(time_left)) return Outcome{Verdict::unchecked, "could not set up the request for " + url_};
  CURLMcode added = curl_multi_add_handle(multi, easy_.get());
  if (added != CURLM_OK) return Outcome{Verdict::unchecked, curl_multi_strerror(added)};
  multi_ = multi;
  requested_ = true;
  return std::nullopt;
}

Outcome Transfer::out_of_time() const {
  std::string detail = "total timeout of " + std::to_string(options_.total_timeout.count()) + " ms reached";
  if (!report_.redirects.empty()) detail += " while following redirects";
  return Outcome{Verdict::timeout, std::move(detail)};
}

std::optional<Outcome> Transfer::finish_request(CURLcode result) {
  detach();
  report_.final_url = url_;
  long status = 0;  // stays 0 when no response came
  curl_easy_getinfo(easy_.get(), CURLINFO_RESPONSE_CODE, &status);
  report_.status = static_cast<int>(status);
  // Stopping the body at the cap makes libcurl report a write error; the
  // response itself was fine.
  bool body_cut_short = result == CURLE_WRITE_ERROR && body_capped_;
  if (result != CURLE_OK && !body_cut_short)
    return Outcome{verdict_for_curl_code(result), error_[0] ? std::string(error_.data()) : curl_easy_strerror(result)};
  return read_response();
}

std::optional<Outcome> Transfer::read_response() {
  std::string location = header("Location");
  if (is_redirect_status(report_.status) && !location.empty()) {
    report_.redirects.push_back(RedirectHop{url_, report_.status});
    RedirectStep step = follow_redirect(url_, location, report_.redirects.size(), options_.max_redirects);
    if (step.stop) return step.stop;
    url_ = std::move(step.next_url);
    return std::nullopt;
  }
  report_.last_modified = header("Last-Modified");
  return outcome_for_status(report_.status, !report_.redirects.empty());
}

// The header as the last response sent it, or "" when it did not.
std::string Transfer::header(const char* name) const {
  curl_header* found = nullptr;
  if (curl_easy_header(easy_.get(), name, 0, CURLH_HEADER, -1, &found) != CURLHE_OK || !found) return "";
  return found->value;
}

LinkReport Transfer::conclude(Outcome outcome) {
  report_.verdict = outcome.verdict;
  report_.detail = std::move(outcome.detail);
  report_.permanent_redirect = is_permanent_redirect(report_.redirects);
  report_.attempts = requested_ ? 1 : 0;
  report_.seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  return std::move(report_);
}

std::size_t Transfer::on_body(char*, std::size_t size, std::size_t count, void* self) {
  // Only the start of the body matters (it shows whether a page is there);
  // reading on would waste time and bandwidth on large files.
  auto& transfer = *static_cast<Transfer*>(self);
  std::size_t bytes = size * count;
  transfer.body_bytes_ += bytes;
  if (transfer.body_bytes_ > transfer.options_.max_body_bytes) {
    transfer.body_capped_ = true;
    return 0;  // anything but `bytes` makes libcurl stop the transfer
  }
  return bytes;
}

}  // namespace citekit::linkcheck
