#pragma once
// Which archived copy of a page shows what the author saw: the Internet
// Archive's availability API gives the capture closest to the access date,
// and its CDX API the last capture on or before it. Lookups run on the same
// engine as link checks (few at a time, retries, Retry-After, timeouts).

#include "core/link.hpp"
#include "linkcheck/linkcheck.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::linkcheck {

struct ArchiveTarget {
  std::string url;
  std::optional<Date> accessed;
};

// A snapshot, or why there is none ("not archived", "archive lookup failed: …").
struct ArchiveFinding {
  std::optional<ArchiveSnapshot> snapshot;
  std::string detail;
};

// One finding per target, in order. The snapshot is the last capture on or
// before the access date when there is one, else the closest capture (after
// it, or the latest when no access date is known).
std::vector<ArchiveFinding> find_snapshots(const std::vector<ArchiveTarget>& targets, const Options& options);

// A capture as an API names it.
struct Capture {
  std::string url;
  std::string timestamp;  // YYYYMMDDhhmmss
};

// What an API answered: whether the answer could be read, and the capture
// it names, if any.
struct ArchiveAnswer {
  bool readable = false;
  std::optional<Capture> capture;
};

// The lookup URLs: the capture closest to `day` (the latest without one),
// and the last capture on or before the end of `day`.
std::string availability_query(const ArchiveOptions& archive, std::string_view url,
                               std::optional<std::chrono::sys_days> day);
std::string cdx_before_query(const ArchiveOptions& archive, std::string_view url, std::chrono::sys_days day);

// {"archived_snapshots": {"closest": {"available": true, "url": …, "timestamp": …}}};
// {"archived_snapshots": {}} when there is none.
ArchiveAnswer read_availability(std::string_view body);
// [["timestamp", "original", "statuscode"], [row], ...]: the last row; [] when none.
ArchiveAnswer read_cdx(std::string_view body, const ArchiveOptions& archive);

}  // namespace citekit::linkcheck
