#include "cli/link_settings.hpp"

#include "core/text.hpp"
#include "linkcheck/address_guard.hpp"

#include <charconv>
#include <cmath>

namespace citekit::cli {
namespace {

using linkcheck::Options;
using std::chrono::milliseconds;

Error bad(const std::string& name, const std::string& why) { return Error{"usage", name + ": " + why, {}}; }

std::optional<int> whole_number(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "200..299", "403": one range of statuses.
std::optional<linkcheck::StatusRange> status_range(std::string_view text) {
  text = trim(text);
  auto dots = text.find("..");
  auto first = whole_number(text.substr(0, dots));
  auto last = dots == std::string_view::npos ? first : whole_number(text.substr(dots + 2));
  if (!first || !last || *first < 100 || *last > 999 || *first > *last) return std::nullopt;
  return linkcheck::StatusRange{*first, *last};
}

// "1d", "12h", "30m", "90s", "3600" (seconds).
std::optional<std::chrono::seconds> duration(std::string_view text) {
  text = trim(text);
  long long unit = 1;
  if (!text.empty() && std::string_view("smhd").find(text.back()) != std::string_view::npos) {
    unit = text.back() == 's' ? 1 : text.back() == 'm' ? 60 : text.back() == 'h' ? 3600 : 86400;
    text.remove_suffix(1);
  }
  long long count = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), count);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || count < 0) return std::nullopt;
  return std::chrono::seconds(count * unit);
}

template <typename T>
const T& as(const SettingValue& value) {
  return std::get<T>(value);
}

// A count in [low, high].
auto count_into(std::size_t Options::*field, const char* name, long long low, long long high) {
  return [=](Options& options, const SettingValue& value) -> Result<bool> {
    long long n = as<long long>(value);
    if (n < low || n > high) return bad(name, "must be from " + std::to_string(low) + " to " + std::to_string(high));
    options.*field = static_cast<std::size_t>(n);
    return true;
  };
}

auto int_into(int Options::*field, const char* name, long long low, long long high) {
  return [=](Options& options, const SettingValue& value) -> Result<bool> {
    long long n = as<long long>(value);
    if (n < low || n > high) return bad(name, "must be from " + std::to_string(low) + " to " + std::to_string(high));
    options.*field = static_cast<int>(n);
    return true;
  };
}

// Seconds (fractions allowed) into a millisecond field; `positive` refuses 0.
auto seconds_into(milliseconds Options::*field, const char* name, bool positive) {
  return [=](Options& options, const SettingValue& value) -> Result<bool> {
    double seconds = as<double>(value);
    if (!std::isfinite(seconds) || seconds < 0 || (positive && seconds == 0) || seconds > 86400.0 * 365)
      return bad(name, positive ? "must be a positive number of seconds" : "must be a number of seconds");
    options.*field = milliseconds(static_cast<long long>(std::llround(seconds * 1000)));
    return true;
  };
}

Result<bool> accept(Options& options, const SettingValue& value) {
  std::vector<linkcheck::StatusRange> ranges;
  for (const auto& item : as<std::vector<std::string>>(value))
    for (auto part : split(item, ',')) {
      auto range = status_range(part);
      if (!range) return bad("accept", "\"" + std::string(trim(part)) + "\" is not a status or a range like 200..299");
      ranges.push_back(*range);
    }
  if (ranges.empty()) return bad("accept", "needs at least one status");
  options.accept = std::move(ranges);
  return true;
}

Result<bool> max_cache_age(Options& options, const SettingValue& value) {
  auto age = duration(as<std::string>(value));
  if (!age) return bad("max-cache-age", "\"" + as<std::string>(value) + "\" is not a duration like 1d, 12h, 30m or 90s");
  options.max_cache_age = *age;
  return true;
}

Result<bool> archive(Options& options, const SettingValue& value) {
  const auto& mode = as<std::string>(value);
  if (mode == "off") options.archive.mode = linkcheck::ArchiveMode::off;
  else if (mode == "problems") options.archive.mode = linkcheck::ArchiveMode::problems;
  else if (mode == "all") options.archive.mode = linkcheck::ArchiveMode::all;
  else return bad("archive", "must be off, problems or all");
  return true;
}

// A file path; a URL names a store on a server, refused when not built in.
Result<bool> cache(Options& options, const SettingValue& value) {
  auto file = linkcheck::cache_file_for(as<std::string>(value));
  if (!file) return bad("cache", file.error().position.file + ": " + file.error().message);
  options.cache_path = std::move(*file);
  return true;
}

// A stand-in for the Internet Archive answering at the same paths.
Result<bool> archive_endpoint(Options& options, const SettingValue& value) {
  std::string base(trim(as<std::string>(value)));
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (!istarts_with_ascii(base, "http://") && !istarts_with_ascii(base, "https://"))
    return bad("archive-endpoint", "must be an http(s) URL");
  options.archive.availability_url = base + "/wayback/available";
  options.archive.cdx_url = base + "/cdx/search/cdx";
  options.archive.replay_url = base + "/web/";
  return true;
}

