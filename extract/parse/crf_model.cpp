#include "extract/parse/crf_model.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace citekit::extract::parsing {
namespace {

constexpr std::string_view kMagic = "CKCRF003";
constexpr std::string_view kMagicWithoutBoundaries = "CKCRF002";   // the same without the boundary classes

class Writer {
 public:
  template <typename T>
  void put(T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
  }
  template <typename T>
  void put_all(const std::vector<T>& values) {
    for (const T& v : values) put(v);
  }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  bool get(T& value) {
    if (bytes_.size() - at_ < sizeof(T)) return false;
    std::memcpy(&value, bytes_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return true;
  }
  template <typename T>
  bool get_all(std::vector<T>& values, std::size_t n) {
    if ((bytes_.size() - at_) / sizeof(T) < n) return false;
    values.resize(n);
    if (n) std::memcpy(values.data(), bytes_.data() + at_, n * sizeof(T));
    at_ += n * sizeof(T);
    return true;
  }
  bool get_text(std::string& text, std::size_t n) {
    if (bytes_.size() - at_ < n) return false;
    text.assign(bytes_.substr(at_, n));
    at_ += n;
    return true;
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

// The padded transition block for the boundary before token i: its class's,
// or the plain block (the last) for a class the model has no weights for.
inline const float* transition_block(const float* blocks, std::span<const std::uint8_t> boundaries, std::size_t classes,
                                     std::size_t i, std::size_t P) {
  std::size_t c = i < boundaries.size() ? std::min<std::size_t>(boundaries[i], classes) : classes;
  return blocks + c * P * P;
}

Error malformed(std::string what) { return Error{"malformed-model", "parser model: " + std::move(what), {}}; }

}  // namespace

CrfModel::CrfModel(std::vector<std::string> labels, std::vector<float> start, std::vector<float> end,
                   std::vector<float> transitions, std::vector<FeatureWeights> features,
                   std::vector<float> boundary_transitions)
    : labels_(std::move(labels)),
      start_(std::move(start)),
      end_(std::move(end)),
      transitions_(std::move(transitions)),
      boundary_count_(labels_.empty() ? 0 : boundary_transitions.size() / (labels_.size() * labels_.size())),
      boundary_transitions_(std::move(boundary_transitions)) {
  std::sort(features.begin(), features.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  float largest = 0;
  for (const auto& f : features)
    for (auto [label, weight] : f.weights) largest = std::max(largest, std::abs(weight));
  scale_ = largest > 0 ? largest / 32767.0F : 1.0F;
  std::vector<FeatureId> keys;
  std::vector<std::uint32_t> begin{0};
  std::vector<std::uint8_t> pair_labels;
  std::vector<std::int16_t> pair_weights;
  for (const auto& f : features) {
    keys.push_back(f.key);
    for (auto [label, weight] : f.weights) {
      pair_labels.push_back(label);
      pair_weights.push_back(static_cast<std::int16_t>(std::lround(weight / scale_)));
    }
    begin.push_back(static_cast<std::uint32_t>(pair_labels.size()));
  }
  build_index(keys, begin, pair_labels, pair_weights);
}

Result<CrfModel> CrfModel::from_bytes(std::string_view bytes) {
  Reader in(bytes);
  std::string magic;
  if (!in.get_text(magic, kMagic.size()) || (magic != kMagic && magic != kMagicWithoutBoundaries))
    return malformed("not a citekit CRF model");
  CrfModel model;
  std::uint32_t label_count = 0;
  if (!in.get(label_count) || label_count == 0 || label_count > kMaxLabels) return malformed("bad label count");
  for (std::uint32_t i = 0; i < label_count; ++i) {
    std::uint8_t length = 0;
    std::string name;
    if (!in.get(length) || !in.get_text(name, length)) return malformed("truncated label names");
    model.labels_.push_back(std::move(name));
  }
  std::uint32_t feature_count = 0;
  std::vector<FeatureId> keys;
  std::vector<std::uint32_t> begin;
  const std::size_t block = std::size_t{label_count} * label_count;
  std::uint32_t boundary_count = 0;
  if (!in.get_all(model.start_, label_count) || !in.get_all(model.end_, label_count) ||
      !in.get_all(model.transitions_, block) || (magic == kMagic && !in.get(boundary_count)) ||
      boundary_count > kBoundaryClasses ||
      !in.get_all(model.boundary_transitions_, boundary_count * block) || !in.get(model.scale_) ||
      !in.get(feature_count) || !in.get_all(keys, feature_count) || !in.get_all(begin, std::size_t{feature_count} + 1))
    return malformed("truncated weights");
  std::vector<std::uint8_t> pair_labels;
  std::vector<std::int16_t> pair_weights;
  if (begin.front() != 0 || !in.get_all(pair_labels, begin.back()) || !in.get_all(pair_weights, begin.back()))
    return malformed("truncated pairs");
  if (!in.done()) return malformed("trailing bytes");
  for (std::size_t f = 0; f < feature_count; ++f)
    if (begin[f] > begin[f + 1] || (f && keys[f - 1] >= keys[f])) return malformed("feature table out of order");
  for (auto label : pair_labels)
    if (label >= label_count) return malformed("label out of range");
  model.boundary_count_ = boundary_count;
  model.build_index(keys, begin, pair_labels, pair_weights);
  return model;
}

std::string CrfModel::to_bytes() const {
  Writer out;
  out.out.append(kMagic);
  out.put(static_cast<std::uint32_t>(labels_.size()));
  for (const auto& name : labels_) {
    out.put(static_cast<std::uint8_t>(name.size()));
    out.out.append(name);
  }
  out.put_all(start_);
  out.put_all(end_);
  out.put_all(transitions_);
  out.put(static_cast<std::uint32_t>(boundary_count_));
  out.put_all(boundary_transitions_);
  out.put(scale_);
  out.put(static_cast<std::uint32_t>(keys_.size()));
  out.put_all(keys_);
  std::vector<std::uint8_t> labels;
  std::vector<std::int16_t> weights;
  out.put(std::uint32_t{0});
  for (FeatureId key : keys_) {
    for_each_pair(find(key), [&](std::uint32_t label, std::int16_t weight) {
      labels.push_back(static_cast<std::uint8_t>(label));
      weights.push_back(weight);
    });
    out.put(static_cast<std::uint32_t>(labels.size()));
  }
  out.put_all(labels);
  out.put_all(weights);
  return std::move(out.out);
}

CrfModel CrfModel::pruned(float threshold) const {
  std::vector<FeatureWeights> features;
  for (FeatureId key : keys_) {
    FeatureWeights kept{key, {}};
    for_each_pair(find(key), [&](std::uint32_t label, std::int16_t scaled) {
      float weight = static_cast<float>(scaled) * scale_;
      if (std::abs(weight) >= threshold) kept.weights.emplace_back(static_cast<std::uint8_t>(label), weight);
    });
    if (!kept.weights.empty()) features.push_back(std::move(kept));
  }
  return CrfModel(labels_, start_, end_, transitions_, std::move(features), boundary_transitions_);
}

void CrfModel::build_index(const std::vector<FeatureId>& keys, const std::vector<std::uint32_t>& begin,
                           const std::vector<std::uint8_t>& labels, const std::vector<std::int16_t>& weights) {
  keys_ = keys;
  feature_count_ = keys.size();
  // At most three quarters full: lookups of unknown features stop after a few adjacent slots.
  std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, keys.size() + keys.size() / 3 + 1));
  slots_.assign(capacity, Slot{});
  pairs_.clear();
  // Runs of pairs go in order of length, longest first: features seen with
  // many labels are the common ones, and packed together they stay in cache.
  // A counting sort, ties in key order: a run has at most one pair per label.
  auto bucket = [&](std::size_t f) { return kMaxLabels - std::min<std::size_t>(begin[f + 1] - begin[f], kMaxLabels); };
  std::vector<std::size_t> starts(kMaxLabels + 2, 0);   // starts[b + 1]: how many features fall in bucket b
  for (std::size_t f = 0; f < keys.size(); ++f) ++starts[bucket(f) + 1];
  for (std::size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];
  std::vector<std::size_t> order(keys.size());
  for (std::size_t f = 0; f < keys.size(); ++f) order[starts[bucket(f)]++] = f;
  auto pair = [&](std::uint32_t p, unsigned shift) {
    return static_cast<std::uint32_t>(static_cast<std::uint16_t>(weights[p])) << shift | labels[p];
  };
  const std::size_t L = labels_.size();
  padded_ = (L + kLanes - 1) / kLanes * kLanes;
  dense_.clear();
  dense_runs_.clear();
  for (std::size_t f : order) {
    std::size_t slot = keys[f] & (capacity - 1);
    while (slots_[slot].payload != kEmpty) slot = (slot + 1) & (capacity - 1);
    std::uint32_t payload;
    std::size_t pair_count = begin[f + 1] - begin[f];
    if (pair_count == 1) {
      payload = kInline | pair(begin[f], 8);
    } else {
      payload = static_cast<std::uint32_t>(pairs_.size());
      for (std::uint32_t p = begin[f]; p < begin[f + 1]; ++p) pairs_.push_back(pair(p, 16));
      pairs_.push_back(kEndOfPairs);
    }
    if (pair_count >= kDenseFromPairs) {
      dense_runs_.push_back(payload);
      dense_.resize(dense_.size() + padded_, 0.0F);
      float* row = dense_.data() + dense_.size() - padded_;
      for (std::uint32_t p = begin[f]; p < begin[f + 1]; ++p) row[labels[p]] += static_cast<float>(weights[p]);
      payload = kDense | static_cast<std::uint32_t>(dense_runs_.size() - 1);
    }
    slots_[slot] = Slot{static_cast<std::uint32_t>(keys[f] >> 32), payload};
  }
  // Transitions padded to whole vector lanes for Viterbi, one block per
  // boundary class with its weights added, and the plain block last.
  const std::size_t block = padded_ * padded_;
  padded_transitions_.assign((boundary_count_ + 1) * block, -std::numeric_limits<float>::infinity());
  padded_transitions_into_.assign(padded_transitions_.size(), -std::numeric_limits<float>::infinity());
  for (std::size_t c = 0; c <= boundary_count_; ++c)
    for (std::size_t from = 0; from < L; ++from)
      for (std::size_t to = 0; to < L; ++to) {
        float weight =
            transitions_[from * L + to] + (c < boundary_count_ ? boundary_transitions_[(c * L + from) * L + to] : 0.0F);
        padded_transitions_[c * block + from * padded_ + to] = weight;
        padded_transitions_into_[c * block + to * padded_ + from] = weight;
      }
}

const float* CrfModel::transitions_before(const FeatureSequence& features, std::size_t i) const {
  return transition_block(padded_transitions_.data(), features.boundaries, boundary_count_, i, padded_);
}

const float* CrfModel::transitions_into(const FeatureSequence& features, std::size_t i) const {
  return transition_block(padded_transitions_into_.data(), features.boundaries, boundary_count_, i, padded_);
}

std::uint32_t CrfModel::find(FeatureId key) const {
  // The slot is chosen by the low bits and checked against the high 32: a
  // false match needs both to agree by chance (about 1 in 2^32 per lookup).
  std::size_t mask = slots_.size() - 1;
  auto check = static_cast<std::uint32_t>(key >> 32);
  for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
    const Slot& s = slots_[slot];
    if (s.payload == kEmpty || s.check == check) return s.payload;
  }
}

namespace {

// Labels are scored a vector at a time: eight in an AVX register, four in an
// SSE one (every x86-64 has SSE2). Each kernel below is compiled for both.
using Lanes8 = float __attribute__((vector_size(32)));
using Lanes4 = float __attribute__((vector_size(16)));
template <typename V>
constexpr std::size_t kWidth = sizeof(V) / sizeof(float);

// Loads and stores by reference: 32-byte vectors passed by value would change with the instruction set.
template <typename V>
[[gnu::always_inline]] inline void load(V& v, const float* at) { std::memcpy(&v, at, sizeof v); }
template <typename V>
[[gnu::always_inline]] inline void store(float* at, const V& v) { std::memcpy(at, &v, sizeof v); }

// row[0, n) += add[0, n), n a multiple of the vector width.
template <typename V>
[[gnu::always_inline]] inline void add_lanes(float* row, const float* add, std::size_t n) {
  for (std::size_t y = 0; y < n; y += kWidth<V>) {
    V a, b;
    load(a, row + y);
    load(b, add + y);
    a += b;
    store(row + y, a);
  }
}

// Calls f.template operator()<B>() with B = blocks, the number of vectors in
// a row (1 to 8: rows are at most 32 labels, vectors at least 4 wide), so
// that the kernels' loops over a row have a fixed length.
template <typename F>
[[gnu::always_inline]] inline void with_blocks(std::size_t blocks, F&& f) {
  switch (blocks) {
    case 1: return f.template operator()<1>();
    case 2: return f.template operator()<2>();
    case 3: return f.template operator()<3>();
    case 4: return f.template operator()<4>();
    case 5: return f.template operator()<5>();
    case 6: return f.template operator()<6>();
    case 7: return f.template operator()<7>();
    default: return f.template operator()<8>();
  }
}

// One step of Viterbi's forward pass for B vectors of next labels:
// next[y] = max over `from` of previous[from] + transitions[from][y]. The B
// running maxima are independent, so they stay in registers and overlap.
template <typename V, std::size_t B>
[[gnu::always_inline]] inline void max_plus(const float* transitions, const float* previous, float* next, std::size_t L,
                                            std::size_t P) {
  V best[B], candidate;
  for (std::size_t b = 0; b < B; ++b) load(best[b], next + b * kWidth<V>);
  for (std::size_t from = 0; from < L; ++from) {
    const float* row = transitions + from * P;
    for (std::size_t b = 0; b < B; ++b) {
      load(candidate, row + b * kWidth<V>);
      candidate += previous[from];
      best[b] = candidate > best[b] ? candidate : best[b];
    }
  }
  for (std::size_t b = 0; b < B; ++b) store(next + b * kWidth<V>, best[b]);
}

// Viterbi's forward pass: delta (n x P, filled with -infinity) gets the best
// score of each label at each token; the arg-max is found again while
// tracing back.
struct Forward {
  const float* transitions;   // (classes + 1) blocks of P x P: see transition_block
  std::span<const std::uint8_t> boundaries;
  std::size_t classes;
  const float* start;
  const float* scores;        // n x P
  std::span<const std::uint32_t> allowed;
  std::size_t n, L, P;

