#include "extract/parse/labeller.hpp"

#include "extract/parse/features.hpp"
#include "extract/parse/model_data.hpp"
#include "extract/parse/tokenizer.hpp"

#include <bit>

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
  thread_local CrfModel::Emissions emissions;
  model_.score(features, emissions);
  float score = 0.0F;
  auto labels = model_.viterbi(features, emissions, allowed, &score);
  complete_structure(features, emissions, allowed, labels, score);
  std::vector<LabelledSpan> spans;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Label label = label_of_[labels[i]];
    if (!spans.empty() && spans.back().label == label) spans.back().end = tokens[i].end;
    else spans.push_back(LabelledSpan{label, tokens[i].begin, tokens[i].end});
  }
  return spans;
}

std::uint32_t Labeller::mask_of(std::initializer_list<Label> labels) const {
  std::uint32_t mask = 0;
  for (Label label : labels)
    if (int index = index_of_[static_cast<std::size_t>(label)]; index >= 0) mask |= 1U << index;
  return mask;
}

// A reference with a volume or pages is part of something: an article in a
// journal, a chapter in a book. When the best labelling has a title but no
// container, or a container but no title, the best labelling with both is
// taken instead if the model finds it nearly as likely (its score within
// kCompletionMargin, a factor of e, chosen on the dev split). Beyond that the
// model is sure, as for a book's page count or a journal article cited
// without its title.
void Labeller::complete_structure(const FeatureSequence& features, const CrfModel::Emissions& emissions,
                                  std::span<const std::uint32_t> allowed,
                                  std::vector<std::uint8_t>& labels, float score) const {
  constexpr float kCompletionMargin = 1.0F;
  std::uint32_t seen = 0;
  for (std::uint8_t label : labels) seen |= 1U << label;
  const std::uint32_t numbers = mask_of({Label::volume, Label::pages});
  const std::uint32_t parts = mask_of({Label::title, Label::container});
  if (!(seen & numbers) || (seen & parts) == parts || std::popcount(parts) != 2) return;
  float with_both = 0.0F;
  auto completed = model_.viterbi_requiring(features, emissions, parts, allowed, with_both);
  if (!completed.empty() && score - with_both <= kCompletionMargin) labels = std::move(completed);
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