Result<bool> allow_address(Options& options, const SettingValue& value) {
  std::vector<std::string> ranges;
  for (const auto& entry : as<std::vector<std::string>>(value)) {
    if (!linkcheck::AddressRange::parse(trim(entry)))
      return bad("allow-address", "\"" + entry + "\" is not an IP address or a range like 10.0.0.0/8");
    ranges.emplace_back(trim(entry));
  }
  options.allowed_addresses = std::move(ranges);
  return true;
}

// "HOST:PORT:ADDRESS[,ADDRESS]...", as curl --resolve takes it.
Result<bool> resolve(Options& options, const SettingValue& value) {
  std::vector<std::string> entries;
  for (const auto& entry : as<std::vector<std::string>>(value)) {
    auto first = entry.find(':');
    auto second = first == std::string::npos ? first : entry.find(':', first + 1);
    auto port = second == std::string::npos ? std::nullopt
                                            : whole_number(std::string_view(entry).substr(first + 1, second - first - 1));
    if (first == 0 || !port || *port < 1 || *port > 65535 || second + 1 >= entry.size())
      return bad("resolve", "\"" + entry + "\" is not HOST:PORT:ADDRESS");
    entries.push_back(entry);
  }
  options.resolve = std::move(entries);
  return true;
}

auto text_into(std::string Options::*field) {
  return [=](Options& options, const SettingValue& value) -> Result<bool> {
    options.*field = as<std::string>(value);
    return true;
  };
}

auto texts_into(std::vector<std::string> Options::*field) {
  return [=](Options& options, const SettingValue& value) -> Result<bool> {
    options.*field = as<std::vector<std::string>>(value);
    return true;
  };
}

auto flag_into(bool Options::*field) {
  return [=](Options& options, const SettingValue& value) -> Result<bool> {
    options.*field = as<bool>(value);
    return true;
  };
}

}  // namespace

const std::vector<LinkSetting>& link_settings() {
  using K = SettingKind;
  static const std::vector<LinkSetting> table = {
      {"max-in-flight", "Requests at once (default 128)", K::integer, count_into(&Options::max_in_flight, "max-in-flight", 1, 4096)},
      {"max-per-host", "Requests at once to one host (default 8)", K::integer, count_into(&Options::max_per_host, "max-per-host", 1, 1024)},
      {"timeout", "Seconds allowed per attempt at a URL, redirects included (default 30)", K::seconds,
       seconds_into(&Options::total_timeout, "timeout", true)},
      {"connect-timeout", "Seconds allowed to connect (default 10)", K::seconds,
       seconds_into(&Options::connect_timeout, "connect-timeout", true)},
      {"max-redirects", "Redirects followed per URL (default 10)", K::integer, int_into(&Options::max_redirects, "max-redirects", 0, 100)},
      {"max-retries", "Retries after 408, 429, 5xx, timeouts and resets (default 2)", K::integer,
       int_into(&Options::max_retries, "max-retries", 0, 20)},
      {"retry-wait", "Seconds before the first retry, doubled for each next one (default 0.25)", K::seconds,
       seconds_into(&Options::retry_wait, "retry-wait", false)},
      {"max-retry-after", "Longest Retry-After waited for, in seconds (default 60)", K::seconds,
       seconds_into(&Options::max_retry_after, "max-retry-after", false)},
      {"user-agent", "User-Agent header sent", K::text, text_into(&Options::user_agent)},
      {"insecure", "Do not verify TLS certificates", K::flag, flag_into(&Options::insecure)},
      {"head", "Ask with HEAD first, then GET when HEAD gets 403, 405 or 501", K::flag, flag_into(&Options::head_first)},
      {"accept", "Statuses that count as alive, e.g. 200..299,403 (default 200..299)", K::texts, accept},
      {"include", "Check only URLs matching this pattern (PCRE2; repeatable)", K::texts, texts_into(&Options::include)},
      {"exclude", "Do not check URLs matching this pattern (PCRE2; repeatable)", K::texts, texts_into(&Options::exclude)},
      {"cache", "SQLite file of earlier results (default under the user's cache folder)", K::text, cache},
      {"no-cache", "Neither read nor write the cache", K::flag,
       [](Options& options, const SettingValue& value) -> Result<bool> {
         if (as<bool>(value)) options.cache_path.clear();
         return true;
       }},
      {"max-cache-age", "Reuse cached results younger than this: 1d, 12h, 30m, 90s (default 1d)", K::text, max_cache_age},
      {"archive", "Look up archived copies: off, problems (dead or changed pages) or all (default off)", K::text, archive},
      {"archive-endpoint", "Base URL of an Internet Archive stand-in", K::text, archive_endpoint},
      {"block-private-addresses",
       "Refuse to connect to loopback, private and link-local addresses, after DNS and redirects (for untrusted documents)",
       K::flag, flag_into(&Options::address_guard)},
      {"allow-address", "An address or range --block-private-addresses lets through, e.g. 10.1.0.0/16 (repeatable)",
       K::texts, allow_address},
      {"resolve", "Use ADDRESS for HOST:PORT instead of DNS: HOST:PORT:ADDRESS (repeatable)", K::texts, resolve},
  };
  return table;
}

}  // namespace citekit::cli
