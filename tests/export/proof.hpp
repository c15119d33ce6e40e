#pragma once
// What the proofs by real readers share: each corpus written in a format
// into a scratch directory.

#include "export/exporters.hpp"
#include "tests/export/corpora.hpp"

#include <filesystem>
#include <string>

namespace citekit::test {

// `corpus` written as `format` into a fresh scratch directory named after
// `tool` and the corpus, as "works" + the format's extension; returns the
// file's path.
std::filesystem::path write_export(const Corpus& corpus, exporting::Format format, const std::string& tool);

}  // namespace citekit::test
