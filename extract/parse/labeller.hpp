#pragma once
// The sequence labeller: tokenizes a reference string, extracts features and
// decodes the most likely label of every token with the CRF; tokens that
// rules have already recognised (a URL, an access date) can be fixed to a
// label first. Consecutive tokens with one label form a span.

#include "core/result.hpp"
#include "extract/parse/crf_model.hpp"
#include "extract/parse/labels.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace citekit::extract::parsing {

struct LabelledSpan {
  Label label = Label::note;
  std::uint32_t begin = 0;   // byte offsets into the reference string
  std::uint32_t end = 0;
  std::string_view text(std::string_view source) const { return source.substr(begin, end - begin); }
};

// Tokens within [begin, end) must take `label` (or, when `excluded`, any label but it).
struct Constraint {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  Label label = Label::note;
  bool excluded = false;
  std::string_view text(std::string_view source) const { return source.substr(begin, end - begin); }
};

class Labeller {
 public:
  // Fails when the model names a label this build does not know.
  static Result<Labeller> create(CrfModel model);

  std::vector<LabelledSpan> label(std::string_view text, std::span<const Constraint> constraints = {}) const;
  const CrfModel& model() const { return model_; }

 private:
  explicit Labeller(CrfModel model) : model_(std::move(model)) {}
  CrfModel model_;
  std::array<Label, CrfModel::kMaxLabels> label_of_{};    // model label index -> Label
  std::array<int, kLabelCount> index_of_{};                 // Label -> model label index, -1 when absent
};

// The labeller over the model built into the binary, or the error that kept
// it from loading.
const Result<Labeller>& builtin_labeller();

}  // namespace citekit::extract::parsing
