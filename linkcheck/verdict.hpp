#pragma once
// What a finished transfer means for the cited page: libcurl result codes
// and HTTP statuses mapped to verdicts. Internal: includes curl.h.

#include "core/link.hpp"

#include <curl/curl.h>

#include <string>

namespace citekit::linkcheck {

// A verdict and the reason a person would want to read next to it.
struct Outcome {
  Verdict verdict = Verdict::unchecked;
  std::string detail;
};

// The verdict for a transfer that failed below HTTP (no usable response).
Verdict verdict_for_curl_code(CURLcode code);

// The verdict for the final HTTP response; `redirected` when at least one
// redirect led to it, `accepted` when the status is one the user counts as
// alive (2xx by default). Redirect statuses are handled before this is asked.
Outcome outcome_for_status(int status, bool redirected, bool accepted);

}  // namespace citekit::linkcheck
