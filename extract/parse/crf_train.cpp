#include "extract/parse/crf_train.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <deque>
#include <random>
#include <span>
#include <thread>
#include <unordered_map>

namespace citekit::extract::parsing {
namespace {

// The training data with features renumbered densely and one parameter per
// (feature, label seen with it), followed by start, end and transition
// weights, and a block of transition weights per boundary class.
struct Problem {
  std::size_t labels = 0;
  std::size_t boundary_classes = 0;
  std::vector<FeatureId> keys;
  std::vector<std::uint32_t> param_begin;   // feature f owns parameters [param_begin[f], param_begin[f + 1])
  std::vector<std::uint8_t> param_label;
  std::size_t start = 0, end = 0, transitions = 0, boundaries = 0, total = 0;

  struct Sequence {
    std::vector<std::uint32_t> offsets;     // token t owns features[offsets[t], offsets[t + 1])
    std::vector<std::uint32_t> features;
    std::vector<std::uint8_t> gold;
    std::vector<std::uint8_t> blocks;       // the transition block before token t (see exp_transitions)
  };
  std::vector<Sequence> sequences;
};

// exp(weights) of the transitions: one L x L block per boundary class (the
// transitions plus the class's own), then the plain transitions.
// With `only`, just the blocks it names (one sequence's, for a stochastic step).
void exp_transitions(const Problem& p, const std::vector<double>& w, std::vector<double>& out,
                     std::span<const std::uint8_t> only = {}) {
  const std::size_t block = p.labels * p.labels;
  out.resize((p.boundary_classes + 1) * block);
  std::vector<bool> wanted(p.boundary_classes + 1, only.empty());
  for (std::uint8_t c : only) wanted[c] = true;
  for (std::size_t c = 0; c <= p.boundary_classes; ++c)
    if (wanted[c])
      for (std::size_t k = 0; k < block; ++k)
        out[c * block + k] =
            std::exp(w[p.transitions + k] + (c < p.boundary_classes ? w[p.boundaries + c * block + k] : 0.0));
}

Problem build_problem(const std::vector<TrainingSequence>& data, std::size_t labels, int min_count) {
  std::unordered_map<FeatureId, std::uint32_t> counts;
  for (const auto& seq : data)
    for (FeatureId id : seq.features.ids) ++counts[id];
  Problem p;
  p.labels = labels;
  bool with_boundaries = std::any_of(data.begin(), data.end(), [](const auto& seq) { return !seq.features.boundaries.empty(); });
  p.boundary_classes = with_boundaries ? kBoundaryClasses : 0;
  for (const auto& [key, n] : counts)
    if (static_cast<int>(n) >= min_count) p.keys.push_back(key);
  std::sort(p.keys.begin(), p.keys.end());
  std::unordered_map<FeatureId, std::uint32_t> dense;
  dense.reserve(p.keys.size());
  for (std::uint32_t f = 0; f < p.keys.size(); ++f) dense.emplace(p.keys[f], f);

  std::vector<std::uint32_t> seen(p.keys.size(), 0);   // label masks
  for (const auto& seq : data) {
    Problem::Sequence s;
    s.gold = seq.labels;
    for (std::size_t t = 0; t < seq.labels.size(); ++t)
      s.blocks.push_back(static_cast<std::uint8_t>(t < seq.features.boundaries.size()
                                                        ? std::min<std::size_t>(seq.features.boundaries[t], p.boundary_classes)
                                                        : p.boundary_classes));
    s.offsets.push_back(0);
    for (std::size_t t = 0; t < seq.features.size(); ++t) {
      for (FeatureId id : seq.features.token(t)) {
        auto it = dense.find(id);
        if (it == dense.end()) continue;
        s.features.push_back(it->second);
        seen[it->second] |= 1U << seq.labels[t];
      }
      s.offsets.push_back(static_cast<std::uint32_t>(s.features.size()));
    }
    p.sequences.push_back(std::move(s));
  }
  p.param_begin.push_back(0);
  for (std::uint32_t mask : seen) {
    for (std::uint8_t y = 0; y < labels; ++y)
      if (mask >> y & 1U) p.param_label.push_back(y);
    p.param_begin.push_back(static_cast<std::uint32_t>(p.param_label.size()));
  }
  p.start = p.param_label.size();
  p.end = p.start + labels;
  p.transitions = p.end + labels;
  p.boundaries = p.transitions + labels * labels;
  p.total = p.boundaries + p.boundary_classes * labels * labels;
  return p;
}

// Forward-backward over one sequence; adds its negative log-likelihood's
// gradient to `grad` and returns the negative log-likelihood.
class SequenceScorer {
 public:
  SequenceScorer(const Problem& p, const std::vector<double>& w, const std::vector<double>& exp_transitions)
      : p_(p), w_(w), exp_t_(exp_transitions), L_(p.labels) {}

