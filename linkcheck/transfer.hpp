#pragma once
// One cited URL being checked: its libcurl easy handle with the options every
// request gets, the redirects followed so far, and the per-URL deadline.
// Internal: includes curl.h.

#include "core/link.hpp"
#include "linkcheck/curl_handles.hpp"
#include "linkcheck/linkcheck.hpp"
#include "linkcheck/verdict.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace citekit::linkcheck {

class Transfer {
 public:
  using Clock = std::chrono::steady_clock;

  // `job` identifies the URL for the caller; `options` and `request_headers`
  // must outlive the transfer (libcurl keeps pointing at the header list).
  Transfer(std::size_t job, std::string url, const Options& options, const curl_slist* request_headers);
  ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  std::size_t job() const { return job_; }

  // Sets the handle up for the next request (the cited URL, then each
  // redirect target) and adds it to `multi`. Returns the outcome that ends
  // the check instead when that is impossible or no time is left.
  std::optional<Outcome> start(CURLM* multi);

  // Takes the handle out of its multi handle and reads the response to the
  // request that just ended. Returns the outcome when the check is over, or
  // nullopt when a redirect is to be followed (call start() again).
  std::optional<Outcome> finish_request(CURLcode result);

  // The finished report (cited_in is left to the caller).
  LinkReport conclude(Outcome outcome);

 private:
  static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self);
  bool configure();
  bool configure_request(std::chrono::milliseconds time_left);
  std::optional<Outcome> read_response();
  Outcome out_of_time() const;
  std::string header(const char* name) const;
  void detach();

  std::size_t job_;
  const Options& options_;
  const curl_slist* request_headers_;
  EasyHandle easy_;
  CURLM* multi_ = nullptr;  // set while the handle is added to it
  std::array<char, CURL_ERROR_SIZE> error_{};
  std::string url_;          // the URL being requested
  std::size_t body_bytes_ = 0;
  bool body_capped_ = false;
  bool requested_ = false;   // a request was handed to libcurl
  Clock::time_point started_;
  Clock::time_point deadline_;
  LinkReport report_;
};

}  // namespace citekit::linkcheck
