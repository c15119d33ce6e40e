#include "extract/parse/labels.hpp"

namespace citekit::extract::parsing {

std::optional<Label> label_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kLabelNames.size(); ++i)
    if (kLabelNames[i] == name) return static_cast<Label>(i);
  return std::nullopt;
}

}  // namespace citekit::extract::parsing
