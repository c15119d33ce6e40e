#pragma once
// The bytes of the labeller model built into the binary
// (extract/parse/model/parser.crf, made by bench/train_parser.sh).

#include <string_view>

namespace citekit::extract::parsing {

std::string_view embedded_model_bytes();

}  // namespace citekit::extract::parsing
