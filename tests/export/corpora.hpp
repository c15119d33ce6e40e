#pragma once
// The bibliographies the export tests hand to the real readers (biber,
// BibTeX, pandoc, the schema validators, a RIS reader): the seed document's
// works, each kosovo-mini document's works, the other samples' works and
// the constructed references.

#include "core/reference.hpp"

#include <string>
#include <vector>

namespace citekit::test {

struct Corpus {
  std::string name;   // a file name part: "seed", "kosovo-mini-a_endnotes_libreoffice", "constructed"
  std::vector<Work> works;
};

// The works extraction finds in the seed document.
Corpus seed_corpus();
// One corpus per kosovo-mini document that citekit can read and that has
// works; documents in formats without a reader yet are passed over.
std::vector<Corpus> kosovo_mini_corpora();
// One corpus per document in samples/ other than the seed (ibid and short
// forms, brackets, ambiguous dates, audit problems, ...).
std::vector<Corpus> sample_corpora();
// The case study's works and the constructed pitfalls (fixtures.hpp).
Corpus constructed_corpus();
// All of the above.
std::vector<Corpus> proof_corpora();

}  // namespace citekit::test