  // `grad[k] += factor * d(loss)/d(w_k)`.
  double run(const Problem::Sequence& s, std::vector<double>& grad, double factor = 1.0) {
    const std::size_t n = s.gold.size();
    if (n == 0) return 0;
    emissions(s, n);
    blocks_ = s.blocks.data();
    double log_z = forward_backward(n);
    double gold = w_[p_.start + s.gold[0]] + w_[p_.end + s.gold[n - 1]];
    for (std::size_t t = 0; t < n; ++t) {
      gold += score_[t * L_ + s.gold[t]];
      if (t == 0) continue;
      std::size_t pair = s.gold[t - 1] * L_ + s.gold[t];
      gold += w_[p_.transitions + pair];
      if (s.blocks[t] < p_.boundary_classes) gold += w_[p_.boundaries + s.blocks[t] * L_ * L_ + pair];
    }
    accumulate(s, n, grad, factor);
    return log_z - gold;
  }

 private:
  void emissions(const Problem::Sequence& s, std::size_t n) {
    score_.assign(n * L_, 0.0);
    for (std::size_t t = 0; t < n; ++t) {
      double* row = score_.data() + t * L_;
      for (std::uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
        std::uint32_t f = s.features[k];
        for (std::uint32_t q = p_.param_begin[f]; q < p_.param_begin[f + 1]; ++q) row[p_.param_label[q]] += w_[q];
      }
    }
  }

  // Scaled forward-backward; fills marginals_ and returns log Z.
  double forward_backward(std::size_t n) {
    psi_.resize(n * L_);
    alpha_.resize(n * L_);
    beta_.resize(n * L_);
    scale_.resize(n);
    double log_z = 0;
    for (std::size_t t = 0; t < n; ++t) {   // emissions, shifted by their maximum for range
      double top = *std::max_element(score_.begin() + static_cast<std::ptrdiff_t>(t * L_),
                                     score_.begin() + static_cast<std::ptrdiff_t>((t + 1) * L_));
      for (std::size_t y = 0; y < L_; ++y) psi_[t * L_ + y] = std::exp(score_[t * L_ + y] - top);
      log_z += top;
    }
    for (std::size_t y = 0; y < L_; ++y) alpha_[y] = std::exp(w_[p_.start + y]) * psi_[y];
    normalise(alpha_.data(), 0);
    for (std::size_t t = 1; t < n; ++t) {
      double* a = alpha_.data() + t * L_;
      const double* prev = alpha_.data() + (t - 1) * L_;
      std::fill(a, a + L_, 0.0);
      for (std::size_t i = 0; i < L_; ++i) {
        const double* row = exp_block(t) + i * L_;
        for (std::size_t j = 0; j < L_; ++j) a[j] += prev[i] * row[j];
      }
      for (std::size_t j = 0; j < L_; ++j) a[j] *= psi_[t * L_ + j];
      normalise(a, t);
    }
    double z_last = 0;
    for (std::size_t y = 0; y < L_; ++y) {
      beta_[(n - 1) * L_ + y] = std::exp(w_[p_.end + y]);
      z_last += alpha_[(n - 1) * L_ + y] * beta_[(n - 1) * L_ + y];
    }
    next_.resize(L_);
    for (std::size_t t = n - 1; t > 0; --t) {
      double* b = beta_.data() + (t - 1) * L_;
      for (std::size_t j = 0; j < L_; ++j) next_[j] = psi_[t * L_ + j] * beta_[t * L_ + j] / scale_[t];
      for (std::size_t i = 0; i < L_; ++i) {
        const double* row = exp_block(t) + i * L_;
        double sum = 0;
        for (std::size_t j = 0; j < L_; ++j) sum += row[j] * next_[j];
        b[i] = sum;
      }
    }
    z_last_ = z_last;
    for (double c : scale_) log_z += std::log(c);
    return log_z + std::log(z_last);
  }

