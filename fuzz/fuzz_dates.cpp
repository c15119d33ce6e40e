// Date expressions and the day/month order evidence.
#include "extract/parse/dates.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto order : {citekit::DateOrder::unknown, citekit::DateOrder::day_first, citekit::DateOrder::month_first}) {
    auto parsed = citekit::extract::parse_date(text, order);
    if (!parsed) continue;
    for (const auto& p : parsed->date.parts)
      if (p.month < 0 || p.month > 12 || p.day < 0 || p.day > 31) std::abort();
  }
  (void)citekit::extract::decide_date_order(citekit::extract::date_order_evidence({text}));
  return 0;
}
