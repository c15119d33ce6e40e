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
// Features that every token of a whitespace-delimited chunk shares (the
// chunk's shape, its neighbours, its sentence) can be kept once per chunk
// instead (FeatureLayout::shared): chunk c owns shared_ids[shared_offsets[c],
// shared_offsets[c + 1]) and token i belongs to chunk chunk_of_token[i].
// Decoding reads them once per chunk; training wants every token to carry
// all of its features.
// Each token also has a boundary class (`boundaries[i]`, the boundary
// between tokens i - 1 and i): the mark before it, the space between and the
// kind of token, on which the model's transition weights depend ("title
// continues" after a comma and "container begins" after a full stop are
// different transitions).
struct FeatureSequence {
  std::vector<FeatureId> ids;
  std::vector<std::uint8_t> boundaries;
  std::vector<std::uint32_t> offsets;
  std::vector<FeatureId> shared_ids;
  std::vector<std::uint32_t> shared_offsets;
  std::vector<std::uint32_t> chunk_of_token;

  std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::span<const FeatureId> token(std::size_t i) const {
    return {ids.data() + offsets[i], ids.data() + offsets[i + 1]};
  }
  bool has_shared() const { return !shared_offsets.empty(); }
  std::size_t chunks() const { return shared_offsets.empty() ? 0 : shared_offsets.size() - 1; }
  std::span<const FeatureId> chunk(std::size_t c) const {
    return {shared_ids.data() + shared_offsets[c], shared_ids.data() + shared_offsets[c + 1]};
  }
};

enum class FeatureLayout { per_token, shared };

// How many boundary classes there are: a model has transition weights for each.
constexpr std::size_t kBoundaryClasses = 136;

// Fills `out` (reused between calls) with the features of `tokens` of `text`.
// Both layouts describe the same features, so a model scores them alike.
void extract_features(std::string_view text, const std::vector<Token>& tokens, FeatureSequence& out,
                      FeatureLayout layout = FeatureLayout::per_token);

}  // namespace citekit::extract::parsing
