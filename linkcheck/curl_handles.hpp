#pragma once
// Owning wrappers for libcurl's C handles, so that every exit path, early
// returns and exceptions included, releases them. Internal: includes curl.h.

#include <curl/curl.h>

#include <memory>

namespace citekit::linkcheck {

struct EasyDeleter {
  void operator()(CURL* handle) const noexcept { curl_easy_cleanup(handle); }
};
struct MultiDeleter {
  void operator()(CURLM* handle) const noexcept { curl_multi_cleanup(handle); }
};
struct StringListDeleter {
  void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};
struct UrlDeleter {
  void operator()(CURLU* handle) const noexcept { curl_url_cleanup(handle); }
};
struct CurlStringDeleter {
  void operator()(char* text) const noexcept { curl_free(text); }
};

using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;
using MultiHandle = std::unique_ptr<CURLM, MultiDeleter>;
using StringList = std::unique_ptr<curl_slist, StringListDeleter>;
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;
using CurlString = std::unique_ptr<char, CurlStringDeleter>;

// Runs curl_global_init once per process, whichever thread asks first, and
// returns its result every time. libcurl is never globally cleaned up: other
// parts of the process may still be using it.
CURLcode init_curl_once();

// Appends a line (a header, a CURLOPT_RESOLVE entry); false when libcurl
// could not allocate it.
bool append_line(StringList& list, const char* line);

}  // namespace citekit::linkcheck
