#pragma once
// What the first kilobytes of an HTML page say about it: its title (for the
// report and soft-404 detection) and the date it says it was last changed.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace citekit::linkcheck {

struct PageFacts {
  std::string title;                              // whitespace collapsed, entities decoded; "" when none
  std::optional<std::chrono::sys_days> modified;  // the latest modification date the page gives
};

// Reads `body` (possibly cut short) when `content_type` is HTML or absent.
PageFacts read_page_start(std::string_view body, std::string_view content_type);

}  // namespace citekit::linkcheck
