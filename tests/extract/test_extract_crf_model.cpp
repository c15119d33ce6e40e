#include "extract/parse/crf_model.hpp"
#include "extract/parse/labeller.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

using namespace citekit::extract::parsing;

namespace {

// Two labels, A (0) and B (1). Feature 11 favours A, 22 favours B; the
// transition A -> B is costly and B -> B cheap.
CrfModel hand_built() {
  std::vector<FeatureWeights> features{
      {11, {{0, 2.0F}, {1, -1.0F}}},
      {22, {{1, 1.5F}}},
      {33, {{0, 0.5F}}},
  };
  return CrfModel({"A", "B"}, {0.0F, 0.0F}, {0.0F, 0.0F}, {0.0F, -1.0F, 0.0F, 0.5F}, features);
}

FeatureSequence sequence(const std::vector<std::vector<FeatureId>>& tokens) {
  FeatureSequence seq;
  seq.offsets.push_back(0);
  for (const auto& features : tokens) {
    seq.ids.insert(seq.ids.end(), features.begin(), features.end());
    seq.offsets.push_back(static_cast<std::uint32_t>(seq.ids.size()));
  }
  return seq;
}

// hand_built() with two boundary classes: across class 0 the costly A -> B
// becomes cheap (a boundary where a new field begins); class 1 adds nothing.
CrfModel with_boundaries() {
  return CrfModel({"A", "B"}, {0.0F, 0.0F}, {0.0F, 0.0F}, {0.0F, -1.0F, 0.0F, 0.5F},
                  {{11, {{0, 2.0F}, {1, -1.0F}}}, {22, {{1, 1.5F}}}, {33, {{0, 0.5F}}}, {44, {{1, 0.4F}}}},
                  {0.0F, 2.0F, 0.0F, 0.0F, /* class 1 */ 0.0F, 0.0F, 0.0F, 0.0F});
}

FeatureSequence with_boundaries(FeatureSequence seq, std::vector<std::uint8_t> boundaries) {
  seq.boundaries = std::move(boundaries);
  return seq;
}

}  // namespace

TEST_CASE("extract::parsing::CrfModel::emission_scores") {
  std::vector<float> scores;
  hand_built().emission_scores(sequence({{11, 33}, {22, 99}}), scores);
  REQUIRE(scores.size() == 4);
  CHECK(scores[0] == Approx(2.5).epsilon(1e-3));   // token 0, A: 2.0 + 0.5
  CHECK(scores[1] == Approx(-1.0).epsilon(1e-3));  // token 0, B
  CHECK(scores[2] == Approx(0.0));                 // token 1, A: unknown feature 99 adds nothing
  CHECK(scores[3] == Approx(1.5).epsilon(1e-3));
}

TEST_CASE("extract::parsing::CrfModel::viterbi") {
  CrfModel model = hand_built();
  SECTION("emissions decide when transitions are neutral") {
    CHECK(model.viterbi(sequence({{11}, {22}, {22}})) == std::vector<std::uint8_t>{0, 1, 1});
  }
  SECTION("a costly transition can outweigh a weak emission") {
    // A then B scores 2 - 1 + 0.4 = 1.4 (with a weak B feature); A then A scores 2 + 0 = 2.
    CrfModel weak({"A", "B"}, {0, 0}, {0, 0}, {0.0F, -1.0F, 0.0F, 0.0F}, {{11, {{0, 2.0F}}}, {44, {{1, 0.4F}}}});
    CHECK(weak.viterbi(sequence({{11}, {44}})) == std::vector<std::uint8_t>{0, 0});
  }
  SECTION("constraints fix labels") {
    std::vector<std::uint32_t> allowed{0, 1U << 0, 0};   // token 1 must be A
    CHECK(model.viterbi(sequence({{11}, {22}, {22}}), allowed) == std::vector<std::uint8_t>{0, 0, 1});
  }
  SECTION("an empty sequence") { CHECK(model.viterbi(sequence({})).empty()); }
}

TEST_CASE("extract::parsing::CrfModel::viterbi transitions depend on the boundary class") {
  CrfModel model = with_boundaries();
  REQUIRE(model.boundary_classes() == 2);
  auto weak_b = sequence({{11}, {44}});   // A then B scores 1.4 with the plain transitions, A then A 2
  struct Row {
    std::vector<std::uint8_t> boundaries;
    std::vector<std::uint8_t> labels;
  };
  const Row rows[] = {
      {{0, 0}, {0, 1}},   // class 0 makes A -> B worth +1: 3.4 beats 2
      {{0, 1}, {0, 0}},   // class 1 leaves the plain transitions
      {{0, 7}, {0, 0}},   // a class the model has no weights for: the plain transitions
      {{}, {0, 0}},       // no classes given: the plain transitions
  };
  for (const auto& row : rows) {
    CAPTURE(row.boundaries);
    CHECK(model.viterbi(with_boundaries(weak_b, row.boundaries)) == row.labels);
  }
}

