#include "linkcheck/transfer.hpp"

#include "linkcheck/dates.hpp"
#include "linkcheck/page.hpp"
#include "linkcheck/redirects.hpp"
#include "linkcheck/retry.hpp"
#include "linkcheck/soft404.hpp"
#include "linkcheck/url.hpp"

#include <sys/socket.h>

#include <algorithm>

namespace citekit::linkcheck {
namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

// A Last-Modified this close to the response's own Date only says that the
// page was generated for this request.
constexpr std::chrono::seconds kGeneratedNow{60};

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

bool accepted(const std::vector<StatusRange>& accept, int status) {
  return std::any_of(accept.begin(), accept.end(), [&](const StatusRange& range) { return range.contains(status); });
}

// HEAD refused in a way a GET may not be.
bool head_refused(int status) { return status == 403 || status == 405 || status == 501; }

std::string host_of(const std::string& url) {
  auto parts = url_parts(url);
  return parts ? parts->host : std::string();
}

}  // namespace

Transfer::Transfer(std::size_t job, std::string url, const FetchSettings& settings, const SharedLists& lists)
    : job_(job),
      settings_(settings),
      options_(settings.options),
      lists_(lists),
      cited_url_(url),
      started_(Clock::now()) {
  report_.url = std::move(url);
  go_to(cited_url_);
}

Transfer::~Transfer() { detach(); }

void Transfer::detach() {
  if (multi_) curl_multi_remove_handle(multi_, easy_.get());
  multi_ = nullptr;
}

void Transfer::go_to(std::string url) {
  url_ = std::move(url);
  host_ = host_of(url_);
  head_ = options_.head_first;
}

// Options every request of this attempt shares.
bool Transfer::configure() {
  OptionSetter options(easy_.get());
  options.set(CURLOPT_PRIVATE, static_cast<void*>(this))
      .set(CURLOPT_ERRORBUFFER, error_.data())
      .set(CURLOPT_NOSIGNAL, 1L)  // no SIGALRM for DNS timeouts: we may share the process with threads
      .set(CURLOPT_FOLLOWLOCATION, 0L)  // redirects are followed by hand, hop by hop
      .set(CURLOPT_PROTOCOLS_STR, "http,https")
      .set(CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS))  // HTTP/2 where TLS offers it
      .set(CURLOPT_PIPEWAIT, 1L)  // wait for a connection that may multiplex rather than open another
      .set(CURLOPT_USERAGENT, options_.user_agent.c_str())
      .set(CURLOPT_HTTPHEADER, lists_.request_headers)
      .set(CURLOPT_COOKIEFILE, "")  // keep cookies across hops: some sites redirect in a loop without them
      .set(CURLOPT_WRITEFUNCTION, &Transfer::on_body)
      .set(CURLOPT_WRITEDATA, static_cast<void*>(this))
      .set(CURLOPT_HEADERFUNCTION, &Transfer::on_header)
      .set(CURLOPT_HEADERDATA, static_cast<void*>(this))
      // Removing a transfer still resolving its host must not wait for the
      // resolver thread: a stalled DNS server would hold up the whole loop.
      .set(CURLOPT_QUICK_EXIT, 1L);
  if (lists_.resolve) options.set(CURLOPT_RESOLVE, lists_.resolve);
  if (options_.insecure) options.set(CURLOPT_SSL_VERIFYPEER, 0L).set(CURLOPT_SSL_VERIFYHOST, 0L);
  return options.ok() && configure_guard();
}

// The address guard judges every connection twice: before it is opened (the
// open-socket callback sees the address DNS gave, for each address tried),
// and before each request is sent on it (the pre-request callback sees the
// address of the connection actually used, a reused one included). A proxy
// would hide the destination's address, so none is used.
bool Transfer::configure_guard() {
  if (!settings_.guard) return true;
  OptionSetter options(easy_.get());
  options.set(CURLOPT_OPENSOCKETFUNCTION, &Transfer::on_open_socket)
      .set(CURLOPT_OPENSOCKETDATA, static_cast<void*>(this))
      .set(CURLOPT_PREREQFUNCTION, &Transfer::on_prerequest)
      .set(CURLOPT_PREREQDATA, static_cast<void*>(this))
      .set(CURLOPT_PROXY, "");
  return options.ok();
}

