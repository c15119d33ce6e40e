#include "extract/note_purpose.hpp"

#include "extract/note_vocabulary.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <vector>

namespace citekit::extract {
namespace {

// The verbs and phrases that send the reader to a work or a place, in the
// languages people cite in. Shared by the lead-in and the cross-reference rules.
#define CITEKIT_SEE                                                                                            \
  R"((?:(?:but\s+)?see(?:\s+(?:also|generally|further|especially|e\.g\.,?|for\s+example,?))?|(?:but\s+)?cf\.?|)" \
  R"(compare|contra|accord|e\.g\.,?|so\s+auch|ähnlich|anders|kritisch(?:\s+dazu)?|grundlegend|ausführlich|)"     \
  R"(zustimmend|dagegen|ebenso|näher|weiterführend|)"                                                           \
  R"(vgl\.(?:\s+(?:auch|dazu|hierzu|etwa|z\.\s?B\.|ausführlich|insbesondere))*|siehe(?:\s+(?:auch|dazu|hierzu|etwa))*|)" \
  R"(s\.\s+(?:auch|dazu)|voir(?:\s+(?:aussi|notamment|également))?|ver(?:\s+(?:também|también|tb\.))?|)"      \
  R"(véase(?:\s+(?:también|además))?|vid\.|cfr\.?|zie(?:\s+(?:ook|bijvoorbeeld))?|si\s+veda(?:\s+anche)?|vedi|)" \
  R"(quoted\s+in|cited\s+in|zit\.\s+nach|zitiert\s+nach|cité\s+dans|cité\s+par|citado\s+(?:en|em|por)|)"       \
  R"(citato\s+in|geciteerd\s+in|data\s+from|source:|quelle:|fonte:|fuente:|source\s*:))"

// A signal that a stretch of text cites a work, with what it is called in the JSON.
struct Signal {
  const char* reason;
  const char* pattern;
};

// Strong signals: each alone makes a stretch cite. Ordered by what they cost
// to look for, the cheapest first (most notes show one of the first few);
// the reason reported is the first found.
constexpr std::array kCitationSignals{
    Signal{"a publication year in brackets", R"(\((?:[^()]{0,80}[,\s])?(?:1[5-9]|20)\d\d[a-z]?\)(?!\s*(?:[-–]|and|und)))"},
    Signal{"et al.", R"(\bet\s+(?:al|coll)\b)"},
    Signal{"a repeated author", R"(^[—–-]{2,}\s*[.,]|^—\s*[.,])"},
    Signal{"a year first", R"(^\(?(?:1[5-9]|20)\d\d[a-z]?\)?[\s.,:])"},
    // Not a date's year: "on March 2, 2021".
    Signal{"an author and a year", R"(^[^.;]{2,80}?(?<!\d)[.,]\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?\s*[.,:;])"},
    Signal{"a closing year", R"((?<!\d),\s*(?:1[5-9]|20)\d\d[a-z]?\.?$)"},
    Signal{"a quoted title and a page", R"([”’»"]\s*[,.]?\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?(?:$|;))"},
    Signal{"pages", R"((?<![\p{L}])(?:pp?|ss?|S|Sp|fol|hier\s+S|pág?s?|págs?)\.?\s*\d+(?:\s*[-–]\s*\d+)?(?![\p{L}\d]))"},
    Signal{"a name and a quoted title", R"((?-i)[\p{Lu}\d][\p{L}\d.’'-]+[,:]\s*[“«„‘"`]+[\p{Lu}\p{Ll}\d][^”»“"]{2,}[”»“’"'])"},
    Signal{"an editor or a container",
           R"((?<![\p{L}])(?:\((?:ed|eds|hrsg|hg|dir|org|orgs|coord|a\s+cura\s+di|a\s+c\.\s+di|red)\.?\)|ed\.\s+by|edited\s+by|hg\.\s+v|hrsg\.\s+v|herausgegeben\s+von|a\s+cura\s+di|sous\s+la\s+direction|[Ii]n:\s))"},
    Signal{"an access date",
           R"(\b(?:accessed|retrieved|abgerufen|zugegriffen|zugriff|consulté|acesso\s+em|accedido|consultado|geraadpleegd|disponível\s+em|available\s+(?:at|from|online)\s*:))"},
    Signal{"a short form",
           R"((?-i)\p{Lu}[\p{L}’'-]+(?:\s+(?:and|und|et|y|e|en|&)\s+\p{Lu}[\p{L}’'-]+)?,[”’"]?\s+[“"«„‘\p{Lu}][^;]*,[”’"]?\s+(?:(?:pp?|S|s|hier\s+S)\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?(?:$|;))"},
    Signal{"a place and publisher",
           R"((?-i)(?<![\p{L}])\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?\s*:\s*\p{Lu}[\p{L}&.’'-]*(?:\s+(?:&|and|of|the|for|de|e|da|do|dos|das|del|di|für|und|et|\p{Lu}[\p{L}&.’'-]*))*[,;]?\s+(?:1[5-9]|20)\d\d\b)"},
    Signal{"a repeated reference",
           R"((?:\b(?:ibid|ibidem|id\.|idem|ebd|ebenda|eod\.|a\.\s?a\.\s?O|op\.\s?cit|loc\.\s?cit|art\.\s?cit|ob\.\s?cit|cit\.|ivi|supra\s+note|above\s+n\b)|\(n\s+\d+\))(?!\p{L}))"},
    Signal{"a journal's year, volume and pages",
           R"((?<!\d)(?:1[5-9]|20)\d\d[a-z]?\s*[;:]\s*\d+\s*(?:\(\d+\))?\s*:|\b\d{1,4}\s*:\s*\d{1,6}\s*[-–]\s*\d{1,6}\b)"},
    Signal{"a link", R"(https?://|\bwww\.\w|\bdoi\s*:|\b10\.\d{4,9}/|\barxiv\s*:|\bisbn\b|\burn:nbn)"},
    Signal{"proceedings", R"(\b(?:in\s+proceedings|in\s+proc\.|proceedings\s+of)\b|\bpages\s+\d|\b\d+\s*p\.(?:$|\s))"},
    Signal{"a volume or issue",
           R"((?<![\p{L}])(?:vol|bd|jg|h|nr|no|v|t|tome|heft)\.\s*\d+|\b\d{1,4}\s*\(\d{1,4}\)\s*[:,]\s*\d|\b\d{1,4}/(?:1[5-9]|20)\d\d\b)"},
};

// A person or organisation named as authors are: "Weller, M.", "WELLER, Marc",
// "Marc Weller,", "KING/MASON:", "Beaton D,", "Müller, Schörnig and Wolf,".
constexpr const char* kNamesFirst =
    R"(^(?!(?:PMCID|PMID|DOI|ISBN|ISSN|URL|URN|ARXIV|PMC)\b)(?:\p{Lu}[\p{L}’'-]+,\s+\p{Lu}|\p{Lu}{2}[\p{Lu}\s’'/.-]*[,:]|)"
    R"(\p{Lu}\.\s*(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}’'-]+(?:\s+(?:and|und|et|y|e|en|&)\s+\p{Lu}\.\s*(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}’'-]+)?[,.]|)"
    R"(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)*\s+\p{Lu}{1,3}\.?,?(?:\s|$)|)"
    R"(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?\s+(?:(?:van|von|de|der|da|del|di|du|le|la)\s+)*\p{Lu}[\p{L}’'-]+)"
    R"((?:(?:,|\s+(?:and|und|et|y|e|en|&))\s+\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?\s+(?:(?:van|von|de|der|da|del|di|du|le|la)\s+)*\p{Lu}[\p{L}’'-]+)*[,:]|)"
    R"(\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{L}’'-]+\s+(?:and|und|et|y|e|en|&)\s+\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{L}’'-]+\.|)"
    // An organisation: "United Nations Security Council,", "Organization for Security and Co-operation in Europe,";
    // not a sentence's opening phrase ("In Kosovo,").
    R"((?!(?:In|On|At|For|As|After|Before|During|Since|When|While|From|To|By|With|Im|Dans|En|Em|Nel|Bei|Seit|Nach)\s)(?:The\s+)?)"
    R"(\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:of|for|and|the|on|in|de|des|du|la|für|und|der)\s+)*\p{Lu}[\p{L}’'-]+){1,8},))";

// A short form: names, maybe a title, and a page: "Weller, 101", "Judah,
// Kosovo: What Everyone Needs to Know, 88", "Malcolm; zur Intervention".
constexpr const char* kShortFormEnd = R"(,[”’"]?\s+(?:(?:pp?|S|s|hier\s+S)\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?(?:$|;))";

// The signals, compiled once, in the order of the table.
struct CompiledSignal {
  const char* reason;
  Regex pattern;
};

const std::vector<CompiledSignal>& citation_signals() {
  static const std::vector<CompiledSignal> compiled = [] {
    std::vector<CompiledSignal> out;
    for (const Signal& signal : kCitationSignals) out.push_back({signal.reason, Regex(signal.pattern, Regex::caseless)});
    return out;
  }();
  return compiled;
}

const Regex& names_first_pattern() {
  static const Regex pattern(kNamesFirst);
  return pattern;
}

const Regex& short_form_end() {
  static const Regex pattern(kShortFormEnd);
  return pattern;
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool blank = c == ' ' || c == '\n' || c == '\t';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

bool has_year(std::string_view text) {
  static const Regex year(R"((?<![\d\p{L}])(?:1[5-9]|20)\d\d[a-z]?(?![\d\p{L}]))");
  return year.contains(text);
}

bool has_quotation(std::string_view text) {
  static const Regex quoted(R"([“"«„‚‘][^”"»“‘’]{3,}[”"»“’])");
  return quoted.contains(text);
}

// One sentence-like stretch of a note.
struct Stretch {
  std::size_t begin;
  std::size_t end;
};

// Stretches end at ". " (or "? ", "! ") before a capital, outside brackets and
// quotes, after a word that is no initial or abbreviation: titles and names
// keep their inner periods.
std::vector<Stretch> sentences(std::string_view text) {
  static const Regex abbreviation(
      R"((?:^|[\s(])(?:\p{Lu}|pp?|ss?|S|ed|eds|vol|vols|no|nos|nr|hrsg|hg|bd|jg|h|cit|ibid|id|ebd|vgl|cf|cfr|etc|al|st|dr|mr|mrs|ms|jr|sr|)"
      R"(aufl|n|v|t|art|op|loc|dir|org|orgs|coord|trans|transl|repr|rev|univ|inc|ltd|co|ch|chap|fig|para|sect|u\.\s?a|e\.g|i\.e|z\.\s?B|d\.h|vid|ca|c|approx|dept|ref|refs|ser|suppl|pt|pts|col|cols|ff|f|tab|abb|anm|fn)\.$)",
      Regex::caseless);
  std::vector<Stretch> out;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0 || !(c == '.' || c == '?' || c == '!')) continue;
    if (i + 2 >= text.size() || text[i + 1] != ' ') continue;
    unsigned char next = static_cast<unsigned char>(text[i + 2]);
    bool capital = (next >= 'A' && next <= 'Z') || next >= 0xC0;
    if (!capital) continue;
    std::size_t word_start = text.rfind(' ', i);
    word_start = word_start == std::string_view::npos ? 0 : word_start;
    if (c == '.' && abbreviation.contains(text.substr(word_start, i + 1 - word_start))) continue;
    out.push_back({start, i + 1});
    start = i + 2;
  }
  if (start < text.size()) out.push_back({start, text.size()});
  return out;
}

// What one stretch shows, from the most telling signal down.
enum class Reads {
  cites,
  points_inside,
  discusses,      // prose by its verbs and pronouns, or by what only discussion says
  reads_on,       // mostly lower-case words: a sentence, or a title in sentence case
  says_nothing,
};

struct StretchReading {
  Reads reads = Reads::says_nothing;
  std::string reason;
};

bool reads_as_prose(std::string_view text) {
  std::size_t words = count_words(text);
  std::size_t discourse = vocabulary::discourse_words().find_all(text).size();
  return vocabulary::discussion_cues().contains(text) || discourse >= 2 || (discourse == 1 && words >= 5);
}

// Most words in lower case, as sentences have them and references in title
// case or as names do not: "Die Schreibweise folgt der albanischen Form". A
// German noun after its article counts as the sentence's: "im Rahmen des Projekts".
bool reads_as_sentence(std::string_view text) {
  static const Regex word(R"((?<![\p{L}\d])[\p{L}][\p{L}’'-]*)");
  static const std::set<std::string_view> german_articles{"der", "die", "das",   "des", "dem", "den", "ein",
                                                           "eine", "einer", "eines", "einem", "im", "am", "zum",
                                                           "zur", "vom", "beim"};
  std::size_t words = 0, lower = 0;
  bool after_article = false;
  for (const RegexMatch& m : word.find_all(text)) {
    ++words;
    std::size_t at = 0;
    char32_t first = next_code_point(m.str(), at);
    bool in_lower_case = (first >= 'a' && first <= 'z') || (first >= 0xDF && first <= 0xFF);
    lower += in_lower_case || after_article ? 1 : 0;
    after_article = german_articles.count(m.str()) > 0;
  }
  constexpr std::size_t kShortestSentence = 6;
  return words >= kShortestSentence && 2 * lower >= words;
}

// After a lead-in, what a work looks like: a name, a quoted title, an
// organisation, within the first words: "see Malcolm", "vgl. VISOKA und …",
// "see the mandate at ORGANIZATION FOR …".
bool work_follows(std::string_view rest) {
  static const Regex work(R"(^(?:[\p{Ll}’'-]+\s+){0,4}[“"«„‘\p{Lu}])");
  return work.match_at(rest).has_value();
}

// "[113] ", "17. ", "(33) ", "17-": the number of an entry copied with it.
std::size_t entry_number_bytes(std::string_view text) {
  static const Regex number(R"(^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}(?:\.|-(?=\p{Lu})))\s*)");
  auto m = number.match_at(text);
  return m ? m->end() : 0;
}

StretchReading read_stretch(std::string_view text, const KnownAuthors& authors) {
  text = trim(text);
  text.remove_prefix(entry_number_bytes(text));
  std::size_t lead = lead_in_bytes(text);
  std::string_view rest = text.substr(lead);
  // Names first, the commonest sign and the cheapest to look for (anchored).
  bool names_first = names_first_pattern().match_at(rest).has_value();
  if (names_first && (has_year(rest) || has_quotation(rest) || !vocabulary::discussion_cues().contains(rest)))
    return {Reads::cites, "names of authors"};
  for (const CompiledSignal& signal : citation_signals())
    if (signal.pattern.contains(text)) return {Reads::cites, signal.reason};
  bool points_inside = vocabulary::inside_document().contains(lead > 0 ? rest : text);
  // "See the Annex to this report": a lead-in sending the reader inside the document.
  if (lead > 0 && points_inside && !names_first && count_words(text) <= 16)
    return {Reads::points_inside, "a place in the document"};
  if (opens_with_known_author(rest, authors)) return {Reads::cites, "an author the document cites"};
  if (short_form_end().contains(rest) && !points_inside && !reads_as_prose(rest))
    return {Reads::cites, "a short form"};
  if (lead > 0 && !points_inside && work_follows(rest) && !reads_as_prose(rest))
    return {Reads::cites, "a work after a lead-in"};
  if (reads_as_prose(text)) return {Reads::discusses, "prose without a reference"};
  if (points_inside && count_words(text) <= 16) return {Reads::points_inside, "a place in the document"};
  if (reads_as_sentence(text)) return {Reads::reads_on, "a sentence without a reference"};
  return {Reads::says_nothing, "nothing a reference has"};
}

}  // namespace

bool opens_reference(std::string_view text, const KnownAuthors& authors) {
  static const Regex topic(R"(^(?:[\p{Ll}’'-]+\s+){0,4})");
  static const Regex short_form(
      R"(^(?:\p{Lu}[\p{L}’'-]+(?:\s+(?:and|und|et|y|e|en|&)\s+\p{Lu}[\p{L}’'-]+)?(?:,\s+(?:pp?\.|S\.|\d)|\s+\(n\s+\d+\))|)"
      R"((?:ibid|ibidem|id\.|ebd|ebenda)(?!\p{L})))",
      Regex::caseless);
  text = trim(text);
  text.remove_prefix(lead_in_bytes(text));
  if (auto m = topic.match_at(text)) text.remove_prefix(m->end());
  return names_first_pattern().match_at(text).has_value() || short_form.match_at(text).has_value() ||
         opens_with_known_author(text, authors);
}

bool cites_something(std::string_view stretch, const KnownAuthors& authors) {
  return read_stretch(stretch, authors).reads == Reads::cites;
}

bool discusses_only(std::string_view part) {
  return read_stretch(part, {}).reads == Reads::discusses;
}

std::size_t lead_in_bytes(std::string_view reference) {
  // Up to a dozen words of topic before the verb: "For a critique of this view, see", "Zur Geschichte des Kosovo siehe".
  static const Regex lead(R"(^(?:(?:[\p{L}’'-]+,?\s+){0,12}?)?)" CITEKIT_SEE R"([,:]?\s+(?=\S))", Regex::caseless);
  auto m = lead.match_at(reference);
  return m ? m->end() : 0;
}

NoteReading read_note_purpose(std::string_view text, bool links_outside, const KnownAuthors& authors) {
  NoteReading reading;
  reading.end = text.size();
  if (links_outside) {
    reading.reason = "a link";
    return reading;
  }
  // Most notes cite and say nothing else. Without a word of prose or of a
  // place inside the document, no sentence of the note can be discussion to
  // cut away, and the note is read whole rather than sentence by sentence.
  std::vector<Stretch> stretches =
      vocabulary::may_discuss_or_point(text) ? sentences(text) : std::vector<Stretch>{{0, text.size()}};
  std::vector<StretchReading> readings;
  for (const Stretch& s : stretches) readings.push_back(read_stretch(text.substr(s.begin, s.end - s.begin), authors));
  std::size_t first = readings.size(), last = 0;
  for (std::size_t i = 0; i < readings.size(); ++i)
    if (readings[i].reads == Reads::cites) {
      first = std::min(first, i);
      last = i;
    }
  if (first < readings.size()) {
    reading.reason = readings[first].reason;
    // Discussion before the first citing stretch and after the last one is no part of a reference.
    std::size_t from = first, to = last;
    while (from > 0 && readings[from - 1].reads != Reads::discusses && readings[from - 1].reads != Reads::points_inside) --from;
    while (to + 1 < readings.size() &&
           (readings[to + 1].reads == Reads::says_nothing || readings[to + 1].reads == Reads::reads_on))
      ++to;
    reading.begin = stretches[from].begin;
    reading.end = stretches[to].end;
    return reading;
  }
  auto any = [&](Reads kind) {
    return std::any_of(readings.begin(), readings.end(), [&](const StretchReading& r) { return r.reads == kind; });
  };
  bool points_inside = any(Reads::points_inside), prose = any(Reads::discusses), reads_on = any(Reads::reads_on);
  // Lower-case words and a year, without a verb or pronoun of prose: a reference
  // with a title in sentence case ("The social life of things, Cambridge 1988")
  // more likely than a remark.
  if (reads_on && !prose && !points_inside && has_year(text)) {
    reading.reason = "a year and a title in sentence case";
    return reading;
  }
  bool discusses = prose || reads_on;
  if (!points_inside && !discusses) {
    // A short text that is no prose (a title, a name: "NATO. NATO's role in Kosovo."): kept as a reference.
    reading.reason = "a text that is no prose";
    return reading;
  }
  bool cross_reference = points_inside && !discusses;
  reading.purpose = cross_reference ? NotePurpose::cross_reference : NotePurpose::discussion;
  reading.reason = cross_reference ? "a place in the document" : "prose without a reference";
  // A year, a quotation or a run of capitalised words (a title, an
  // organisation) is what a reference has: say the decision may be wrong.
  static const Regex capitalised_run(R"((?<![\p{L}])\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){2,})");
  reading.doubtful = has_year(text) || has_quotation(text) || capitalised_run.contains(text);
  reading.begin = reading.end = 0;
  return reading;
}

}  // namespace citekit::extract