  void normalise(double* v, std::size_t t) {
    double sum = 0;
    for (std::size_t y = 0; y < L_; ++y) sum += v[y];
    scale_[t] = sum;
    for (std::size_t y = 0; y < L_; ++y) v[y] /= sum;
  }

  void accumulate(const Problem::Sequence& s, std::size_t n, std::vector<double>& grad, double factor) {
    marginal_.resize(L_);
    next_.resize(L_);
    for (std::size_t t = 0; t < n; ++t) {
      for (std::size_t y = 0; y < L_; ++y) marginal_[y] = alpha_[t * L_ + y] * beta_[t * L_ + y] / z_last_;
      marginal_[s.gold[t]] -= 1.0;
      for (std::size_t y = 0; y < L_; ++y) marginal_[y] *= factor;
      for (std::uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
        std::uint32_t f = s.features[k];
        for (std::uint32_t q = p_.param_begin[f]; q < p_.param_begin[f + 1]; ++q) grad[q] += marginal_[p_.param_label[q]];
      }
      if (t == 0)
        for (std::size_t y = 0; y < L_; ++y) grad[p_.start + y] += marginal_[y];
      if (t == n - 1)
        for (std::size_t y = 0; y < L_; ++y) grad[p_.end + y] += marginal_[y];
      if (t == 0) continue;
      const double* a = alpha_.data() + (t - 1) * L_;
      const double* b = beta_.data() + t * L_;
      double inverse_norm = factor / (scale_[t] * z_last_);
      for (std::size_t j = 0; j < L_; ++j) next_[j] = psi_[t * L_ + j] * b[j] * inverse_norm;
      // The pair's expected count goes to the transitions and to the boundary class's own.
      const bool classed = s.blocks[t] < p_.boundary_classes;
      double* g_class = grad.data() + p_.boundaries + s.blocks[t] * L_ * L_;
      for (std::size_t i = 0; i < L_; ++i) {
        double* g = grad.data() + p_.transitions + i * L_;
        const double* e = exp_block(t) + i * L_;
        for (std::size_t j = 0; j < L_; ++j) {
          double expected = a[i] * e[j] * next_[j];
          g[j] += expected;
          if (classed) g_class[i * L_ + j] += expected;
        }
      }
      std::size_t pair = s.gold[t - 1] * L_ + s.gold[t];
      grad[p_.transitions + pair] -= factor;
      if (classed) g_class[pair] -= factor;
    }
  }

  const double* exp_block(std::size_t t) const { return exp_t_.data() + blocks_[t] * L_ * L_; }