TEST_CASE("extract::parsing::CrfModel::from_bytes") {
  CrfModel model = hand_built();
  auto bytes = model.to_bytes();
  auto loaded = CrfModel::from_bytes(bytes);
  REQUIRE(loaded);
  CHECK(loaded->labels() == model.labels());
  CHECK(loaded->feature_count() == 3);
  CHECK(loaded->to_bytes() == bytes);
  auto seq = sequence({{11}, {22}, {22}});
  CHECK(loaded->viterbi(seq) == model.viterbi(seq));
  SECTION("boundary transitions are kept") {
    CrfModel classed = with_boundaries();
    auto classed_bytes = classed.to_bytes();
    auto reloaded = CrfModel::from_bytes(classed_bytes);
    REQUIRE(reloaded);
    CHECK(reloaded->boundary_classes() == 2);
    CHECK(reloaded->to_bytes() == classed_bytes);
    auto weak_b = with_boundaries(sequence({{11}, {44}}), {0, 0});
    CHECK(reloaded->viterbi(weak_b) == std::vector<std::uint8_t>{0, 1});
    CHECK(classed.pruned(0.1F).viterbi(weak_b) == std::vector<std::uint8_t>{0, 1});
  }
  SECTION("a model written before boundary classes still loads") {
    std::string old_format = "CKCRF002" + bytes.substr(8, bytes.size() - 8);
    std::size_t count_at = 8 + 4 + 2 * 2 + 2 * 4 + 2 * 4 + 4 * 4;   // magic, count, names, start, end, transitions
    old_format.erase(count_at, 4);                                   // its boundary class count (0)
    auto loaded_old = CrfModel::from_bytes(old_format);
    REQUIRE(loaded_old);
    CHECK(loaded_old->boundary_classes() == 0);
    CHECK(loaded_old->viterbi(seq) == model.viterbi(seq));
  }
  SECTION("malformed input is an error, not a crash") {
    CHECK_FALSE(CrfModel::from_bytes(""));
    CHECK_FALSE(CrfModel::from_bytes("CKCRF002"));
    CHECK_FALSE(CrfModel::from_bytes(bytes.substr(0, bytes.size() - 1)));
    CHECK_FALSE(CrfModel::from_bytes(bytes + "x"));
    CHECK(CrfModel::from_bytes("not a model").error().code == "malformed-model");
  }
}

TEST_CASE("extract::parsing::CrfModel::pruned") {
  CrfModel pruned = hand_built().pruned(1.0F);
  CHECK(pruned.feature_count() == 2);   // 33 (0.5) goes; 11 keeps 2.0 and -1.0; 22 keeps 1.5
  std::vector<float> scores;
  pruned.emission_scores(sequence({{11, 33}}), scores);
  CHECK(scores[0] == Approx(2.0).epsilon(1e-3));
}

TEST_CASE("extract::parsing::CrfModel labels alike with AVX2 and with portable vectors") {
  const auto& labeller = builtin_labeller();
  REQUIRE(labeller);
  // A thousand real references of many styles (AnyStyle's "good" set).
  std::ifstream in(citekit::test::shared_dir() / "data/references/anystyle_good.jsonl");
  REQUIRE(in);
  std::vector<std::string> texts;
  for (std::string line; texts.size() < 1000 && std::getline(in, line);)
    texts.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
  auto label_all = [&] {
    std::vector<std::vector<LabelledSpan>> out;
    for (const auto& text : texts) out.push_back(labeller->label(text, {}));
    return out;
  };
  CrfModel::use_vectors(CrfModel::Vectors::portable);
  auto portable = label_all();
  CrfModel::use_vectors(CrfModel::Vectors::best);
  auto best = label_all();
  REQUIRE(best.size() == 1000);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(texts[i]);
    REQUIRE(best[i].size() == portable[i].size());
    for (std::size_t s = 0; s < best[i].size(); ++s) {
      CHECK(best[i][s].label == portable[i][s].label);
      CHECK(best[i][s].begin == portable[i][s].begin);
      CHECK(best[i][s].end == portable[i][s].end);
    }
  }
}
