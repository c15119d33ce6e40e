#include "linkcheck/idn.hpp"

#include <idn2.h>

#include <algorithm>
#include <memory>

namespace citekit::linkcheck {
namespace {

struct Idn2Deleter {
  void operator()(char* text) const noexcept { idn2_free(text); }
};

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

AsciiHost ascii_host(std::string_view host) {
  if (is_ascii(host)) return AsciiHost{std::string(host), ""};
  std::string input(host);  // idn2 wants a NUL-terminated string
  char* output = nullptr;
  // Non-transitional processing first, transitional when that refuses the
  // name: the order libcurl follows, so that both agree on every host.
  int code = idn2_to_ascii_8z(input.c_str(), &output, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL);
  if (code == IDN2_DISALLOWED) code = idn2_to_ascii_8z(input.c_str(), &output, IDN2_NFC_INPUT | IDN2_TRANSITIONAL);
  std::unique_ptr<char, Idn2Deleter> owned(output);
  if (code != IDN2_OK || !owned)
    return AsciiHost{"", std::string("the host name is not a valid internationalised domain name (") +
                             idn2_strerror(code) + ")"};
  return AsciiHost{owned.get(), ""};
}

}  // namespace citekit::linkcheck
