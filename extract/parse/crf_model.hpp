#pragma once
// A trained linear-chain CRF: weights for (feature, label) pairs, label
// transitions and start/end weights; scores a feature sequence and decodes
// the best label sequence with Viterbi, optionally with some tokens' labels
// fixed in advance (by rules that are surer than the model).
//
// Model file (little-endian): "CKCRF003", u32 label count, per label u8
// length + name, f32 start[L], f32 end[L], f32 transitions[L*L] (from*L+to),
// u32 boundary class count K, f32 boundary transitions[K*L*L] (added to the
// transitions across a boundary of that class), f32 weight scale, u32 feature count F, u64 keys[F] (ascending), u32 pair
// begin[F+1], u8 pair labels[P], i16 pair weights[P] (times the scale).
//
// In memory the feature table is an open-addressing hash table of 8-byte
// slots (check bits and pair offset) over 4-byte (label, weight) pairs, so
// that a lookup touches one or two cache lines: scoring is dominated by
// these lookups. The few features seen with many labels are also the ones
// most references have (a word like "in" or a shape like "Aa,"); they keep a
// dense row of weights, added with vector instructions instead of label by
// label.

#include "core/result.hpp"
#include "extract/parse/features.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract::parsing {

// Weights of one feature: (label, weight) for the labels it was seen with.
struct FeatureWeights {
  FeatureId key = 0;
  std::vector<std::pair<std::uint8_t, float>> weights;
};

class CrfModel {
 public:
  static constexpr std::size_t kMaxLabels = 32;   // label sets are 32-bit masks
  static constexpr std::size_t kLanes = 8;        // rows of labels are padded to whole vectors of this many

  // Which vector instructions scoring uses: AVX2 where the processor has
  // it, or the SSE2 every x86-64 has. Both give the same labels; `portable`
  // is there to check that, and to rule the instruction set out.
  enum class Vectors { best, portable };
  static void use_vectors(Vectors vectors);
  // What scoring uses now: "AVX2" or "SSE2".
  static std::string_view vector_instructions();

  CrfModel() = default;
  // From parts: `transitions` holds L*L weights (from * L + to);
  // `boundary_transitions` K such blocks, one per boundary class, or none.
  CrfModel(std::vector<std::string> labels, std::vector<float> start, std::vector<float> end,
           std::vector<float> transitions, std::vector<FeatureWeights> features,
           std::vector<float> boundary_transitions = {});

  static Result<CrfModel> from_bytes(std::string_view bytes);
  std::string to_bytes() const;

  // The same model without the weights smaller than `threshold` (features left with none are dropped).
  CrfModel pruned(float threshold) const;

  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t label_count() const { return labels_.size(); }
  std::size_t feature_count() const { return feature_count_; }
  std::size_t boundary_classes() const { return boundary_count_; }

  // scores[i * L + y]: the weight of label y at token i from its features.
  void emission_scores(const FeatureSequence& features, std::vector<float>& scores) const;

  // Highest-scoring labels. `allowed[i]`, when given and non-zero, is the
  // bitmask of labels token i may take.
  std::vector<std::uint8_t> viterbi(const FeatureSequence& features, std::span<const std::uint32_t> allowed = {}) const;

 private:
  // A feature's slot: the key's high 32 bits, and either its one (label,
  // weight) pair inline (most features have one), the index of its dense row
  // (features with many labels), or where its run of pairs starts in pairs_.
  struct Slot {
    std::uint32_t check = 0;
    std::uint32_t payload = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  static constexpr std::uint32_t kInline = 0x80000000;   // payload = kInline | weight << 8 | label
  static constexpr std::uint32_t kDense = 0x40000000;    // payload = kDense | dense row index
  static constexpr std::size_t kDenseFromPairs = 4;      // features with at least this many labels get a dense row
  static constexpr std::uint8_t kEndOfPairs = 0xFF;

  void build_index(const std::vector<FeatureId>& keys, const std::vector<std::uint32_t>& begin,
                   const std::vector<std::uint8_t>& labels, const std::vector<std::int16_t>& weights);
  // The payload of a feature's slot, or kEmpty when the model does not know it.
  std::uint32_t find(FeatureId key) const;
  std::size_t slot_of(FeatureId key) const { return key & (slots_.size() - 1); }
  // Calls add(label, weight in scale units) for each of the feature's pairs.
  template <typename Add>
  void for_each_pair(std::uint32_t payload, Add add) const {
    if (payload == kEmpty) return;
    if (payload & kInline) {
      add(payload & 0xFF, static_cast<std::int16_t>(static_cast<std::uint16_t>(payload >> 8)));
      return;
    }
    if (payload & kDense) payload = dense_runs_[payload & ~kDense];
    for (const std::uint32_t* p = &pairs_[payload]; (*p & 0xFF) != kEndOfPairs; ++p)
      add(*p & 0xFF, static_cast<std::int16_t>(static_cast<std::uint16_t>(*p >> 16)));
  }

  std::vector<std::string> labels_;
  std::vector<float> start_, end_, transitions_;
  std::size_t boundary_count_ = 0;
  std::vector<float> boundary_transitions_;   // boundary_count_ blocks of L x L
  std::size_t padded_ = 0;                 // the label count rounded up to a multiple of kLanes
  // padded_ x padded_ blocks, -infinity outside the labels: the transitions
  // plus each boundary class's, then the transitions alone (for boundaries
  // of a class the model does not know).
  std::vector<float> padded_transitions_;
  // The same blocks transposed (to x from), so that the transitions into one
  // label lie side by side: what tracing the best path back reads.
  std::vector<float> padded_transitions_into_;
  // The block of padded_transitions_ (or of padded_transitions_into_) for the boundary before token i.
  const float* transitions_before(const FeatureSequence& features, std::size_t i) const;
  const float* transitions_into(const FeatureSequence& features, std::size_t i) const;
  float scale_ = 1.0F;
  std::size_t feature_count_ = 0;
  std::vector<FeatureId> keys_;        // ascending; only for writing the model back out
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> pairs_;   // (weight as u16) << 16 | label; each feature's run ends with kEndOfPairs
  std::vector<float> dense_;           // padded_ weights (in scale units) per dense row
  std::vector<std::uint32_t> dense_runs_;   // each dense row's run in pairs_ (for writing the model out)

  // scores[i * padded_ + y], as emission_scores but in rows of whole vector lanes.
  void padded_emission_scores(const FeatureSequence& features, std::vector<float>& scores) const;
  // Adds up the weights of the features found (payloads, as `features` lays
  // them out) into scores; compiled for AVX2 and for plain x86-64.
  template <typename Vector, std::size_t B>   // rows of B vectors; inlined into each instruction set's copy
  [[gnu::always_inline]] inline void sum_emissions(const FeatureSequence& features, const std::uint32_t* found,
                                                   const std::uint32_t* shared_found, float* scores) const;
  void sum_emissions_avx2(const FeatureSequence& features, const std::uint32_t* found,
                          const std::uint32_t* shared_found, float* scores) const;
  void sum_emissions_generic(const FeatureSequence& features, const std::uint32_t* found,
                             const std::uint32_t* shared_found, float* scores) const;
};

}  // namespace citekit::extract::parsing