bool Transfer::configure_request(milliseconds time_left) {
  error_[0] = '\0';
  body_.clear();
  body_capped_ = false;
  header_bytes_ = 0;
  headers_capped_ = false;
  guard_refusal_.clear();
  OptionSetter options(easy_.get());
  options.set(CURLOPT_URL, url_.c_str())
      .set(CURLOPT_TIMEOUT_MS, timeout_ms(time_left))
      .set(CURLOPT_CONNECTTIMEOUT_MS, timeout_ms(std::min(options_.connect_timeout, time_left)));
  if (head_) options.set(CURLOPT_NOBODY, 1L);
  else options.set(CURLOPT_HTTPGET, 1L);
  return options.ok();
}

std::optional<Outcome> Transfer::start(CURLM* multi) {
  if (!attempt_started_) {
    easy_.reset(curl_easy_init());
    if (!easy_) return Outcome{Verdict::unchecked, "could not create a transfer (out of memory)"};
    if (!configure()) return Outcome{Verdict::unchecked, "could not set up the transfer"};
    ++attempt_;
    attempt_started_ = true;
    deadline_ = Clock::now() + options_.total_timeout;
  }
  auto time_left = duration_cast<milliseconds>(deadline_ - Clock::now());
  if (time_left <= milliseconds::zero()) return out_of_time();
  if (!configure_request(time_left)) return Outcome{Verdict::unchecked, "could not set up the request for " + url_};
  CURLMcode added = curl_multi_add_handle(multi, easy_.get());
  if (added != CURLM_OK) return Outcome{Verdict::unchecked, curl_multi_strerror(added)};
  multi_ = multi;
  return std::nullopt;
}

void Transfer::prepare_retry() {
  detach();
  easy_.reset();
  attempt_started_ = false;
  report_.redirects.clear();
  go_to(cited_url_);
}

Outcome Transfer::out_of_time() const {
  std::string detail = "total timeout of " + std::to_string(options_.total_timeout.count()) + " ms reached";
  if (!report_.redirects.empty()) detail += " while following redirects";
  return Outcome{Verdict::timeout, std::move(detail)};
}

Step Transfer::finish_request(CURLcode result) {
  detach();
  report_.final_url = url_;
  long status = 0;  // stays 0 when no response came
  curl_easy_getinfo(easy_.get(), CURLINFO_RESPONSE_CODE, &status);
  report_.status = static_cast<int>(status);
  if (auto stop = refused_or_overlong(result)) return std::move(*stop);
  // Stopping the body at the cap makes libcurl report a write error; the
  // response itself was fine.
  bool body_cut_short = result == CURLE_WRITE_ERROR && body_capped_;
  if (result != CURLE_OK && !body_cut_short) {
    Step step;
    step.outcome = Outcome{verdict_for_curl_code(result), error_[0] ? std::string(error_.data()) : curl_easy_strerror(result)};
    if (is_retryable_error(result)) step.next = Step::Next::retry;
    step.answered = status != 0;
    return step;
  }
  return read_response(true);
}

// The request ended by the address guard or by the header cap: final,
// never retried (the same thing would happen again).
std::optional<Step> Transfer::refused_or_overlong(CURLcode result) const {
  Step step;
  if (!guard_refusal_.empty() && result != CURLE_OK) {
    step.outcome = Outcome{Verdict::excluded, "address guard: " + guard_refusal_};
    return step;
  }
  if (headers_capped_) {
    step.outcome = Outcome{Verdict::connection_error,
                           "response headers longer than " + std::to_string(options_.max_header_bytes) + " bytes"};
    step.answered = true;
    return step;
  }
  // libcurl 7.88 ends a status or header line over its own limit (100 KiB)
  // with "out of memory"; a transfer allocates nothing else that large.
  if (result == CURLE_OUT_OF_MEMORY) {
    step.outcome = Outcome{Verdict::connection_error, "a response line longer than libcurl accepts (100 KiB)"};
    return step;
  }
  return std::nullopt;
}

Step Transfer::read_response(bool answered) {
  Step step;
  step.answered = answered;
  step.overloaded = report_.status == 429 || report_.status == 503;
  if (head_ && head_refused(report_.status)) {
    head_ = false;  // the same URL again, with GET
    step.next = Step::Next::request_again;
    return step;
  }
  std::string location = header("Location");
  if (is_redirect_status(report_.status) && !location.empty()) {
    report_.redirects.push_back(RedirectHop{url_, report_.status});
    RedirectStep redirect = follow_redirect(url_, location, report_.redirects.size(), options_.max_redirects);
    if (redirect.stop) {
      step.outcome = std::move(*redirect.stop);
      return step;
    }
    go_to(std::move(redirect.next_url));
    step.next = Step::Next::request_again;
    return step;
  }
  Step last = final_response();
  last.answered = step.answered;
  last.overloaded = step.overloaded;
  return last;
}

