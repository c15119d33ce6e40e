#include "extract/parse/tokenizer.hpp"
#include "tests/catch.hpp"

#include <string>

using namespace citekit::extract::parsing;

namespace {

// Tokens as "text" with a leading "_" when whitespace precedes them, joined by "|".
std::string show(std::string_view text) {
  std::string out;
  for (const auto& token : tokenize(text)) {
    if (!out.empty()) out += '|';
    if (token.space_before && token.begin > 0) out += '_';
    out += token.text(text);
  }
  return out;
}

std::string kinds(std::string_view text) {
  std::string out;
  for (const auto& token : tokenize(text)) out += "wnpud"[static_cast<int>(token.kind)];
  return out;
}

}  // namespace

TEST_CASE("extract::parsing::tokenize") {
  struct Row {
    const char* text;
    const char* tokens;
  };
  const Row rows[] = {
      {"Smith, J. (1999).", "Smith|,|_J|.|_(|1999|)|."},
      {"Phys. Rev. D60 (1999) 082002.", "Phys|.|_Rev|.|_D|60|_(|1999|)|_082002|."},
      {"pp.198-9", "pp|.|198|-|9"},
      {"O’Brien & Jean-Pierre", "O|’|Brien|_&|_Jean|-|Pierre"},
      {"Available at: https://x.org/a_(b). Accessed", "Available|_at|:|_https://x.org/a_(b)|.|_Accessed"},
      {"(see https://x.org/a).", "(|see|_https://x.org/a|)|."},
      {"[15]http ://cern.ch/heed.", "[|15|]|http ://cern.ch/heed|."},
      {"URL https: //link.aps.org/x", "URL|_https: //link.aps.org/x"},
      {"http and https: things", "http|_and|_https|:|_things"},
      {"<www.example.com>", "<|www.example.com|>"},
      {"doi:10.1000/xyz123.", "doi|:|10.1000/xyz123|."},
      {"10.5 and 10.12/x", "10|.|5|_and|_10|.|12|/|x"},
      {"Милошевич, С. 中國建築學會", "Милошевич|,|_С|.|_中國建築學會"},
      {"«Titre» – “Title”", "«|Titre|»|_–|_“|Title|”"},
      // An address a line break split: joined where the break falls and what follows reads as more of it.
      {"http://dx.doi. org/10.1016/j.x.2010.12.039.", "http://dx.doi. org/10.1016/j.x.2010.12.039|."},
      {"http://dx.doi.org/10.1021/ es030360x. Cited", "http://dx.doi.org/10.1021/ es030360x|.|_Cited"},
      {"www.x.org/ vol15/ iss4/ art20.", "www.x.org/ vol15/ iss4/ art20|."},
      {"http://www.dca- project.eu/a.pdf", "http://www.dca- project.eu/a.pdf"},
      {"www.cbd.int/ 2011-2020/ Aichi-EN.pdf", "www.cbd.int/ 2011-2020/ Aichi-EN.pdf"},
      {"10.1016/j. memsci.2011.11.020", "10.1016/j. memsci.2011.11.020"},
      {"http://dx.doi.org/ 10.1061/(ASCE)0733", "http://dx.doi.org/ 10.1061/(ASCE)0733"},
      {"http://x.org/4348. htm, 2015", "http://x.org/4348. htm|,|_2015"},
      {"Available:http: // www.x. com/science/a1", "Available|:|http: // www.x. com/science/a1"},
      {"doi: 10. 1101/gr.107854.110.", "doi|:|_10. 1101/gr.107854.110|."},
      {"doi:10 .1016/j.pedobi.2015.01.001", "doi|:|10 .1016/j.pedobi.2015.01.001"},
      {"vol. 10. 2015/16", "vol|.|_10|.|_2015|/|16"},
      // ... and not where a sentence, a date, a lead-in or another address follows.
      {"http://x.org/a. Smith-Jones, A.", "http://x.org/a|.|_Smith|-|Jones|,|_A|."},
      {"http://x.org/ accessed 2019.", "http://x.org/|_accessed|_2019|."},
      {"http://x.org/ 12/05/2019", "http://x.org/|_12|/|05|/|2019"},
      {"http://x.org/ 12 May", "http://x.org/|_12|_May"},
      {"http://x.org/. doi:10.1000/x", "http://x.org/|.|_doi|:|10.1000/x"},
      {"http://x.org/ www.y.org/b", "http://x.org/|_www.y.org/b"},
      {"http://x.org/a. 2019-05-12", "http://x.org/a|.|_2019|-|05|-|12"},
      {"http://x.org/ (accessed", "http://x.org/|_(|accessed"},
      {"doi:10.1016/j.tecto.2011.11.016. PDF", "doi|:|10.1016/j.tecto.2011.11.016|.|_PDF"},
      // A lead-in a lost space glued on ends the address at its full stop.
      {"doi:10.1103/PhysRevD.11.395.URL https://x.org/a", "doi|:|10.1103/PhysRevD.11.395|.|URL|_https://x.org/a"},
      {"10.1126/science.1193063.PMID:20847271.", "10.1126/science.1193063|.|PMID|:|20847271|."},
      {"https://x.org/a.pdf.Accessed 3 May", "https://x.org/a.pdf|.|Accessed|_3|_May"},
      {"10.1000/ab.URLs", "10.1000/ab.URLs"},
      {"URLhttp://www.x.gov/pubmed/25023516", "URL|http://www.x.gov/pubmed/25023516"},
      {"Availablehttps://x.org/a", "Available|https://x.org/a"},
      {"Louthttp", "Louthttp"},
      // A bracket the address opens and never closes, before a number, is the text's.
      {"http://x.com/a.aspx(2019. 8. 1.)", "http://x.com/a.aspx|(|2019|.|_8|.|_1|.|)"},
      {"http://en.wikipedia.org/wiki/Foo_(2019_film).", "http://en.wikipedia.org/wiki/Foo_(2019_film)|."},
      {"10.1016/S0140-6736(20)30183-5", "10.1016/S0140-6736(20)30183-5"},
      {"https://doi.org/10.1061/(asce)0733-9399(1984)110:5(794", "https://doi.org/10.1061/(asce)0733-9399(1984)110:5(794"},
      {"10.1061/(ASCE)0733-9399(1984)110:5(794", "10.1061/(ASCE)0733-9399(1984)110:5(794"},
      {"doi:10.1038/s41560-017-0067-y(2018.", "doi|:|10.1038/s41560-017-0067-y|(|2018|."},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(show(row.text) == row.tokens);
  }
  CHECK(kinds("Smith 1999, https://a.b 10.1234/x") == "wnpud");
  CHECK(tokenize("").empty());
  CHECK(tokenize("   ").empty());
}

TEST_CASE("extract::parsing::letter_case") {
  CHECK(letter_case(U'A') == LetterCase::upper);
  CHECK(letter_case(U'é') == LetterCase::lower);
  CHECK(letter_case(U'Š') == LetterCase::upper);
  CHECK(letter_case(U'ł') == LetterCase::lower);
  CHECK(letter_case(U'Ж') == LetterCase::upper);
  CHECK(letter_case(U'ж') == LetterCase::lower);
  CHECK(letter_case(U'中') == LetterCase::none);
  CHECK(char_class(U'–') == CharClass::punctuation);
  CHECK(char_class(U'ß') == CharClass::letter);
  CHECK(char_class(0xA0) == CharClass::space);
}
