#include "linkcheck/archive.hpp"

#include "linkcheck/checker.hpp"
#include "linkcheck/dates.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace citekit::linkcheck {
namespace {

using std::chrono::sys_days;

constexpr std::size_t kAnswerBytes = 256 * 1024;

// Percent-encodes everything but RFC 3986's unreserved characters, so that
// the cited URL's own query survives as one parameter.
std::string query_value(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool unreserved = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string yyyymmdd(sys_days day) {
  std::chrono::year_month_day ymd(day);
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return text;
}

std::optional<sys_days> day_of_timestamp(std::string_view timestamp) {
  if (timestamp.size() < 8) return std::nullopt;
  std::string iso = std::string(timestamp.substr(0, 4)) + "-" + std::string(timestamp.substr(4, 2)) + "-" +
                    std::string(timestamp.substr(6, 2));
  return parse_iso_day(iso);
}

std::string separator_for(const std::string& endpoint) { return endpoint.find('?') == std::string::npos ? "?" : "&"; }

// The engine's settings for archive lookups: few at a time, JSON answers
// kept, no page judging, the user's timeouts and retries.
FetchSettings lookup_settings(const Options& options) {
  FetchSettings settings;
  settings.options = options;
  settings.options.max_in_flight = options.archive.max_in_flight;
  settings.options.max_per_host = options.archive.max_in_flight;
  settings.options.head_first = false;
  settings.options.accept = {StatusRange{200, 299}};
  settings.options.max_body_bytes = kAnswerBytes;
  settings.judge_pages = false;
  settings.keep_body = true;
  return settings;
}

// The answer to each query, or why there is none.
struct Reply {
  ArchiveAnswer answer;
  std::string failure;
};

template <typename Read>
std::vector<Reply> ask(const std::vector<std::string>& queries, const FetchSettings& settings, Read read) {
  std::vector<Reply> replies(queries.size());
  fetch_all(queries, settings, [&](std::size_t job, LinkReport report, std::string body) {
    Reply& reply = replies[job];
    if (report.verdict != Verdict::ok) {
      reply.failure = std::string(to_string(report.verdict));
      if (!report.detail.empty()) reply.failure += ": " + report.detail;
      return;
    }
    reply.answer = read(body);
    if (!reply.answer.readable) reply.failure = "unreadable answer";
  });
  return replies;
}

bool after_access(const Capture& capture, const Date& accessed) {
  auto day = day_of_timestamp(capture.timestamp);
  auto last = last_day(accessed);
  return day && last && *day > *last;
}

ArchiveSnapshot snapshot_of(const Capture& capture, const std::optional<Date>& accessed) {
  ArchiveSnapshot snapshot{capture.url, capture.timestamp, std::nullopt};
  auto day = day_of_timestamp(capture.timestamp);
  auto access_day = accessed ? first_day(*accessed) : std::nullopt;
  if (day && access_day) snapshot.distance_days = static_cast<int>(std::abs((*day - *access_day).count()));
  return snapshot;
}

ArchiveFinding finding_from(const std::optional<Capture>& closest, const std::optional<Capture>& before,
                            const std::string& failure, const std::optional<Date>& accessed) {
  if (before) return ArchiveFinding{snapshot_of(*before, accessed), ""};
  if (closest) return ArchiveFinding{snapshot_of(*closest, accessed), ""};
  if (!failure.empty()) return ArchiveFinding{std::nullopt, "archive lookup failed: " + failure};
  return ArchiveFinding{std::nullopt, "not archived"};
}

}  // namespace

std::string availability_query(const ArchiveOptions& archive, std::string_view url, std::optional<sys_days> day) {
  std::string query = archive.availability_url + separator_for(archive.availability_url) + "url=" + query_value(url);
  if (day) query += "&timestamp=" + yyyymmdd(*day);
  return query;
}

std::string cdx_before_query(const ArchiveOptions& archive, std::string_view url, sys_days day) {
  return archive.cdx_url + separator_for(archive.cdx_url) + "url=" + query_value(url) + "&to=" + yyyymmdd(day) +
         "235959&output=json&fl=timestamp,original,statuscode&filter=statuscode:200&limit=-1";
}

ArchiveAnswer read_availability(std::string_view body) {
  auto json = nlohmann::json::parse(body, nullptr, false);
  if (!json.is_object() || !json.contains("archived_snapshots") || !json["archived_snapshots"].is_object()) return {};
  const auto& closest = json["archived_snapshots"].value("closest", nlohmann::json());
  if (!closest.is_object() || !closest.value("available", false)) return ArchiveAnswer{true, std::nullopt};
  auto url = closest.value("url", std::string());
  auto timestamp = closest.value("timestamp", std::string());
  if (url.empty() || !day_of_timestamp(timestamp)) return {};
  return ArchiveAnswer{true, Capture{url, timestamp}};
}

ArchiveAnswer read_cdx(std::string_view body, const ArchiveOptions& archive) {
  // The CDX server answers an empty body, not "[]", when nothing matches.
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return ArchiveAnswer{true, std::nullopt};
  auto json = nlohmann::json::parse(body, nullptr, false);
  if (!json.is_array()) return {};
  if (json.size() < 2) return ArchiveAnswer{true, std::nullopt};  // [] or only the header row
  const auto& row = json.back();
  if (!row.is_array() || row.size() < 2 || !row[0].is_string() || !row[1].is_string()) return {};
  auto timestamp = row[0].get<std::string>();
  if (!day_of_timestamp(timestamp)) return {};
  return ArchiveAnswer{true, Capture{archive.replay_url + timestamp + "/" + row[1].get<std::string>(), timestamp}};
}

std::vector<ArchiveFinding> find_snapshots(const std::vector<ArchiveTarget>& targets, const Options& options) {
  const ArchiveOptions& archive = options.archive;
  FetchSettings settings = lookup_settings(options);
  std::vector<std::string> queries;
  for (const auto& target : targets)
    queries.push_back(availability_query(archive, target.url, target.accessed ? first_day(*target.accessed) : std::nullopt));
  auto closest = ask(queries, settings, read_availability);

  // The closest capture may be after the access date (or missing: the
  // availability API sometimes answers nothing for archived pages); the CDX
  // API gives the last one before it.
  std::vector<std::size_t> asked_before;
  queries.clear();
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const auto& accessed = targets[i].accessed;
    auto day = accessed ? last_day(*accessed) : std::nullopt;
    if (!day) continue;
    const auto& capture = closest[i].answer.capture;
    if (capture && !after_access(*capture, *accessed)) continue;
    asked_before.push_back(i);
    queries.push_back(cdx_before_query(archive, targets[i].url, *day));
  }
  auto before = ask(queries, settings, [&](std::string_view body) { return read_cdx(body, archive); });

  std::vector<ArchiveFinding> findings;
  std::vector<std::optional<Capture>> before_of(targets.size());
  std::vector<std::string> failure_of(targets.size());
  for (std::size_t k = 0; k < asked_before.size(); ++k) {
    before_of[asked_before[k]] = before[k].answer.capture;
    failure_of[asked_before[k]] = before[k].failure;
  }
  for (std::size_t i = 0; i < targets.size(); ++i) {
    // Without a capture, a failed lookup means "unknown", not "not archived".
    std::string failure = !closest[i].failure.empty() ? closest[i].failure : failure_of[i];
    findings.push_back(finding_from(closest[i].answer.capture, before_of[i], failure, targets[i].accessed));
  }
  return findings;
}

}  // namespace citekit::linkcheck
