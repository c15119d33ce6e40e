#pragma once
// The words that tell a note's purpose: the verbs and pronouns of prose,
// the phrases only discussion uses, and the places inside a document a
// cross-reference names. Each is one table, compiled into a pattern and
// into the first words that let most notes skip reading word by word.

#include "core/regex.hpp"

#include <string_view>

namespace citekit::extract::vocabulary {

// Verbs, pronouns and the like, matched as written in lower case (a title's
// "War" is not German "war"; "I" before a lower-case word).
const Regex& discourse_words();

// Thanks, translations, emphasis, funding, drafting, interviews (any case).
const Regex& discussion_cues();

// "section", "note 12", "Table", "Kapitel", "supra", "this report" (any case).
const Regex& inside_document();

// True when a word of the text opens a discourse word, a discussion cue or a
// place inside the document; false means none of the three patterns can match.
bool may_discuss_or_point(std::string_view text);

}  // namespace citekit::extract::vocabulary
