#include "extract/parse/labeller.hpp"

#include "extract/parse/features.hpp"
#include "extract/parse/model_data.hpp"
#include "extract/parse/tokenizer.hpp"

namespace citekit::extract::parsing {

Result<Labeller> Labeller::create(CrfModel model) {
  Labeller labeller(std::move(model));
  labeller.index_of_.fill(-1);
  const auto& names = labeller.model_.labels();
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto label = label_from_name(names[i]);
    if (!label) return Error{"malformed-model", "parser model: unknown label \"" + names[i] + "\"", {}};
    labeller.label_of_[i] = *label;
    labeller.index_of_[static_cast<std::size_t>(*label)] = static_cast<int>(i);
  }
  return labeller;
}

std::vector<LabelledSpan> Labeller::label(std::string_view text, std::span<const Constraint> constraints) const {
  thread_local std::vector<Token> tokens;
  thread_local FeatureSequence features;
  thread_local std::vector<std::uint32_t> allowed;
  tokenize(text, tokens);
  extract_features(text, tokens, features, FeatureLayout::shared);
  allowed.assign(constraints.empty() ? 0 : tokens.size(), 0);
  const std::uint32_t every = model_.label_count() >= 32 ? ~0U : (1U << model_.label_count()) - 1;
  for (const auto& c : constraints) {
    int index = index_of_[static_cast<std::size_t>(c.label)];
    if (index < 0) continue;
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].begin >= c.begin && tokens[i].end <= c.end)
        allowed[i] = c.excluded ? (allowed[i] ? allowed[i] : every) & ~(1U << index) : 1U << index;
  }
  auto labels = model_.viterbi(features, allowed);
  std::vector<LabelledSpan> spans;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Label label = label_of_[labels[i]];
    if (!spans.empty() && spans.back().label == label) spans.back().end = tokens[i].end;
    else spans.push_back(LabelledSpan{label, tokens[i].begin, tokens[i].end});
  }
  return spans;
}

const Result<Labeller>& builtin_labeller() {
  static const Result<Labeller> labeller = []() -> Result<Labeller> {
    auto model = CrfModel::from_bytes(embedded_model_bytes());
    if (!model) return model.error();
    return Labeller::create(std::move(*model));
  }();
  return labeller;
}

}  // namespace citekit::extract::parsing