  bool permitted(std::size_t i, std::size_t y) const { return allowed.empty() || !allowed[i] || (allowed[i] >> y & 1U); }

  template <typename V>
  [[gnu::always_inline]] inline void run(float* delta) const {
    constexpr float kForbidden = -std::numeric_limits<float>::infinity();
    static_assert(CrfModel::kMaxLabels <= 8 * kWidth<Lanes4> && CrfModel::kLanes % kWidth<Lanes8> == 0);
    for (std::size_t y = 0; y < L; ++y) delta[y] = permitted(0, y) ? start[y] + scores[y] : kForbidden;
    for (std::size_t i = 1; i < n; ++i) {
      float* next = delta + i * P;
      const float* previous = next - P;
      with_blocks(P / kWidth<V>, [&]<std::size_t B>() __attribute__((always_inline)) {
        max_plus<V, B>(transition_block(transitions, boundaries, classes, i, P), previous, next, L, P);
      });
      if (allowed.empty() || !allowed[i]) {   // most tokens: no rule constrains them
        add_lanes<V>(next, scores + i * P, P);
        continue;
      }
      for (std::size_t y = 0; y < L; ++y) next[y] = permitted(i, y) ? next[y] + scores[i * P + y] : kForbidden;
    }
  }
};

bool has_avx2() {
  __builtin_cpu_init();   // this may run before the constructor that otherwise fills in the CPU's features
  return __builtin_cpu_supports("avx2");
}

std::atomic<bool> use_avx2{has_avx2()};

[[gnu::target("avx2")]] void forward_avx2(const Forward& f, float* delta) { f.run<Lanes8>(delta); }
void forward_generic(const Forward& f, float* delta) { f.run<Lanes4>(delta); }

void forward(const Forward& f, float* delta) {
  use_avx2.load(std::memory_order_relaxed) ? forward_avx2(f, delta) : forward_generic(f, delta);
}

}  // namespace

void CrfModel::use_vectors(Vectors vectors) {
  use_avx2 = vectors == Vectors::best && has_avx2();
}

std::string_view CrfModel::vector_instructions() { return use_avx2.load(std::memory_order_relaxed) ? "AVX2" : "SSE2"; }

void CrfModel::emission_scores(const FeatureSequence& features, std::vector<float>& scores) const {
  thread_local std::vector<float> padded;
  padded_emission_scores(features, padded);
  const std::size_t L = labels_.size();
  scores.resize(features.size() * L);
  for (std::size_t i = 0; i < features.size(); ++i)
    std::copy_n(padded.data() + i * padded_, L, scores.data() + i * L);
}

void CrfModel::padded_emission_scores(const FeatureSequence& features, std::vector<float>& scores) const {
  const std::size_t P = padded_;
  scores.assign(features.size() * P, 0.0F);
  // The lookups are independent cache misses: read the slots with their
  // loads started ahead, start the loads of the rows they point to, then add up.
  thread_local std::vector<std::uint32_t> found, shared_found;
  auto resolve = [this](const std::vector<FeatureId>& ids, std::vector<std::uint32_t>& payloads) {
    // Most features of a reference are known to the model (nine in ten of
    // the evaluation sets'), so every lookup goes straight to its slot. The
    // slot a few lookups ahead is fetched while this one is read: as many
    // misses in flight as the processor keeps, and no more.
    constexpr std::size_t kAhead = 16;
    payloads.resize(ids.size());
    for (std::size_t k = 0; k < std::min(kAhead, ids.size()); ++k) __builtin_prefetch(&slots_[slot_of(ids[k])]);
    for (std::size_t k = 0; k < ids.size(); ++k) {
      if (k + kAhead < ids.size()) __builtin_prefetch(&slots_[slot_of(ids[k + kAhead])]);
      payloads[k] = find(ids[k]);
      if (payloads[k] == kEmpty || payloads[k] & kInline) continue;
      if (payloads[k] & kDense) __builtin_prefetch(&dense_[(payloads[k] & ~kDense) * padded_]);
      else __builtin_prefetch(&pairs_[payloads[k]]);
    }
  };
  resolve(features.ids, found);
  resolve(features.shared_ids, shared_found);
  if (use_avx2.load(std::memory_order_relaxed)) sum_emissions_avx2(features, found.data(), shared_found.data(), scores.data());
  else sum_emissions_generic(features, found.data(), shared_found.data(), scores.data());
}

[[gnu::target("avx2")]] void CrfModel::sum_emissions_avx2(const FeatureSequence& features, const std::uint32_t* found,
                                                          const std::uint32_t* shared_found, float* scores) const {
  with_blocks(padded_ / kWidth<Lanes8>, [&]<std::size_t B>() __attribute__((always_inline)) {
    sum_emissions<Lanes8, B>(features, found, shared_found, scores);
  });
}

void CrfModel::sum_emissions_generic(const FeatureSequence& features, const std::uint32_t* found,
                                     const std::uint32_t* shared_found, float* scores) const {
  with_blocks(padded_ / kWidth<Lanes4>, [&]<std::size_t B>() __attribute__((always_inline)) {
    sum_emissions<Lanes4, B>(features, found, shared_found, scores);
  });
}

template <typename V, std::size_t B>
[[gnu::always_inline]] inline void CrfModel::sum_emissions(const FeatureSequence& features, const std::uint32_t* found,
                                                           const std::uint32_t* shared_found, float* scores) const {
  const std::size_t P = padded_;
  // row += the weights of n features. Dense rows are summed in registers and
  // added once; the weights are whole numbers (scale units), so the order of
  // the additions does not change the sum.
  auto add = [this, P](const std::uint32_t* payloads, std::size_t n, float* row) __attribute__((always_inline)) {
    V sum[B] = {}, lanes;
    for (std::size_t k = 0; k < n; ++k) {
      std::uint32_t payload = payloads[k];
      if ((payload & (kInline | kDense)) == kDense) {   // (kEmpty has both bits)
        const float* dense = dense_.data() + (payload & ~kDense) * P;
        for (std::size_t b = 0; b < B; ++b) {
          load(lanes, dense + b * kWidth<V>);
          sum[b] += lanes;
        }
      } else {
        for_each_pair(payload, [row](std::uint32_t label, std::int16_t weight) { row[label] += static_cast<float>(weight); });
      }
    }
    for (std::size_t b = 0; b < B; ++b) {
      load(lanes, row + b * kWidth<V>);
      lanes += sum[b];
      store(row + b * kWidth<V>, lanes);
    }
  };
  thread_local std::vector<float> chunk_rows;   // the chunks' shared features, summed once per chunk
  chunk_rows.assign(features.chunks() * P, 0.0F);
  for (std::size_t c = 0; c < features.chunks(); ++c)
    add(shared_found + features.shared_offsets[c], features.shared_offsets[c + 1] - features.shared_offsets[c],
        chunk_rows.data() + c * P);
  const V scale = V{} + scale_;
  for (std::size_t i = 0; i < features.size(); ++i) {
    float* row = scores + i * P;
    add(found + features.offsets[i], features.offsets[i + 1] - features.offsets[i], row);
    if (features.has_shared()) add_lanes<V>(row, chunk_rows.data() + features.chunk_of_token[i] * P, P);
    for (std::size_t y = 0; y < P; y += kWidth<V>) {
      V a;
      load(a, row + y);
      a *= scale;
      store(row + y, a);
    }
  }
}

std::vector<std::uint8_t> CrfModel::viterbi(const FeatureSequence& features, std::span<const std::uint32_t> allowed) const {
  const std::size_t n = features.size(), L = labels_.size(), P = padded_;
  std::vector<std::uint8_t> best(n);
  if (n == 0 || L == 0) return best;
  thread_local std::vector<float> scores, delta;   // delta: n x P, the best score of each label at each token
  padded_emission_scores(features, scores);
  constexpr float kForbidden = -std::numeric_limits<float>::infinity();
  delta.assign(n * P, kForbidden);
  forward(Forward{padded_transitions_.data(), features.boundaries, boundary_count_, start_.data(), scores.data(), allowed,
                  n, L, P},
          delta.data());
  const float* last = delta.data() + (n - 1) * P;
  float top = kForbidden;
  for (std::size_t y = 0; y < L; ++y)
    if (last[y] + end_[y] > top) top = last[y] + end_[y], best[n - 1] = static_cast<std::uint8_t>(y);
  // Back along the best path: the label before each one is the first that
  // reached it with the highest score. The sums are formed a vector at a
  // time (the transitions into a label lie side by side), then searched.
  static_assert(kMaxLabels % kLanes == 0);   // so that P <= kMaxLabels
  float reached[kMaxLabels];
  for (std::size_t i = n - 1; i > 0; --i) {
    const float* previous = delta.data() + (i - 1) * P;
    const float* into = transitions_into(features, i) + best[i] * P;
    for (std::size_t from = 0; from < P; ++from) reached[from] = previous[from] + into[from];
    float top_from = kForbidden;
    for (std::size_t from = 0; from < L; ++from)
      if (reached[from] > top_from) top_from = reached[from], best[i - 1] = static_cast<std::uint8_t>(from);
  }
  return best;
}

}  // namespace citekit::extract::parsing
