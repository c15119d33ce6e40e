#pragma once
// Unicode host names (IDN, "bücher.example") in the ASCII form DNS and HTTP
// use ("xn--bcher-kva.example"), by UTS #46 as libcurl does it. Done here,
// on UTF-8 text, because libcurl's own conversion reads the process locale
// and fails in the "C" locale a library cannot change.

#include <string>
#include <string_view>

namespace citekit::linkcheck {

// The ASCII form of a host name, or why there is none.
struct AsciiHost {
  std::string host;     // empty when `problem` is set
  std::string problem;  // "the host name is not a valid internationalised domain name (…)"
};

// An ASCII host is returned as it is; a Unicode one (UTF-8) is converted.
AsciiHost ascii_host(std::string_view host);

}  // namespace citekit::linkcheck
