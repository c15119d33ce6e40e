#include "export/latex_escape.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <iterator>

namespace citekit::exporting {
namespace {

struct Replacement {
  char32_t from;
  const char* to;
};

// LaTeX's special characters. Braces become \textbraceleft{} rather than \{
// because BibTeX and biber count braces even after a backslash: a lone
// escaped brace would unbalance the field.
constexpr Replacement kSpecials[] = {
    {U'&', R"(\&)"}, {U'%', R"(\%)"}, {U'#', R"(\#)"}, {U'_', R"(\_)"}, {U'$', R"(\$)"},
    {U'{', R"(\textbraceleft{})"}, {U'}', R"(\textbraceright{})"}, {U'~', R"(\textasciitilde{})"},
    {U'^', R"(\textasciicircum{})"}, {U'\\', R"(\textbackslash{})"},
};

// Punctuation written the way LaTeX input spells it (for ASCII output).
constexpr Replacement kPunctuation[] = {
    {U'\u00A0', "~"}, {U'‘', "`"}, {U'’', "'"}, {U'“', "``"}, {U'”', "''"}, {U'–', "--"},
    {U'—', "---"}, {U'…', R"({\ldots})"}, {U'«', R"({\guillemotleft})"}, {U'»', R"({\guillemotright})"},
    {U'§', R"({\S})"}, {U'¡', R"({\textexclamdown})"}, {U'¿', R"({\textquestiondown})"},
};

// Latin-1 Supplement and Latin Extended-A letters as accent commands (the
// dotless \i and \j carry accents on i and j). Written inside braces, so
// BibTeX treats each as one letter for labels, sorting and case changes.
constexpr Replacement kLetters[] = {
    {U'À', R"(\`A)"}, {U'Á', R"(\'A)"}, {U'Â', R"(\^A)"}, {U'Ã', R"(\~A)"}, {U'Ä', R"(\"A)"},
    {U'Å', R"(\AA)"}, {U'Æ', R"(\AE)"}, {U'Ç', R"(\c{C})"}, {U'È', R"(\`E)"}, {U'É', R"(\'E)"},
    {U'Ê', R"(\^E)"}, {U'Ë', R"(\"E)"}, {U'Ì', R"(\`I)"}, {U'Í', R"(\'I)"}, {U'Î', R"(\^I)"},
    {U'Ï', R"(\"I)"}, {U'Ð', R"(\DH)"}, {U'Ñ', R"(\~N)"}, {U'Ò', R"(\`O)"}, {U'Ó', R"(\'O)"},
    {U'Ô', R"(\^O)"}, {U'Õ', R"(\~O)"}, {U'Ö', R"(\"O)"}, {U'Ø', R"(\O)"}, {U'Ù', R"(\`U)"},
    {U'Ú', R"(\'U)"}, {U'Û', R"(\^U)"}, {U'Ü', R"(\"U)"}, {U'Ý', R"(\'Y)"}, {U'Þ', R"(\TH)"},
    {U'ß', R"(\ss)"}, {U'à', R"(\`a)"}, {U'á', R"(\'a)"}, {U'â', R"(\^a)"}, {U'ã', R"(\~a)"},
    {U'ä', R"(\"a)"}, {U'å', R"(\aa)"}, {U'æ', R"(\ae)"}, {U'ç', R"(\c{c})"}, {U'è', R"(\`e)"},
    {U'é', R"(\'e)"}, {U'ê', R"(\^e)"}, {U'ë', R"(\"e)"}, {U'ì', R"(\`\i)"}, {U'í', R"(\'\i)"},
    {U'î', R"(\^\i)"}, {U'ï', R"(\"\i)"}, {U'ð', R"(\dh)"}, {U'ñ', R"(\~n)"}, {U'ò', R"(\`o)"},
    {U'ó', R"(\'o)"}, {U'ô', R"(\^o)"}, {U'õ', R"(\~o)"}, {U'ö', R"(\"o)"}, {U'ø', R"(\o)"},
    {U'ù', R"(\`u)"}, {U'ú', R"(\'u)"}, {U'û', R"(\^u)"}, {U'ü', R"(\"u)"}, {U'ý', R"(\'y)"},
    {U'þ', R"(\th)"}, {U'ÿ', R"(\"y)"}, {U'Ā', R"(\=A)"}, {U'ā', R"(\=a)"}, {U'Ă', R"(\u{A})"},
    {U'ă', R"(\u{a})"}, {U'Ą', R"(\k{A})"}, {U'ą', R"(\k{a})"}, {U'Ć', R"(\'C)"}, {U'ć', R"(\'c)"},
    {U'Ĉ', R"(\^C)"}, {U'ĉ', R"(\^c)"}, {U'Ċ', R"(\.C)"}, {U'ċ', R"(\.c)"}, {U'Č', R"(\v{C})"},
    {U'č', R"(\v{c})"}, {U'Ď', R"(\v{D})"}, {U'ď', R"(\v{d})"}, {U'Đ', R"(\DJ)"}, {U'đ', R"(\dj)"},
    {U'Ē', R"(\=E)"}, {U'ē', R"(\=e)"}, {U'Ĕ', R"(\u{E})"}, {U'ĕ', R"(\u{e})"}, {U'Ė', R"(\.E)"},
    {U'ė', R"(\.e)"}, {U'Ę', R"(\k{E})"}, {U'ę', R"(\k{e})"}, {U'Ě', R"(\v{E})"}, {U'ě', R"(\v{e})"},
    {U'Ĝ', R"(\^G)"}, {U'ĝ', R"(\^g)"}, {U'Ğ', R"(\u{G})"}, {U'ğ', R"(\u{g})"}, {U'Ġ', R"(\.G)"},
    {U'ġ', R"(\.g)"}, {U'Ģ', R"(\c{G})"}, {U'ģ', R"(\c{g})"}, {U'Ĥ', R"(\^H)"}, {U'ĥ', R"(\^h)"},
    {U'Ĩ', R"(\~I)"}, {U'ĩ', R"(\~\i)"}, {U'Ī', R"(\=I)"}, {U'ī', R"(\=\i)"}, {U'Ĭ', R"(\u{I})"},
    {U'ĭ', R"(\u{\i})"}, {U'Į', R"(\k{I})"}, {U'į', R"(\k{i})"}, {U'İ', R"(\.I)"}, {U'ı', R"(\i)"},
    {U'Ĵ', R"(\^J)"}, {U'ĵ', R"(\^\j)"}, {U'Ķ', R"(\c{K})"}, {U'ķ', R"(\c{k})"}, {U'Ĺ', R"(\'L)"},
    {U'ĺ', R"(\'l)"}, {U'Ļ', R"(\c{L})"}, {U'ļ', R"(\c{l})"}, {U'Ľ', R"(\v{L})"}, {U'ľ', R"(\v{l})"},
    {U'Ł', R"(\L)"}, {U'ł', R"(\l)"}, {U'Ń', R"(\'N)"}, {U'ń', R"(\'n)"}, {U'Ņ', R"(\c{N})"},
    {U'ņ', R"(\c{n})"}, {U'Ň', R"(\v{N})"}, {U'ň', R"(\v{n})"}, {U'Ŋ', R"(\NG)"}, {U'ŋ', R"(\ng)"},
    {U'Ō', R"(\=O)"}, {U'ō', R"(\=o)"}, {U'Ŏ', R"(\u{O})"}, {U'ŏ', R"(\u{o})"}, {U'Ő', R"(\H{O})"},
    {U'ő', R"(\H{o})"}, {U'Œ', R"(\OE)"}, {U'œ', R"(\oe)"}, {U'Ŕ', R"(\'R)"}, {U'ŕ', R"(\'r)"},
    {U'Ŗ', R"(\c{R})"}, {U'ŗ', R"(\c{r})"}, {U'Ř', R"(\v{R})"}, {U'ř', R"(\v{r})"}, {U'Ś', R"(\'S)"},
    {U'ś', R"(\'s)"}, {U'Ŝ', R"(\^S)"}, {U'ŝ', R"(\^s)"}, {U'Ş', R"(\c{S})"}, {U'ş', R"(\c{s})"},
    {U'Š', R"(\v{S})"}, {U'š', R"(\v{s})"}, {U'Ţ', R"(\c{T})"}, {U'ţ', R"(\c{t})"}, {U'Ť', R"(\v{T})"},
    {U'ť', R"(\v{t})"}, {U'Ũ', R"(\~U)"}, {U'ũ', R"(\~u)"}, {U'Ū', R"(\=U)"}, {U'ū', R"(\=u)"},
    {U'Ŭ', R"(\u{U})"}, {U'ŭ', R"(\u{u})"}, {U'Ů', R"(\r{U})"}, {U'ů', R"(\r{u})"}, {U'Ű', R"(\H{U})"},
    {U'ű', R"(\H{u})"}, {U'Ų', R"(\k{U})"}, {U'ų', R"(\k{u})"}, {U'Ŵ', R"(\^W)"}, {U'ŵ', R"(\^w)"},
    {U'Ŷ', R"(\^Y)"}, {U'ŷ', R"(\^y)"}, {U'Ÿ', R"(\"Y)"}, {U'Ź', R"(\'Z)"}, {U'ź', R"(\'z)"},
    {U'Ż', R"(\.Z)"}, {U'ż', R"(\.z)"}, {U'Ž', R"(\v{Z})"}, {U'ž', R"(\v{z})"},
};

template <std::size_t N>
const char* lookup(const Replacement (&table)[N], char32_t code_point) {
  auto it = std::find_if(std::begin(table), std::end(table),
                         [&](const Replacement& r) { return r.from == code_point; });
  return it == std::end(table) ? nullptr : it->to;
}

}  // namespace

std::string escape_latex(std::string_view text, LatexCharset charset) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (cp < 0x20 || cp == 0x7F) {
      // Line breaks and tabs are spaces to TeX; a blank line would end the
      // paragraph. Other control characters have no meaning there.
      if (cp == U'\n' || cp == U'\r' || cp == U'\t') out += ' ';
    } else if (const char* special = lookup(kSpecials, cp)) {
      out += special;
    } else if (charset == LatexCharset::utf8 || cp < 0x80) {
      append_utf8(out, cp);  // re-encoding turns invalid bytes into U+FFFD
    } else if (const char* letter = lookup(kLetters, cp)) {
      out += '{';
      out += letter;
      out += '}';
    } else if (const char* punctuation = lookup(kPunctuation, cp)) {
      out += punctuation;
    } else {
      append_utf8(out, cp);  // no ASCII form: left to biber or a UTF-8 aware BibTeX
    }
  }
  return out;
}

}  // namespace citekit::exporting
