#include "export/case_protection.hpp"
#include "tests/catch.hpp"

using namespace citekit::exporting;

TEST_CASE("exporting::needs_case_protection") {
  struct Row {
    const char* word;
    bool sentence_initial;
    bool expected;
  };
  const Row rows[] = {
      {"NATO", false, true},    {"NATO", true, true},       {"Kosovo", false, true},
      {"Kosovo", true, false},  {"role", false, false},     {"iPhone", true, true},
      {"Šimić", false, true},   {"Šimić", true, false},     {"1244", false, false},
      {"G7", true, false},      {"G7", false, true},         {"Self-Government", false, true},
      {"Post-war", true, false},
      {"Москва", false, true},  {"", false, false},
  };
  for (const auto& row : rows) {
    SECTION(std::string(row.word) + (row.sentence_initial ? " first" : " inside")) {
      CHECK(needs_case_protection(row.word, row.sentence_initial) == row.expected);
    }
  }
}

TEST_CASE("exporting::protect_case") {
  struct Row {
    const char* scenario;
    const char* title;
    LatexCharset charset;
    const char* expected;
  };
  const Row rows[] = {
      {"acronyms and proper nouns", "NATO’s role in Kosovo", LatexCharset::utf8, "{NATO}’s role in {Kosovo}"},
      {"the same for BibTeX", "NATO’s role in Kosovo", LatexCharset::ascii, "{NATO}'s role in {Kosovo}"},
      {"the first word keeps its capital itself", "Why Milosevic blinked first", LatexCharset::utf8,
       "Why {Milosevic} blinked first"},
      {"but not the first word after a colon, which biblatex and pandoc would lower",
       "OSCE Mission in Kosovo: Mandate", LatexCharset::utf8, "{OSCE} {Mission} in {Kosovo}: {Mandate}"},
      {"but not the first word after a full stop", "Ending wars. The UN", LatexCharset::utf8,
       "Ending wars. {The} {UN}"},
      {"hyphenated compounds are one word", "From UNMIK to Local Self-Government", LatexCharset::utf8,
       "From {UNMIK} to {Local} {Self-Government}"},
      {"inner capitals", "iPhone diplomacy", LatexCharset::utf8, "{iPhone} diplomacy"},
      {"diacritics inside the braces", "Why Šimić left", LatexCharset::ascii, R"(Why {{\v{S}}imi{\'c}} left)"},
      {"special characters escaped", "Costs & benefits: 50% of #1", LatexCharset::utf8,
       R"(Costs \& benefits: 50\% of \#1)"},
      {"underscores separate words", "Rule_of_Law", LatexCharset::utf8, R"(Rule\_of\_{Law})"},
      {"nothing to protect", "peace and war", LatexCharset::utf8, "peace and war"},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) { CHECK(protect_case(row.title, row.charset) == row.expected); }
  }
}