  const Problem& p_;
  const std::vector<double>& w_;
  const std::vector<double>& exp_t_;   // see exp_transitions
  std::size_t L_;
  const std::uint8_t* blocks_ = nullptr;
  std::vector<double> score_, psi_, alpha_, beta_, scale_, marginal_, next_;
  double z_last_ = 1;
};

// Negative log-likelihood and its gradient over the whole data, with the L2
// penalty. The data is cut into a fixed number of slices whose sums are
// added in order, so the result does not depend on how many threads share them.
double objective(const Problem& p, const std::vector<double>& w, std::vector<double>& grad, const TrainingOptions& options) {
  constexpr std::size_t kSlices = 8;
  std::vector<double> exp_t;
  exp_transitions(p, w, exp_t);
  std::vector<std::vector<double>> grads(kSlices, std::vector<double>(p.total, 0.0));
  std::vector<double> losses(kSlices, 0.0);
  std::size_t workers = std::clamp<std::size_t>(static_cast<std::size_t>(std::max(1, options.threads)), 1, kSlices);
  auto work = [&](std::size_t worker) {
    SequenceScorer scorer(p, w, exp_t);
    for (std::size_t slice = worker; slice < kSlices; slice += workers) {
      std::size_t begin = p.sequences.size() * slice / kSlices, end = p.sequences.size() * (slice + 1) / kSlices;
      for (std::size_t i = begin; i < end; ++i) losses[slice] += scorer.run(p.sequences[i], grads[slice]);
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t worker = 1; worker < workers; ++worker) threads.emplace_back(work, worker);
  work(0);
  for (auto& t : threads) t.join();
  double loss = 0;
  grad.assign(p.total, 0.0);
  for (std::size_t slice = 0; slice < kSlices; ++slice) {
    loss += losses[slice];
    for (std::size_t k = 0; k < p.total; ++k) grad[k] += grads[slice][k];
  }
  for (std::size_t k = 0; k < p.total; ++k) {
    loss += options.l2 * w[k] * w[k];
    grad[k] += 2 * options.l2 * w[k];
  }
  return loss;
}

CrfModel to_model(const Problem& p, const std::vector<double>& w, const std::vector<std::string>& labels, float prune);

void maybe_checkpoint(const Problem& p, const std::vector<double>& w, const std::vector<std::string>& labels,
                      const TrainingOptions& options, int iteration) {
  if (options.checkpoint && options.checkpoint_every > 0 && iteration % options.checkpoint_every == 0)
    options.checkpoint(to_model(p, w, labels, options.prune_below));
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0;
  for (std::size_t k = 0; k < a.size(); ++k) sum += a[k] * b[k];
  return sum;
}

double l1_norm(const std::vector<double>& w) {
  double sum = 0;
  for (double x : w) sum += std::abs(x);
  return sum;
}

// OWL-QN's pseudo-gradient: the gradient of loss + l1 * |w| where it exists,
// the smaller one-sided derivative (or 0) at w_k = 0.
std::vector<double> pseudo_gradient(const std::vector<double>& w, const std::vector<double>& g, double l1) {
  std::vector<double> pg(g);
  if (l1 <= 0) return pg;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k] > 0) pg[k] = g[k] + l1;
    else if (w[k] < 0) pg[k] = g[k] - l1;
    else if (g[k] + l1 < 0) pg[k] = g[k] + l1;
    else if (g[k] - l1 > 0) pg[k] = g[k] - l1;
    else pg[k] = 0;
  }
  return pg;
}

struct Memory {
  std::deque<std::vector<double>> s, y;
  std::deque<double> rho;
};

// L-BFGS two-loop recursion: an approximation of -H⁻¹ pg.
std::vector<double> direction(const Memory& m, const std::vector<double>& pg) {
  std::vector<double> d(pg.size());
  for (std::size_t k = 0; k < d.size(); ++k) d[k] = -pg[k];
  std::vector<double> alpha(m.s.size());
  for (std::size_t i = m.s.size(); i-- > 0;) {
    alpha[i] = m.rho[i] * dot(m.s[i], d);
    for (std::size_t k = 0; k < d.size(); ++k) d[k] -= alpha[i] * m.y[i][k];
  }
  if (!m.s.empty()) {
    double gamma = dot(m.s.back(), m.y.back()) / dot(m.y.back(), m.y.back());
    for (double& x : d) x *= gamma;
  }
  for (std::size_t i = 0; i < m.s.size(); ++i) {
    double beta = m.rho[i] * dot(m.y[i], d);
    for (std::size_t k = 0; k < d.size(); ++k) d[k] += m.s[i][k] * (alpha[i] - beta);
  }
  return d;
}

