// Trains the reference labeller: reads labelled reference strings (JSON
// Lines: "text" and "spans" [[label, byte_begin, byte_end], ...], as
// bench/prepare_parser_data.py writes them), extracts the same features the
// parser uses, fits the CRF and writes the model file.

#include "extract/parse/crf_train.hpp"
#include "extract/parse/features.hpp"
#include "extract/parse/labels.hpp"
#include "extract/parse/tokenizer.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

using namespace citekit::extract::parsing;

namespace {

// The label of every token: that of the span holding its first byte, or of
// the span before it when it falls between spans.
std::vector<std::uint8_t> token_labels(const std::vector<Token>& tokens, const nlohmann::json& spans) {
  std::vector<std::uint8_t> labels;
  std::size_t s = 0;
  std::uint8_t current = static_cast<std::uint8_t>(Label::note);
  for (const Token& token : tokens) {
    while (s < spans.size() && spans[s][2].get<std::uint32_t>() <= token.begin) ++s;
    if (s < spans.size() && spans[s][1].get<std::uint32_t>() <= token.begin) {
      auto label = label_from_name(spans[s][0].get<std::string>());
      if (!label) throw std::runtime_error("unknown label " + spans[s][0].get<std::string>());
      current = static_cast<std::uint8_t>(*label);
    }
    labels.push_back(current);
  }
  return labels;
}

std::vector<TrainingSequence> read_sequences(const std::vector<std::string>& paths) {
  std::vector<TrainingSequence> data;
  for (const auto& path : paths) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    for (std::string line; std::getline(in, line);) {
      auto row = nlohmann::json::parse(line);
      std::string text = row["text"];
      auto tokens = tokenize(text);
      TrainingSequence seq;
      extract_features(text, tokens, seq.features);
      seq.labels = token_labels(tokens, row["spans"]);
      data.push_back(std::move(seq));
    }
  }
  return data;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Trains citekit's reference labeller (a linear-chain CRF)"};
  std::vector<std::string> train;
  std::string output;
  TrainingOptions options;
  std::string prune_model;
  app.add_option("--train", train, "Labelled references (JSON Lines); may repeat");
  app.add_option("--prune-model", prune_model, "Instead of training, prune this model file by --prune");
  app.add_option("-o,--output", output, "Model file to write")->required();
  std::string algorithm = "lbfgs";
  app.add_option("--algorithm", algorithm, "lbfgs or sgd")->check(CLI::IsMember({"lbfgs", "sgd"}));
  app.add_option("--learning-rate", options.learning_rate, "SGD: first step size");
  app.add_option("--warm-start", options.warm_start_epochs, "L-BFGS: start from this many SGD epochs");
  app.add_option("--l1", options.l1, "L1 penalty");
  app.add_option("--l2", options.l2, "L2 penalty");
  app.add_option("--iterations", options.max_iterations, "Most L-BFGS iterations, or SGD epochs");
  app.add_option("--min-count", options.min_feature_count, "Drop features seen fewer times");
  app.add_option("--prune", options.prune_below, "Leave out weights smaller than this");
  app.add_option("--checkpoint-every", options.checkpoint_every, "Write the model so far every N iterations");
  app.add_option("--threads", options.threads, "Threads (the result does not depend on it)");
  CLI11_PARSE(app, argc, argv);
  options.algorithm = algorithm == "sgd" ? TrainingAlgorithm::sgd : TrainingAlgorithm::lbfgs;
  try {
    if (!prune_model.empty()) {
      std::ifstream in(prune_model, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto model = CrfModel::from_bytes(bytes);
      if (!model) throw std::runtime_error(model.error().message);
      CrfModel pruned = model->pruned(options.prune_below);
      std::ofstream(output, std::ios::binary) << pruned.to_bytes();
      std::cerr << pruned.feature_count() << " of " << model->feature_count() << " features kept\n";
      return 0;
    }
    if (train.empty()) throw std::runtime_error("--train is required");
    auto data = read_sequences(train);
    std::cerr << data.size() << " references\n";
    options.progress = [](const TrainingProgress& p) {
      std::cerr << "iteration " << p.iteration << "  loss " << p.loss << "  active " << p.active << '\n';
    };
    options.checkpoint = [&output](const CrfModel& model) { std::ofstream(output, std::ios::binary) << model.to_bytes(); };
    std::vector<std::string> labels(kLabelNames.begin(), kLabelNames.end());
    CrfModel model = train_crf(data, labels, options);
    std::ofstream out(output, std::ios::binary);
    out << model.to_bytes();
    if (!out) throw std::runtime_error("cannot write " + output);
    std::cerr << model.feature_count() << " features written to " << output << '\n';
  } catch (const std::exception& e) {
    std::cerr << "citekit_train_parser: " << e.what() << '\n';
    return 2;
  }
  return 0;
}
