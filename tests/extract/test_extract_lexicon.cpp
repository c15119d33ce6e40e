#include "extract/parse/lexicon.hpp"
#include "tests/catch.hpp"

#include <cstdint>
#include <vector>

using namespace citekit::extract::parsing;

TEST_CASE("extract::parsing::lexicon_classes names what a word may announce, whatever its case") {
  struct Row {
    const char* word;
    std::uint32_t classes;
  };
  const std::vector<Row> rows = {
      {"Press", lex_publisher | lex_no_date},   // "in press"
      {"ed", lex_editor | lex_edition},
      {"Ministry", lex_organisation},
      {"Council", lex_organisation},
      {"Society", lex_organisation},
      {"Jahrbuch", lex_journal},
      {"Revista", lex_journal},
      {"Symposium", lex_proceedings},
      {"alii", lex_et_al},
      {"LONDON", lex_place},
      {"May", lex_month},
      {"Stones", 0},
  };
  for (const auto& row : rows) {
    CAPTURE(row.word);
    CHECK(lexicon_classes(lowercase_hash(row.word)) == row.classes);
  }
}