std::vector<double> optimise(const Problem& p, const std::vector<std::string>& labels, const TrainingOptions& options,
                             std::vector<double> w) {
  constexpr std::size_t kMemory = 8;
  const double l1 = options.l1;
  std::vector<double> g, g_next, w_next(p.total);
  double f = objective(p, w, g, options) + l1 * l1_norm(w);
  Memory memory;
  std::vector<double> history{f};
  for (int iteration = 1; iteration <= options.max_iterations; ++iteration) {
    std::vector<double> pg = pseudo_gradient(w, g, l1);
    std::vector<double> d = direction(memory, pg);
    if (l1 > 0)
      for (std::size_t k = 0; k < d.size(); ++k)
        if (d[k] * pg[k] >= 0) d[k] = 0;   // keep to the descent orthant
    double step = memory.s.empty() ? 1.0 / std::sqrt(dot(pg, pg)) : 1.0;
    double f_next = f;
    bool moved = false;
    for (int attempt = 0; attempt < 30; ++attempt, step *= 0.5) {
      for (std::size_t k = 0; k < w.size(); ++k) {
        w_next[k] = w[k] + step * d[k];
        if (l1 > 0) {
          double orthant = w[k] != 0 ? w[k] : -pg[k];
          if (w_next[k] * orthant <= 0) w_next[k] = 0;
        }
      }
      f_next = objective(p, w_next, g_next, options) + l1 * l1_norm(w_next);
      double decrease = 0;
      for (std::size_t k = 0; k < w.size(); ++k) decrease += pg[k] * (w_next[k] - w[k]);
      if (f_next <= f + 1e-4 * decrease) {
        moved = true;
        break;
      }
    }
    if (!moved) break;
    std::vector<double> s(w.size()), y(w.size());
    for (std::size_t k = 0; k < w.size(); ++k) s[k] = w_next[k] - w[k], y[k] = g_next[k] - g[k];
    double sy = dot(s, y);
    if (sy > 0) {
      memory.s.push_back(std::move(s));
      memory.y.push_back(std::move(y));
      memory.rho.push_back(1.0 / sy);
      if (memory.s.size() > kMemory) memory.s.pop_front(), memory.y.pop_front(), memory.rho.pop_front();
    }
    w.swap(w_next);
    g.swap(g_next);
    f = f_next;
    history.push_back(f);
    if (options.progress) {
      std::size_t active = static_cast<std::size_t>(std::count_if(w.begin(), w.end(), [](double x) { return x != 0; }));
      options.progress(TrainingProgress{iteration, f, active});
    }
    maybe_checkpoint(p, w, labels, options, iteration);
    if (history.size() > 10) {
      double old = history[history.size() - 11];
      if ((old - f) / std::max(1.0, std::abs(f)) < options.stop_delta) break;
    }
  }
  return w;
}

