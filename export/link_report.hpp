#pragma once
// Link reports for people: the readable report of `citekit check` (one
// block per URL, then a tally), and the status phrase the audit report shows
// under each work.

#include "core/link.hpp"

#include <array>
#include <cstddef>
#include <string>

namespace citekit::exporting {

// "ok (200)", "redirected (200) -> URL", "broken (404)", "timeout: …";
// "unchecked (network unreachable)" when the run was offline.
std::string link_status(const LinkReport& report, bool network_unreachable);

// One URL: "VERDICT [STATUS]  URL[ -> FINAL][  (DETAIL)]", then indented
// lines for what else is known (cited in, permanent redirect, archived copy,
// change after the access date, access-date problems). With `colour`, the
// verdict is coloured with ANSI escapes.
std::string link_text(const LinkReport& report, bool colour);

// Counts verdicts as reports come.
class LinkTally {
 public:
  void add(const LinkReport& report);
  std::size_t total() const { return total_; }
  std::size_t broken() const { return broken_; }
  // "2000 links: 1400 ok, 200 redirected, 300 broken, 100 server-error".
  std::string summary() const;

 private:
  std::array<std::size_t, 16> by_verdict_{};
  std::size_t total_ = 0;
  std::size_t broken_ = 0;
};

// Every report's block, the tally, and a note when the network was unreachable.
std::string links_text(const LinkResults& links, bool colour = false);

// The closing lines of links_text.
std::string links_text_end(const LinkTally& tally, bool network_unreachable);

}  // namespace citekit::exporting
