#pragma once
// Word lists the labeller's features consult: each lowercase word maps to the
// set of classes it belongs to ("ed" is an editor marker and an edition
// marker; "may" a month).

#include <cstdint>
#include <string_view>

namespace citekit::extract::parsing {

enum LexiconClass : std::uint32_t {
  lex_month = 1u << 0,
  lex_season = 1u << 1,
  lex_particle = 1u << 2,       // van, von, de, ...
  lex_editor = 1u << 3,         // ed, eds, editor, hrsg, dir, ...
  lex_translator = 1u << 4,     // trans, translated, übers, ...
  lex_container_lead = 1u << 5, // in, dans, ...
  lex_pages = 1u << 6,          // p, pp, pages, s, ...
  lex_volume = 1u << 7,         // vol, volume, bd, ...
  lex_issue = 1u << 8,          // no, nr, issue, heft, ...
  lex_edition = 1u << 9,        // edition, edn, auflage, ...
  lex_publisher = 1u << 10,     // press, verlag, publishers, ...
  lex_journal = 1u << 11,       // journal, review, bulletin, ...
  lex_proceedings = 1u << 12,   // proceedings, conference, symposium, ...
  lex_access = 1u << 13,        // accessed, retrieved, viewed, ...
  lex_url_lead = 1u << 14,      // available, online, url
  lex_thesis = 1u << 15,        // thesis, dissertation, phd, ...
  lex_report = 1u << 16,        // report, technical, working, ...
  lex_conjunction = 1u << 17,   // and, und, et, &
  lex_et_al = 1u << 18,         // et, al
  lex_place = 1u << 19,         // London, New, York, Paris, ...
  lex_institution = 1u << 20,   // university, department, institute, ...
  lex_ordinal = 1u << 21,       // st, nd, rd, th, e, ème
  lex_region = 1u << 22,        // usa, uk, ny, ma, ...
  lex_identifier = 1u << 23,    // isbn, issn, pmid, arxiv, ...
  lex_no_date = 1u << 24,       // nd, sd, forthcoming, press (in press)
  lex_function = 1u << 25,      // the, of, a, for, on, ... (title words)
  lex_organisation = 1u << 26,  // council, ministry, agency, society, ... (bodies as authors)
};

// FNV-1a of the ASCII-lowercased bytes: how the features and the word lists
// name a word ("Press", "press" and "PRESS" alike).
constexpr std::uint64_t lowercase_hash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return h;
}

// Classes of the word whose lowercase_hash is given, 0 when it is in no list.
std::uint32_t lexicon_classes(std::uint64_t word_hash);

// The lists the words of `text` belong to, together. Words are the
// tokenizer's, as the labeller's features see them.
std::uint32_t word_classes(std::string_view text);

// Whether a word of `text` belongs to one of the lists `classes`.
inline bool has_word_of(std::string_view text, std::uint32_t classes) { return (word_classes(text) & classes) != 0; }

}  // namespace citekit::extract::parsing
