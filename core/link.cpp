#include "core/link.hpp"

#include <array>
#include <utility>

namespace citekit {
namespace {

constexpr std::array<std::pair<Verdict, std::string_view>, 13> kVerdictNames{{
    {Verdict::ok, "ok"},
    {Verdict::redirected, "redirected"},
    {Verdict::soft_404, "soft-404"},
    {Verdict::broken, "broken"},
    {Verdict::server_error, "server-error"},
    {Verdict::rate_limited, "rate-limited"},
    {Verdict::timeout, "timeout"},
    {Verdict::dns_error, "dns-error"},
    {Verdict::connection_error, "connection-error"},
    {Verdict::tls_error, "tls-error"},
    {Verdict::invalid_url, "invalid-url"},
    {Verdict::excluded, "excluded"},
    {Verdict::unchecked, "unchecked"},
}};

}  // namespace

std::string_view to_string(Verdict verdict) {
  for (const auto& [value, name] : kVerdictNames)
    if (value == verdict) return name;
  return "unchecked";
}

std::optional<Verdict> verdict_from_string(std::string_view text) {
  for (const auto& [value, name] : kVerdictNames)
    if (name == text) return value;
  return std::nullopt;
}

bool is_broken(Verdict verdict) {
  switch (verdict) {
    case Verdict::ok:
    case Verdict::redirected:
    case Verdict::excluded:
    case Verdict::unchecked:
    case Verdict::rate_limited:  // the server refused to answer, not that the page is gone
      return false;
    default:
      return true;
  }
}

bool is_network_failure(Verdict verdict) {
  return verdict == Verdict::dns_error || verdict == Verdict::connection_error || verdict == Verdict::tls_error;
}

}  // namespace citekit
