#pragma once
// One URL being checked: its attempts (a retry starts over from the cited
// URL), each attempt's requests (the URL, every redirect target, a GET after
// a refused HEAD), the per-attempt deadline and what the responses said.
// Internal: includes curl.h.

#include "core/link.hpp"
#include "linkcheck/address_guard.hpp"
#include "linkcheck/curl_handles.hpp"
#include "linkcheck/linkcheck.hpp"
#include "linkcheck/verdict.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace citekit::linkcheck {

// What one run of the fetch engine is for.
struct FetchSettings {
  Options options;
  bool judge_pages = true;  // read titles and dates, detect soft 404s (link checks)
  bool keep_body = false;   // hand the start of the body out (archive lookups read it)
  const AddressGuard* guard = nullptr;             // refuse private destinations (Options::address_guard)
  const Interruption* interruption = nullptr;      // stops the run when requested
};

// libcurl lists that every transfer of a run shares; they must outlive the
// transfers (libcurl keeps pointing at them).
struct SharedLists {
  const curl_slist* request_headers = nullptr;  // sent with every request
  const curl_slist* resolve = nullptr;          // Options::resolve, or none
};

// What to do after a request ended.
struct Step {
  enum class Next { conclude, request_again, retry };
  Next next = Next::conclude;
  Outcome outcome;           // conclude: the verdict; retry: the verdict should no retry be left
  // retry: how long the server asked to wait (Retry-After), if it did.
  std::optional<std::chrono::milliseconds> retry_after;
  bool answered = false;     // an HTTP response came
  bool overloaded = false;   // ... and it was 429 or 503
};

class Transfer {
 public:
  using Clock = std::chrono::steady_clock;

  // `job` identifies the URL for the caller; `settings` and `lists` must
  // outlive the transfer.
  Transfer(std::size_t job, std::string url, const FetchSettings& settings, const SharedLists& lists);
  ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  std::size_t job() const { return job_; }
  int attempt() const { return attempt_; }
  // The host the next request goes to.
  const std::string& host() const { return host_; }

  // Sets the handle up for the next request and adds it to `multi`. Returns
  // the outcome that ends the check instead when that is impossible or the
  // attempt has no time left.
  std::optional<Outcome> start(CURLM* multi);

  // Takes the handle out of its multi handle and reads the response to the
  // request that just ended.
  Step finish_request(CURLcode result);

  // Makes the next start() begin a new attempt at the cited URL. The easy
  // handle is freed meanwhile: a waiting transfer holds no connection state.
  void prepare_retry();

  // The finished report (cited_in is left to the caller).
  LinkReport conclude(Outcome outcome);
  // The start of the last response's body (when FetchSettings::keep_body).
  std::string take_body() { return std::move(body_); }

 private:
  static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self);
  static std::size_t on_header(char* data, std::size_t size, std::size_t count, void* self);
  static curl_socket_t on_open_socket(void* self, curlsocktype purpose, curl_sockaddr* address);
  static int on_prerequest(void* self, char* primary_ip, char* local_ip, int primary_port, int local_port);
  bool configure();
  bool configure_guard();
  std::optional<Step> refused_or_overlong(CURLcode result) const;
  bool configure_request(std::chrono::milliseconds time_left);
  Step read_response(bool answered);
  Step final_response();
  void read_page(Outcome& outcome);
  Outcome out_of_time() const;
  std::string header(const char* name) const;
  void go_to(std::string url);
  void detach();

  std::size_t job_;
  const FetchSettings& settings_;
  const Options& options_;
  const SharedLists& lists_;
  EasyHandle easy_;
  CURLM* multi_ = nullptr;  // set while the handle is added to it
  std::array<char, CURL_ERROR_SIZE> error_{};
  std::string cited_url_;
  std::string url_;          // the URL being requested
  std::string host_;
  bool head_ = false;        // this request is a HEAD
  std::string body_;         // the start of the body, up to max_body_bytes
  bool body_capped_ = false;
  std::size_t header_bytes_ = 0;  // of this request's responses
  bool headers_capped_ = false;
  std::string guard_refusal_;     // why the address guard refused this request's connection
  int attempt_ = 0;          // attempts begun
  bool attempt_started_ = false;
  Clock::time_point started_;
  Clock::time_point deadline_;
  LinkReport report_;
};

}  // namespace citekit::linkcheck
