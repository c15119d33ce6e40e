#pragma once
// Training a linear-chain CRF by maximum likelihood over the (feature,
// label) pairs seen in the training data: L-BFGS (OWL-QN when an L1 penalty
// is asked for), or stochastic gradient descent. Deterministic: the same data and options give the same
// model, whatever the number of threads. Used by the training tool and the
// tests, never at parse time.

#include "extract/parse/crf_model.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace citekit::extract::parsing {

struct TrainingSequence {
  FeatureSequence features;
  std::vector<std::uint8_t> labels;   // gold label per token
};

struct TrainingProgress {
  int iteration = 0;
  double loss = 0;          // negative log-likelihood plus penalties
  std::size_t active = 0;   // non-zero weights
};

enum class TrainingAlgorithm {
  lbfgs,   // L-BFGS (OWL-QN with an L1 penalty): exact, a few hundred passes over the data
  sgd,     // stochastic gradient descent with L2 decay: a few dozen passes
};

struct TrainingOptions {
  TrainingAlgorithm algorithm = TrainingAlgorithm::lbfgs;
  double l1 = 0.0;                  // penalty on |w| (OWL-QN when > 0; L-BFGS only)
  double l2 = 1.0;                  // penalty on w²
  int max_iterations = 300;         // L-BFGS iterations, or SGD epochs
  double learning_rate = 0.1;       // SGD: the first step size
  int warm_start_epochs = 0;        // L-BFGS: start from this many SGD epochs' weights
  unsigned seed = 1;                // SGD: order in which sequences are visited
  double stop_delta = 1e-5;         // stop when the loss improved less than this (relative) over 10 iterations
  int min_feature_count = 1;        // features seen fewer times are dropped
  float prune_below = 0.0F;         // weights this small are left out of the model
  int threads = 1;
  std::function<void(const TrainingProgress&)> progress;
  // Called with the model so far every `checkpoint_every` iterations (or epochs).
  int checkpoint_every = 0;
  std::function<void(const CrfModel&)> checkpoint;
};

CrfModel train_crf(const std::vector<TrainingSequence>& data, const std::vector<std::string>& labels,
                   const TrainingOptions& options);

}  // namespace citekit::extract::parsing
