#pragma once
// "Nothing silently lost": what a bibliography leaves unaccounted for. Every
// marker has its note or a problem naming it, every note has its marker or
// a problem, every note with text gives a reference or a problem, and every
// reference is linked to a work that lists its note.

#include "core/bibliography.hpp"

#include <string>
#include <vector>

namespace citekit::test {

// One line per thing lost without a word ("note 3 gives no reference and no problem names it").
std::vector<std::string> unaccounted(const Bibliography& bibliography);

}  // namespace citekit::test