// SGD on loss_i + (l2 / N) * |w|², visiting sequences in a fixed
// pseudo-random order; the step shrinks as 1 / (1 + t / t0). The L2 decay is
// kept as a common scale factor so that each step touches only the weights
// of the sequence's features.
std::vector<double> stochastic(const Problem& p, const std::vector<std::string>& labels, const TrainingOptions& options) {
  const std::size_t n = p.sequences.size();
  const double lambda = 2.0 * options.l2 / static_cast<double>(std::max<std::size_t>(n, 1));
  const double eta0 = options.learning_rate;
  const double t0 = 1.0 / (lambda * eta0);
  std::vector<double> w(p.total, 0.0), exp_t;
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::mt19937 random(options.seed);   // mt19937's output is fixed by the standard; the shuffle is ours
  double scale = 1.0, t = 0;
  std::vector<double> step(p.total, 0.0);   // this sequence's gradient, scaled by -eta
  std::vector<std::uint32_t> touched;
  std::vector<double> view(p.total, 0.0);    // w * scale, the weights the scorer sees
  for (int epoch = 1; epoch <= options.max_iterations; ++epoch) {
    for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[random() % i]);
    double loss = 0;
    for (std::size_t index : order) {
      const auto& seq = p.sequences[index];
      double eta = eta0 / (1.0 + t / t0);
      scale *= 1.0 - eta * lambda;
      // The weights this sequence reads: its features' and the transitions.
      touched.clear();
      for (std::uint32_t f : seq.features)
        for (std::uint32_t q = p.param_begin[f]; q < p.param_begin[f + 1]; ++q) touched.push_back(q);
      for (std::size_t k = p.start; k < p.total; ++k) touched.push_back(static_cast<std::uint32_t>(k));
      for (std::uint32_t q : touched) view[q] = w[q] * scale;
      exp_transitions(p, view, exp_t, seq.blocks);
      SequenceScorer scorer(p, view, exp_t);
      loss += scorer.run(seq, step, -eta);
      for (std::uint32_t q : touched) {
        w[q] += step[q] / scale;
        step[q] = 0;
      }
      t += 1;
      if (scale < 1e-9) {   // fold the scale back into the weights before it underflows
        for (double& x : w) x *= scale;
        scale = 1.0;
      }
    }
    if (options.progress) {
      double norm = 0;
      for (double x : w) norm += x * x * scale * scale;
      options.progress(TrainingProgress{epoch, loss + options.l2 * norm, p.total});
    }
    if (options.checkpoint && options.checkpoint_every > 0 && epoch % options.checkpoint_every == 0) {
      std::vector<double> current(w);
      for (double& x : current) x *= scale;
      maybe_checkpoint(p, current, labels, options, epoch);
    }
  }
  for (double& x : w) x *= scale;
  return w;
}

CrfModel to_model(const Problem& p, const std::vector<double>& w, const std::vector<std::string>& labels, float prune) {
  const std::size_t L = p.labels;
  auto slice = [&](std::size_t from, std::size_t n) {
    std::vector<float> out(n);
    for (std::size_t k = 0; k < n; ++k) out[k] = static_cast<float>(w[from + k]);
    return out;
  };
  std::vector<FeatureWeights> features;
  for (std::size_t f = 0; f < p.keys.size(); ++f) {
    FeatureWeights fw{p.keys[f], {}};
    for (std::uint32_t q = p.param_begin[f]; q < p.param_begin[f + 1]; ++q)
      if (w[q] != 0 && std::abs(w[q]) >= prune) fw.weights.emplace_back(p.param_label[q], static_cast<float>(w[q]));
    if (!fw.weights.empty()) features.push_back(std::move(fw));
  }
  return CrfModel(labels, slice(p.start, L), slice(p.end, L), slice(p.transitions, L * L), std::move(features),
                  slice(p.boundaries, p.boundary_classes * L * L));
}

}  // namespace

CrfModel train_crf(const std::vector<TrainingSequence>& data, const std::vector<std::string>& labels,
                   const TrainingOptions& options) {
  Problem problem = build_problem(data, labels.size(), options.min_feature_count);
  std::vector<double> w;
  if (options.algorithm == TrainingAlgorithm::sgd) {
    w = stochastic(problem, labels, options);
  } else {
    if (options.warm_start_epochs > 0) {
      TrainingOptions warm = options;
      warm.max_iterations = options.warm_start_epochs;
      warm.checkpoint = nullptr;
      w = stochastic(problem, labels, warm);
    } else {
      w.assign(problem.total, 0.0);
    }
    w = optimise(problem, labels, options, std::move(w));
  }
  return to_model(problem, w, labels, options.prune_below);
}

}  // namespace citekit::extract::parsing
