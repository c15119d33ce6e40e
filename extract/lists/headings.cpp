#include "extract/lists/headings.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

namespace citekit::extract {
namespace {

// Latin-script headings, lower case with diacritics folded (ascii_fold), by
// language. "Notes", "Further reading" and the like are not here: notes are
// read as notes, and a reading list is not what the text cites.
constexpr std::string_view kLatinHeadings[] = {
    // English
    "references", "reference list", "list of references", "references cited", "bibliography",
    "select bibliography", "selected bibliography", "works cited", "literature cited", "literature",
    "sources", "sources cited", "works consulted", "cited works", "cited literature", "citations",
    "bibliography and references", "references and bibliography", "sources and bibliography",
    // German
    "literatur", "literaturverzeichnis", "literaturliste", "literaturangaben", "quellen",
    "quellenverzeichnis", "quellen- und literaturverzeichnis", "quellen und literatur", "bibliographie",
    "bibliografie", "verwendete literatur", "zitierte literatur", "literatur- und quellenverzeichnis",
    // French
    "references bibliographiques", "bibliographie selective", "ouvrages cites", "sources et bibliographie",
    // Spanish, Portuguese, Catalan
    "referencias", "referencias bibliograficas", "bibliografia", "bibliografia citada", "obras citadas",
    "fuentes", "fontes", "referencias citadas", "bibliografia consultada", "fuentes y bibliografia",
    "fontes e bibliografia", "referencies", "referencies bibliografiques",
    // Italian
    "riferimenti bibliografici", "riferimenti", "opere citate", "bibliografia essenziale",
    // Dutch
    "literatuur", "literatuurlijst", "bronnen", "bronvermelding", "referenties", "geraadpleegde literatuur",
    // Scandinavian, Finnish
    "referenser", "litteratur", "kallor", "kallforteckning", "litteraturforteckning", "referanser",
    "kilder", "litteraturliste", "litteraturliste og kilder", "lahteet", "kirjallisuus", "lahdeluettelo",
    // Polish, Czech, Slovak, Slovene, Croatian, Romanian, Hungarian, Turkish
    "literatura", "zrodla", "wykaz literatury", "seznam literatury", "pouzita literatura",
    "zoznam literatury", "viri", "literatura i izvori", "izvori", "referinte", "referinte bibliografice",
    "irodalom", "felhasznalt irodalom", "hivatkozasok", "kaynaklar", "kaynakca",
};

// Other scripts, in the forms they are written in (these scripts have no
// case, or every case is listed).
constexpr std::string_view kOtherHeadings[] = {
    // Russian, Ukrainian, Bulgarian, Serbian
    "Список литературы", "СПИСОК ЛИТЕРАТУРЫ", "Литература", "ЛИТЕРАТУРА", "Библиография", "БИБЛИОГРАФИЯ",
    "Список использованной литературы", "СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ", "Источники", "ИСТОЧНИКИ",
    "Список источников", "Список використаних джерел", "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ", "Література",
    "ЛІТЕРАТУРА", "Библиографија", "Литература и извори",
    // Greek
    "Βιβλιογραφία", "ΒΙΒΛΙΟΓΡΑΦΙΑ", "Αναφορές", "ΑΝΑΦΟΡΕΣ",
    // Chinese, Japanese, Korean
    "参考文献", "參考文獻", "引用文献", "参考资料", "主要参考文献", "참고문헌", "참고 문헌", "인용 문헌",
    // Arabic, Hebrew, Persian
    "المراجع", "المصادر والمراجع", "ביבליוגרפיה", "منابع",
};

// "7.", "7", "VII.", "A.", "7.1" before the words.
std::string_view without_numbering(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  if (i == 0) {
    while (i < text.size() && std::string_view("IVXLC").find(text[i]) != std::string_view::npos) ++i;
    if (i == text.size() || (text[i] != '.' && text[i] != ' ')) i = 0;
  }
  if (i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')')) ++i;
  if (i > 0 && (i == text.size() || text[i] != ' ')) return text;  // "1990s" is no numbering
  return trim(text.substr(i));
}

}  // namespace

bool is_reference_list_heading(std::string_view text) {
  std::string_view words = trim(text);
  if (words.size() > 80) return false;
  words = without_numbering(words);
  while (!words.empty() && (words.back() == ':' || words.back() == '.')) words.remove_suffix(1);
  words = trim(words);
  if (std::find(std::begin(kOtherHeadings), std::end(kOtherHeadings), words) != std::end(kOtherHeadings)) return true;
  std::string folded = to_lower_ascii(collapse_whitespace(ascii_fold(words)));
  return !folded.empty() && std::find(std::begin(kLatinHeadings), std::end(kLatinHeadings), folded) != std::end(kLatinHeadings);
}

}  // namespace citekit::extract
