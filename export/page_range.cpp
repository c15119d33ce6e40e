#include "export/page_range.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace citekit::exporting {
namespace {

constexpr std::array<char32_t, 7> kDashes{U'-', U'‐', U'‑', U'‒', U'–', U'—', U'−'};

bool is_dash(char32_t cp) { return std::find(kDashes.begin(), kDashes.end(), cp) != kDashes.end(); }

// A dash run of a page value, with the spaces around it, as [begin, end) byte offsets.
struct Span {
  std::size_t begin;
  std::size_t end;
};

std::vector<Span> dash_runs(std::string_view page) {
  std::vector<Span> runs;
  for (std::size_t i = 0; i < page.size();) {
    std::size_t start = i;
    if (!is_dash(next_code_point(page, i))) continue;
    std::size_t end = i;
    while (end < page.size()) {
      std::size_t after = end;
      char32_t cp = next_code_point(page, after);
      if (!is_dash(cp) && cp != U' ') break;
      end = after;
    }
    while (start > 0 && page[start - 1] == ' ') --start;
    runs.push_back({start, end});
    i = end;
  }
  return runs;
}

}  // namespace

PageRange split_page_range(std::string_view page) {
  page = trim(page);
  auto runs = dash_runs(page);
  bool one_range = runs.size() == 1 && runs[0].begin > 0 && runs[0].end < page.size() &&
                   page.find(',') == std::string_view::npos;
  if (!one_range) return {std::string(page), {}};
  return {std::string(page.substr(0, runs[0].begin)), std::string(page.substr(runs[0].end))};
}

std::string bib_page_range(std::string_view page) {
  page = trim(page);
  std::string out;
  std::size_t copied = 0;
  for (const auto& run : dash_runs(page)) {
    out.append(page.substr(copied, run.begin - copied));
    out += "--";
    copied = run.end;
  }
  out.append(page.substr(copied));
  return out;
}

}  // namespace citekit::exporting
