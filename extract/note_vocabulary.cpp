#include "extract/note_vocabulary.hpp"

#include "core/text.hpp"

#include <iterator>
#include <string>
#include <unordered_set>

namespace citekit::extract::vocabulary {
namespace {

// Each a plain word, in lower case.
constexpr std::string_view kDiscourseWords[] = {
    "is", "was", "were", "are", "has", "have", "had", "be", "been", "will", "would", "should", "can", "could", "may",
    "might", "must", "does", "did", "we", "our", "my", "me", "us", "this", "these", "those", "it", "its", "not",
    "also", "which", "who", "here", "there", "ist", "war", "sind", "waren", "wurde", "wurden", "hat", "haben",
    "wird", "werden", "ich", "wir", "nicht", "dies", "diese", "dieser", "hier", "est", "sont", "était", "été",
    "nous", "je", "il", "elle", "ne", "pas", "ici", "es", "son", "fue", "fueron", "ha", "han", "se", "nuestro",
    "nuestra", "é", "foi", "são", "foram", "nós", "não", "aqui", "è", "sono", "stato", "mio", "mie", "zijn", "werd",
    "heeft", "hebben", "wij", "niet", "dat", "dankt", "thank", "thanks", "grateful", "dank", "danke", "remercie",
    "remercions", "agradezco", "agradeço", "ringrazio", "refers", "refer", "means", "meant", "used", "uses",
    "given", "called", "shows", "show", "argues", "argued", "notes", "noted", "suggests", "suggested", "adopted",
    "updated", "conducted", "rounded", "changed", "treated", "became", "died", "led", "fell", "rose", "returned",
    "began", "remained", "took", "made", "said", "wrote", "claimed", "stated", "found", "held", "lived", "worked",
    "served", "signed", "voted", "increased", "decreased", "declined", "grew", "left", "came", "went", "lost",
    "won", "moved", "seems", "seem", "appears", "appear", "remains", "entstand", "entstanden", "gilt", "zeigt",
    "bleibt", "folgt", "gibt", "liegt", "steht", "fand", "kam", "ging", "fut", "ont", "avons", "era", "está",
    "están", "eram", "realizada", "realizado", "realizou", "fu", "stata"};

// Each a pattern that opens with a plain word (its first word is what the
// word-by-word test looks for).
constexpr std::string_view kDiscussionCues[] = {
    R"(drafting\s+note)", R"(editor'?s\s+note)", R"(editors'?\s+note)", R"(translator'?s\s+note)", R"(note:)",
    R"(nota:)", R"(anmerkung:)", R"(emphasis\s+(?:added|in\s+the\s+original|mine))", R"(hervorhebung)",
    R"(soulignons)", R"(grifo\s+(?:nosso|meu))", R"(énfasis)", R"(corsivo)",
    R"(my\s+translation)", R"(our\s+translation)", R"(author'?s\s+translation)", R"(translation\s+mine)",
    R"(übersetzung)", R"(tradução\s+nossa)", R"(traducción)", R"(nous\s+traduisons)", R"(traduction)",
    R"(grateful)", R"(thank)", R"(thanks)", R"(dank)", R"(danke)", R"(dankt)", R"(remercie)", R"(remercions)",
    R"(agradezco)", R"(agradeço)", R"(agradecemos)", R"(ringrazio)", R"(met\s+dank)", R"(funded\s+by)",
    R"(supported\s+by)", R"(gefördert)", R"(financiado)", R"(financé)", R"(interview)", R"(interviews)",
    R"(interviewed)", R"(entrevista)"};

constexpr std::string_view kInsideDocument[] = {
    "above", "below", "supra", "infra", "oben", "unten", "ci-dessus", "ci-dessous", R"(plus\s+haut)",
    R"(plus\s+bas)", "arriba", "abajo", "acima", "abaixo", "sopra", "sotto", "hierboven", "hieronder", "section",
    "sections", R"(sect\.)", "chapter", "chapters", R"(chap\.)", "part", "parts", "note", "notes", R"(n\.(?=\s*\d))",
    R"(nn\.(?=\s*\d))", "table", "tables", "figure", "figures", R"(fig\.)", "appendix", "appendices", "annex",
    "annexes", "box", "glossary", "paragraph", R"(para\.)", "abschnitt", "kapitel", R"(anm\.)", R"(fn\.)", "fußnote",
    "tabelle", R"(abb\.)", "abbildung", "anhang", "teil", "chapitre", "tableau", "annexe", "partie", "capítulo",
    "sección", "nota", "tabla", "cuadro", "anexo", "seção", "secção", "tabela", "capitolo", "sezione", "tabella",
    "hoofdstuk", "paragraaf", "noot", "tabel", "bijlage", R"(dieses\s+bandes)", R"(diesem\s+band)",
    R"(this\s+volume)", R"(this\s+report)", R"(this\s+guidance)", R"(this\s+article)", R"(this\s+chapter)",
    R"(this\s+guide)", R"(deste\s+artigo)", "§", R"(cette\s+étude)", R"(este\s+trabajo)", R"(este\s+artigo)",
    R"(questo\s+volume)"};

template <std::size_t N>
std::string alternation(const std::string_view (&table)[N]) {
  std::string out;
  for (std::string_view entry : table) {
    if (!out.empty()) out += '|';
    out += entry;
  }
  return out;
}

// The plain word a pattern opens with: "drafting" of "drafting\s+note".
std::string_view first_word(std::string_view pattern) {
  std::size_t end = 0;
  while (end < pattern.size() && pattern[end] != '\\' && pattern[end] != '(' && pattern[end] != '\'' &&
         pattern[end] != ':' && pattern[end] != '?' && pattern[end] != '-')
    ++end;
  return pattern.substr(0, end);
}

// Lower case for ASCII and Latin-1 capitals ("Übersetzung" → "übersetzung"),
// enough for the first words of the tables.
std::string lower_latin1(std::string_view word) {
  std::string out(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 32);
      ++i;
    }
  }
  return out;
}

