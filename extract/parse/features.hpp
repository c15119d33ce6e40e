#pragma once
// Features of each token for the sequence labeller, as 64-bit hashes of
// (template, value): the token and its neighbours (lowercased), their shapes,
// the shape of the whitespace-delimited chunk the token sits in, where the
// token stands in the string, whether it is inside quotes or brackets, and
// word lists (months, name particles, editor and page markers, publisher and
// journal words). Hashes rather than strings keep extraction allocation-free
// and the model small.

#include "extract/parse/tokenizer.hpp"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace citekit::extract::parsing {

using FeatureId = std::uint64_t;

// Features per token, flat: token i owns ids[offsets[i], offsets[i + 1]).
struct FeatureSequence {
  std::vector<FeatureId> ids;
  std::vector<std::uint32_t> offsets;

  std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::span<const FeatureId> token(std::size_t i) const {
    return {ids.data() + offsets[i], ids.data() + offsets[i + 1]};
  }
};

// Fills `out` (reused between calls) with the features of `tokens` of `text`.
void extract_features(std::string_view text, const std::vector<Token>& tokens, FeatureSequence& out);

}  // namespace citekit::extract::parsing
