#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

using namespace citekit;
using extract::parsing::Constraint;
using extract::parsing::Label;

TEST_CASE("extract::parsing::find_leading_organisation") {
  struct Row {
    const char* text;
    const char* author;   // what the rule makes the author, "" when it makes none
  };
  const Row rows[] = {
      {"NATO. NATO’s role in Kosovo.", "NATO."},
      {"UN Security Council (1999). Resolution 1244.", "UN Security Council"},
      {"BUREAU D’AUDIENCES PUBLIQUES SUR L’ENVIRONNEMENT (2011). Projet de parc éolien",
       "BUREAU D’AUDIENCES PUBLIQUES SUR L’ENVIRONNEMENT"},
      {"Comité résistance spirituelle. Des rappelés témoignent... Clichy: Seine, 1957.", "Comité résistance spirituelle."},
      // A person, a name list or a quoted title is not an organisation opening the reference.
      {"Smith, J. Title of the work.", ""},
      {"Patrick Wintour. Title of the work.", ""},
      {"The “Best” Society. Title of the work.", ""},
      {"World Bank (in press). Report.", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Constraint> constraints;
    extract::parsing::find_leading_organisation(row.text, constraints);
    std::string_view text = row.text;
    std::string author;
    for (const auto& c : constraints)
      if (c.label == Label::author && !c.excluded) author = std::string(c.text(text));
    CHECK(author == row.author);
  }
}