const std::unordered_set<std::string>& first_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    for (std::string_view word : kDiscourseWords) out.emplace(word);
    out.emplace("i");  // "I" before a lower-case word, which the pattern has apart
    for (std::string_view cue : kDiscussionCues) out.emplace(first_word(cue));
    for (std::string_view place : kInsideDocument) out.emplace(first_word(place));
    return out;
  }();
  return words;
}

bool is_word_byte(unsigned char c) {
  // Letters of ASCII and every multi-byte character but the punctuation of U+2000–U+206F (’ “ ” –).
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// What must follow the words whose table entry asks for more: "n." before
// a number ("see n. 4", not "n. 2" of "v. 62, n. 2" alone…), "I" before a
// lower-case word ("I thank"), as the patterns have it.
bool opens_as_in_table(std::string_view word, std::string_view rest) {
  auto next = [&](std::size_t at) { return at < rest.size() ? rest[at] : '\0'; };
  if (word == "n" || word == "nn") {
    std::size_t at = next(0) == '.' ? 1 : std::string_view::npos;
    if (at == std::string_view::npos) return false;
    while (next(at) == ' ') ++at;
    return next(at) >= '0' && next(at) <= '9';
  }
  if (word == "I" || word == "i") return word == "I" && next(0) == ' ' && next(1) >= 'a' && next(1) <= 'z';
  return true;
}

}  // namespace

const Regex& discourse_words() {
  static const Regex pattern(R"((?<![\p{L}])(?:I(?=\s+\p{Ll})|)" + alternation(kDiscourseWords) + R"()(?![\p{L}]))");
  return pattern;
}

const Regex& discussion_cues() {
  static const Regex pattern(R"((?<![\p{L}])(?:)" + alternation(kDiscussionCues) + R"()(?![\p{L}]))", Regex::caseless);
  return pattern;
}

const Regex& inside_document() {
  static const Regex pattern(R"((?<![\p{L}])(?:)" + alternation(kInsideDocument) + R"()(?![\p{L}]))", Regex::caseless);
  return pattern;
}

bool may_discuss_or_point(std::string_view text) {
  if (text.find("§") != std::string_view::npos) return true;
  const auto& words = first_words();
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t start = i;
    while (i < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) break;  // U+2000–U+203F
      if (!is_word_byte(c)) break;
      ++i;
    }
    if (i > start && words.count(lower_latin1(text.substr(start, i - start))) &&
        opens_as_in_table(text.substr(start, i - start), text.substr(i)))
      return true;
    if (i == start) i += 3;  // punctuation of U+2000–U+203F: three bytes
  }
  return false;
}

}  // namespace citekit::extract::vocabulary
