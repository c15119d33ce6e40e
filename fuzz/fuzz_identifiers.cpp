// URLs and identifiers: the reference parser's extractors (URL, DOI, ISBN,
// access date) on any text, then the link checker's URL parsing of what
// they found and of the raw input. A URL the checker accepts must come back
// unchanged when parsed again, and resolving a reference against it must
// give a URL the checker accepts too.
#include "extract/parse/parse.hpp"
#include "linkcheck/url.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void check_url(std::string_view text) {
  auto parsed = citekit::linkcheck::parse_http_url(text);
  if (!parsed.ok()) return;
  auto again = citekit::linkcheck::parse_http_url(parsed.url);
  if (!again.ok() || again.url != parsed.url) std::abort();
  if (!citekit::linkcheck::url_parts(parsed.url)) std::abort();
  auto resolved = citekit::linkcheck::resolve_http_url(parsed.url, "../a/./b?q#f");
  if (resolved.ok() && !citekit::linkcheck::parse_http_url(resolved.url).ok()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = citekit::extract::parse_reference(text);
  check_url(parsed.item.get("URL"));
  check_url(text);
  return 0;
}