Step Transfer::final_response() {
  Step step;
  int status = report_.status;
  bool redirected = !report_.redirects.empty();
  report_.last_modified = header("Last-Modified");
  bool is_accepted = accepted(options_.accept, status);
  step.outcome = outcome_for_status(status, redirected, is_accepted);
  if (is_accepted) {
    if (settings_.judge_pages) read_page(step.outcome);
  } else if (is_retryable_status(status)) {
    step.next = Step::Next::retry;
    step.retry_after = parse_retry_after(header("Retry-After"), std::chrono::system_clock::now());
  }
  return step;
}

// Title, modification date and soft-404 signs of an accepted page.
void Transfer::read_page(Outcome& outcome) {
  char* content_type = nullptr;
  curl_easy_getinfo(easy_.get(), CURLINFO_CONTENT_TYPE, &content_type);
  PageFacts page = read_page_start(body_, content_type ? content_type : "");
  report_.title = std::move(page.title);
  if (page.modified) {
    report_.modified = date_of(*page.modified);
  } else if (auto modified = parse_http_date(report_.last_modified)) {
    auto sent = parse_http_date(header("Date"));
    bool generated_now = sent && *sent - *modified < kGeneratedNow;
    if (!generated_now) report_.modified = date_of(std::chrono::floor<std::chrono::days>(*modified));
  }
  bool success = report_.status >= 200 && report_.status <= 299;
  if (!success) return;
  if (auto reason = soft_404_reason(cited_url_, url_, !report_.redirects.empty(), report_.title))
    outcome = Outcome{Verdict::soft_404, std::move(*reason)};
}

// The header as the last response sent it, or "" when it did not.
std::string Transfer::header(const char* name) const {
  curl_header* found = nullptr;
  if (curl_easy_header(easy_.get(), name, 0, CURLH_HEADER, -1, &found) != CURLHE_OK || !found) return "";
  return found->value;
}

LinkReport Transfer::conclude(Outcome outcome) {
  detach();
  report_.verdict = outcome.verdict;
  report_.detail = std::move(outcome.detail);
  report_.permanent_redirect = is_permanent_redirect(report_.redirects);
  report_.attempts = attempt_;
  report_.seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  easy_.reset();
  return std::move(report_);
}

std::size_t Transfer::on_body(char* data, std::size_t size, std::size_t count, void* self) {
  // Only the start of the body matters (its title, whether it is a page at
  // all); reading on would waste time and bandwidth on large files.
  auto& transfer = *static_cast<Transfer*>(self);
  std::size_t bytes = size * count;
  std::size_t room = transfer.options_.max_body_bytes - std::min(transfer.body_.size(), transfer.options_.max_body_bytes);
  transfer.body_.append(data, std::min(bytes, room));
  if (bytes > room) {
    transfer.body_capped_ = true;
    return 0;  // anything but `bytes` makes libcurl stop the transfer
  }
  return bytes;
}

std::size_t Transfer::on_header(char*, std::size_t size, std::size_t count, void* self) {
  // libcurl keeps every header line for curl_easy_header: a server sending
  // headers without end would fill the memory, so they stop at a cap.
  auto& transfer = *static_cast<Transfer*>(self);
  std::size_t bytes = size * count;
  transfer.header_bytes_ += bytes;
  if (transfer.header_bytes_ > transfer.options_.max_header_bytes) {
    transfer.headers_capped_ = true;
    return 0;  // anything but `bytes` makes libcurl stop the transfer
  }
  return bytes;
}

curl_socket_t Transfer::on_open_socket(void* self, curlsocktype purpose, curl_sockaddr* address) {
  auto& transfer = *static_cast<Transfer*>(self);
  auto ip = IpAddress::from(&address->addr, address->addrlen);
  std::optional<std::string> refusal = ip ? transfer.settings_.guard->refusal(*ip) : "not an IP address";
  if (purpose != CURLSOCKTYPE_IPCXN) refusal = "not a connection to a server";
  if (refusal) {
    transfer.guard_refusal_ = std::move(*refusal);
    return CURL_SOCKET_BAD;  // libcurl tries the host's next address, if it has one
  }
  return ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

int Transfer::on_prerequest(void* self, char* primary_ip, char*, int, int) {
  auto& transfer = *static_cast<Transfer*>(self);
  auto refusal = transfer.settings_.guard->refusal(std::string_view(primary_ip ? primary_ip : ""));
  if (!refusal) return CURL_PREREQFUNC_OK;
  transfer.guard_refusal_ = std::move(*refusal);
  return CURL_PREREQFUNC_ABORT;
}

}  // namespace citekit::linkcheck
