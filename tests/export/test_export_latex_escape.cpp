#include "export/latex_escape.hpp"
#include "tests/catch.hpp"

using namespace citekit::exporting;

TEST_CASE("exporting::escape_latex") {
  struct Row {
    const char* scenario;
    const char* text;
    const char* ascii;  // BibTeX
    const char* utf8;   // BibLaTeX
  };
  const Row rows[] = {
      {"plain text is kept", "Resolution 1244", "Resolution 1244", "Resolution 1244"},
      {"ampersand", "Fish & Chips", R"(Fish \& Chips)", R"(Fish \& Chips)"},
      {"percent, hash, underscore, dollar", "50% #1 a_b $5", R"(50\% \#1 a\_b \$5)", R"(50\% \#1 a\_b \$5)"},
      {"braces stay balanced", "{x}", R"(\textbraceleft{}x\textbraceright{})",
       R"(\textbraceleft{}x\textbraceright{})"},
      {"tilde, caret, backslash", R"(~^\)", R"(\textasciitilde{}\textasciicircum{}\textbackslash{})",
       R"(\textasciitilde{}\textasciicircum{}\textbackslash{})"},
      {"caron and acute", "Šimić", R"({\v{S}}imi{\'c})", "Šimić"},
      {"a Serbian surname", "Milošević", R"(Milo{\v{s}}evi{\'c})", "Milošević"},
      {"umlaut", "Müller", R"(M{\"u}ller)", "Müller"},
      {"sharp s and slashed o", "Groß Søren", R"(Gro{\ss} S{\o}ren)", "Groß Søren"},
      {"stroked l", "Łódź", R"({\L}{\'o}d{\'z})", "Łódź"},
      {"accent on a dotless i", "Ísland í", R"({\'I}sland {\'\i})", "Ísland í"},
      {"double acute and ogonek", "Erdős Kąty", R"(Erd{\H{o}}s K{\k{a}}ty)", "Erdős Kąty"},
      {"typographic quotes and dashes", "NATO’s “role” 1997–2002 — end", "NATO's ``role'' 1997--2002 --- end",
       "NATO’s “role” 1997–2002 — end"},
      {"no ASCII form: kept as UTF-8", "Москва", "Москва", "Москва"},
      {"line breaks are spaces, control characters dropped", "two\nlines\x01", "two lines", "two lines"},
      {"invalid UTF-8 becomes U+FFFD", "a\xff" "b", "a\xEF\xBF\xBD" "b", "a\xEF\xBF\xBD" "b"},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      CHECK(escape_latex(row.text, LatexCharset::ascii) == row.ascii);
      CHECK(escape_latex(row.text, LatexCharset::utf8) == row.utf8);
    }
  }
}
