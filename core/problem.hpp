#pragma once
// A Problem is a finding about the input: a marker without a note, an
// ambiguous date, a reference that could not be fully parsed. Problems are
// data carried in the output, never exceptions.

#include "core/position.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit {

enum class Severity { info, warning, error };

std::string_view to_string(Severity severity);

struct Problem {
  Severity severity = Severity::warning;
  std::string code;     // stable, kebab-case: "marker-without-note"
  std::string message;  // for people
  Position position;
  std::string note;     // id of the note concerned, when there is one
};

inline bool has_errors(const std::vector<Problem>& problems) {
  for (const auto& p : problems)
    if (p.severity == Severity::error) return true;
  return false;
}

}  // namespace citekit
