#include "extract/parse/crf_train.hpp"
#include "extract/parse/features.hpp"
#include "extract/parse/tokenizer.hpp"
#include "tests/catch.hpp"

#include <string>

using namespace citekit::extract::parsing;

namespace {

// A handful of references labelled token by token: 0 author, 1 title, 2 date.
struct Example {
  std::string text;
  std::vector<std::uint8_t> labels;
};

std::vector<Example> examples() {
  return {
      {"Smith, J. (1999). Stones.", {0, 0, 0, 0, 2, 2, 2, 2, 1, 1}},
      {"Jones, K. (2004). Rivers and lakes.", {0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 1, 1}},
      {"Brown, A. (1987). Clouds.", {0, 0, 0, 0, 2, 2, 2, 2, 1, 1}},
      {"White, B. (2011). Salt in the sea.", {0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 1, 1, 1}},
  };
}

std::vector<TrainingSequence> training_data() {
  std::vector<TrainingSequence> data;
  for (const auto& example : examples()) {
    TrainingSequence seq;
    auto tokens = tokenize(example.text);
    REQUIRE(tokens.size() == example.labels.size());
    extract_features(example.text, tokens, seq.features);
    seq.labels = example.labels;
    data.push_back(std::move(seq));
  }
  return data;
}

std::vector<std::uint8_t> labels_of(const CrfModel& model, const std::string& text) {
  FeatureSequence features;
  extract_features(text, tokenize(text), features);
  return model.viterbi(features);
}

}  // namespace

TEST_CASE("extract::parsing::train_crf") {
  auto data = training_data();
  for (auto algorithm : {TrainingAlgorithm::lbfgs, TrainingAlgorithm::sgd}) {
    TrainingOptions options;
    options.algorithm = algorithm;
    options.l2 = 0.01;
    options.max_iterations = algorithm == TrainingAlgorithm::sgd ? 30 : 100;
    CrfModel model = train_crf(data, {"author", "title", "date"}, options);
    CAPTURE(static_cast<int>(algorithm));
    for (const auto& example : examples()) {
      CAPTURE(example.text);
      CHECK(labels_of(model, example.text) == example.labels);
    }
    // An unseen reference in the same style.
    CHECK(labels_of(model, "Green, C. (2020). Snow.") == std::vector<std::uint8_t>{0, 0, 0, 0, 2, 2, 2, 2, 1, 1});
  }
}

TEST_CASE("extract::parsing::train_crf learns transitions that depend on the boundary") {
  // Every token has the same one feature: only the boundary classes tell
  // where the label changes (across class 5) and where it stays (class 3).
  auto sequence_of = [](const std::vector<std::uint8_t>& boundaries) {
    FeatureSequence seq;
    seq.offsets.push_back(0);
    for (std::size_t t = 0; t < boundaries.size(); ++t) {
      seq.ids.push_back(1);
      seq.offsets.push_back(static_cast<std::uint32_t>(seq.ids.size()));
    }
    seq.boundaries = boundaries;
    return seq;
  };
  auto labels_for = [](const std::vector<std::uint8_t>& boundaries) {
    std::vector<std::uint8_t> labels;
    std::uint8_t label = 0;
    for (std::size_t t = 0; t < boundaries.size(); ++t) labels.push_back(label = (t && boundaries[t] == 5) ? 1 - label : label);
    return labels;
  };
  std::vector<TrainingSequence> data;
  for (const auto& boundaries : std::vector<std::vector<std::uint8_t>>{
           {0, 3, 5, 3, 3, 5, 3}, {0, 5, 3, 5}, {0, 3, 3, 5, 3, 5, 5}, {0, 5, 5, 3, 3}})
    data.push_back({sequence_of(boundaries), labels_for(boundaries)});
  TrainingOptions options;
  options.l2 = 0.01;
  options.max_iterations = 100;
  CrfModel model = train_crf(data, {"A", "B"}, options);
  CHECK(model.boundary_classes() == kBoundaryClasses);
  std::vector<std::uint8_t> unseen{0, 3, 3, 5, 3, 3, 5, 5, 3};
  CHECK(model.viterbi(sequence_of(unseen)) == labels_for(unseen));
}

TEST_CASE("extract::parsing::extract_features boundary classes") {
  // The boundary before token 2 of each text ("J" or "and"): what separates it from token 1 and what it is.
  auto boundary = [](const std::string& text) {
    FeatureSequence features;
    extract_features(text, tokenize(text), features);
    REQUIRE(features.boundaries.size() == features.size());
    CHECK(features.boundaries[0] == 0);
    for (auto b : features.boundaries) CHECK(b < kBoundaryClasses);
    return features.boundaries[2];
  };
  CHECK(boundary("Smith, J. 1999") == boundary("Jones, K. 2004"));   // comma, space, capital
  CHECK(boundary("Smith, J.") != boundary("Smith. J."));             // a comma is not a full stop
  CHECK(boundary("Smith, J.") != boundary("Smith,J."));              // nor is a space nothing
  CHECK(boundary("Smith, J.") != boundary("Smith, and"));            // nor a capital lowercase
  CHECK(boundary("Smith, J.") != boundary("Smith 1999 J."));         // a word before is not a comma
}

TEST_CASE("extract::parsing::extract_features layouts score alike") {
  TrainingOptions options;
  options.l2 = 0.01;
  CrfModel model = train_crf(training_data(), {"author", "title", "date"}, options);
  for (const std::string text : {"Green, C. (2020). Snow and ice in the Alps.", "Jones, K. (2004). Rivers.", ""}) {
    CAPTURE(text);
    auto tokens = tokenize(text);
    FeatureSequence per_token, shared;
    extract_features(text, tokens, per_token, FeatureLayout::per_token);
    extract_features(text, tokens, shared, FeatureLayout::shared);
    CHECK(shared.ids.size() + shared.shared_ids.size() < per_token.ids.size() + (text.empty() ? 1 : 0));
    std::vector<float> a, b;
    model.emission_scores(per_token, a);
    model.emission_scores(shared, b);
    REQUIRE(a.size() == b.size());
    for (std::size_t k = 0; k < a.size(); ++k) CHECK(a[k] == Approx(b[k]).margin(1e-4));
    CHECK(model.viterbi(per_token) == model.viterbi(shared));
  }
}

TEST_CASE("extract::parsing::train_crf is deterministic whatever the threads") {
  auto data = training_data();
  TrainingOptions options;
  options.max_iterations = 20;
  options.threads = 1;
  std::string one = train_crf(data, {"author", "title", "date"}, options).to_bytes();
  options.threads = 2;
  CHECK(train_crf(data, {"author", "title", "date"}, options).to_bytes() == one);
  options.algorithm = TrainingAlgorithm::sgd;
  CHECK(train_crf(data, {"author", "title", "date"}, options).to_bytes() ==
        train_crf(data, {"author", "title", "date"}, options).to_bytes());
}
