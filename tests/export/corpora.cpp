#include "tests/export/corpora.hpp"

#include "extract/extract.hpp"
#include "tests/export/fixtures.hpp"
#include "tests/support.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace citekit::test {
namespace {

std::vector<Work> extracted_works(const std::filesystem::path& path) {
  std::istringstream no_input;
  auto bib = extract::extract_file(path.string(), no_input);
  if (!bib) return {};
  return bib->works;
}

// One corpus per file of `dir` (with `extension`, or any) that has works.
std::vector<Corpus> document_corpora(const std::filesystem::path& dir, const std::string& prefix,
                                     const std::string& extension = {}) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file() && (extension.empty() || entry.path().extension() == extension))
      paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<Corpus> corpora;
  for (const auto& path : paths) {
    auto works = extracted_works(path);
    if (!works.empty()) corpora.push_back({prefix + path.stem().string(), works});
  }
  return corpora;
}

}  // namespace

Corpus seed_corpus() {
  auto works = extracted_works(seed_document());
  if (works.empty()) throw std::runtime_error("no works extracted from " + seed_document().string());
  return {"seed", works};
}

std::vector<Corpus> kosovo_mini_corpora() {
  return document_corpora(shared_dir() / "data/documents/kosovo-mini", "kosovo-mini-");
}

std::vector<Corpus> sample_corpora() {
  auto corpora = document_corpora(samples_dir(), "sample-", ".txt");
  std::erase_if(corpora, [](const Corpus& corpus) { return corpus.name == "sample-seed-case-study"; });
  return corpora;
}

Corpus constructed_corpus() {
  auto works = case_study_works();
  for (auto& work : pitfall_works()) works.push_back(work);
  return {"constructed", works};
}

std::vector<Corpus> proof_corpora() {
  std::vector<Corpus> corpora{seed_corpus()};
  for (auto& corpus : kosovo_mini_corpora()) corpora.push_back(std::move(corpus));
  for (auto& corpus : sample_corpora()) corpora.push_back(std::move(corpus));
  corpora.push_back(constructed_corpus());
  return corpora;
}

}  // namespace citekit::test
