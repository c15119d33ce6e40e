#pragma once
// Vector kernels of crf_model.cpp that the other decoders share, each run
// with AVX2 where the processor has it (CrfModel::use_vectors decides).

#include <cstddef>

namespace citekit::extract::parsing {

// One step of Viterbi's forward pass: next[y] = max(next[y], max over
// from < L of previous[from] + transitions[from * P + y]) for every y < P;
// P (the padded label count) is a whole number of vectors.
void max_plus_row(const float* transitions, const float* previous, float* next, std::size_t L, std::size_t P);

}  // namespace citekit::extract::parsing
