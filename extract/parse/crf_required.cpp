// Viterbi under a constraint on the whole sequence: some labels must each
// appear at least once. The state is (label, which required labels have
// been seen up to here), one padded row of labels per set of labels seen;
// a path may only end once it has seen them all.
#include "extract/parse/crf_kernels.hpp"
#include "extract/parse/crf_model.hpp"

#include <bit>
#include <limits>

namespace citekit::extract::parsing {

namespace {

constexpr float kForbidden = -std::numeric_limits<float>::infinity();

// The required labels, numbered: bit_of[y] is y's bit among them, or 0.
struct RequiredLabels {
  std::uint32_t bit_of[CrfModel::kMaxLabels] = {};
  std::uint32_t all = 0;    // every required label's bit
  std::uint32_t sets = 1;   // 2^k sets of them

  RequiredLabels(std::uint32_t required, std::size_t labels) {
    std::uint32_t next = 1;
    for (std::size_t y = 0; y < labels; ++y)
      if (required >> y & 1U) bit_of[y] = next, next <<= 1;
    all = next - 1;
    sets = next;
  }
  // The sets a path may have seen before taking y to have seen `seen`: the
  // same, and when y is required, the same without y. None when y is
  // required and not in `seen`.
  template <typename F>
  void for_each_before(std::uint32_t seen, std::size_t y, F&& f) const {
    const std::uint32_t bit = bit_of[y];
    if ((seen & bit) != bit) return;
    f(seen);
    if (bit) f(seen & ~bit);
  }
};

}  // namespace

std::vector<std::uint8_t> CrfModel::viterbi_requiring(const FeatureSequence& features, const Emissions& emissions,
                                                      std::uint32_t required, std::span<const std::uint32_t> allowed,
                                                      float& score) const {
  const std::size_t n = features.size(), L = labels_.size(), P = padded_;
  score = kForbidden;
  if (L < 32) required &= (1U << L) - 1;
  if (std::popcount(required) > static_cast<int>(kMaxRequired) || n == 0) return {};
  const RequiredLabels req(required, L);
  const std::size_t S = req.sets * P;   // a token's row: one padded row of labels per set seen
  auto permitted = [&](std::size_t i, std::size_t y) { return allowed.empty() || !allowed[i] || (allowed[i] >> y & 1U); };
  const float* scores = emissions.rows.data();

  thread_local std::vector<float> delta, stepped;
  delta.assign(n * S, kForbidden);
  stepped.resize(S);
  for (std::size_t y = 0; y < L; ++y)
    if (permitted(0, y)) delta[req.bit_of[y] * P + y] = start_[y] + scores[y];
  for (std::size_t i = 1; i < n; ++i) {
    const float* transitions = transitions_before(features, i);
    const float* previous = delta.data() + (i - 1) * S;
    float* next = delta.data() + i * S;
    // Each set's step as in viterbi(), then each label takes the better of its set's and (when required) the set without it.
    std::fill(stepped.begin(), stepped.end(), kForbidden);
    for (std::uint32_t seen = 0; seen < req.sets; ++seen)
      max_plus_row(transitions, previous + seen * P, stepped.data() + seen * P, L, P);
    for (std::uint32_t seen = 0; seen < req.sets; ++seen)
      for (std::size_t y = 0; y < L; ++y) {
        if (!permitted(i, y)) continue;
        float best = kForbidden;
        req.for_each_before(seen, y, [&](std::uint32_t before) { best = std::max(best, stepped[before * P + y]); });
        next[seen * P + y] = best + scores[i * P + y];
      }
  }

  // The best end among paths that saw every required label, then back
  // through the best predecessors, found again as viterbi() does.
  const float* last = delta.data() + (n - 1) * S + req.all * P;
  std::uint32_t seen = req.all;
  std::vector<std::uint8_t> labels(n);
  for (std::size_t y = 0; y < L; ++y)
    if (last[y] + end_[y] > score) score = last[y] + end_[y], labels[n - 1] = static_cast<std::uint8_t>(y);
  if (score == kForbidden) return {};
  for (std::size_t i = n - 1; i > 0; --i) {
    const float* previous = delta.data() + (i - 1) * S;
    const float* transitions = transitions_before(features, i);
    const std::size_t y = labels[i];
    float top = kForbidden;
    std::uint32_t top_seen = seen;
    req.for_each_before(seen, y, [&](std::uint32_t before) {
      for (std::size_t from = 0; from < L; ++from) {
        float s = previous[before * P + from] + transitions[from * P + y];
        if (s > top) top = s, top_seen = before, labels[i - 1] = static_cast<std::uint8_t>(from);
      }
    });
    seen = top_seen;
  }
  return labels;
}

}  // namespace citekit::extract::parsing
