#include "linkcheck/curl_handles.hpp"

namespace citekit::linkcheck {

CURLcode init_curl_once() {
  // A function-local static is initialised exactly once, even when several
  // threads call this at the same time (curl_global_init itself is not
  // thread-safe).
  static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
  return result;
}

bool append_line(StringList& list, const char* line) {
  curl_slist* extended = curl_slist_append(list.get(), line);
  if (!extended) return false;  // the old list is still valid and still owned
  // `extended` is the same list with one more line (or a new list when it was
  // empty): take it over without freeing what it still points to.
  static_cast<void>(list.release());
  list.reset(extended);
  return true;
}

}  // namespace citekit::linkcheck
