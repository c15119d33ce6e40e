#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

using namespace citekit;
using extract::parsing::Constraint;
using extract::parsing::Label;

TEST_CASE("extract::parsing::find_access_dates") {
  struct Row {
    const char* text;
    const char* found;   // the text the rule labels as the access date
  };
  const Row rows[] = {
      {"X. Title. Available at: https://x.org (Accessed 23/11/2020)", "(Accessed 23/11/2020)"},
      {"X. Title. https://x.org, accessed 23 November 2020.", "accessed 23 November 2020"},
      {"X. Title. Retrieved November 23, 2020, from https://x.org", "Retrieved November 23, 2020, from"},
      {"X. Title. [viewed 23 Nov 2020]. Available from: https://x.org", "[viewed 23 Nov 2020]"},
      {"X. Title [Internet]. [cited 2020 Nov 23]. Available from: https://x.org", "[cited 2020 Nov 23]"},
      {"X. Titel. https://x.org (zuletzt abgerufen am 23.11.2020)", "(zuletzt abgerufen am 23.11.2020)"},
      {"X. Title. https://x.org (accessed 2020-11-23)", "(accessed 2020-11-23)"},
      {"X. Titre. https://x.org (consulté le 23 novembre 2020)", "(consulté le 23 novembre 2020)"},
      {"X. Title. Last accessed on 2 March 2014.", "Last accessed on 2 March 2014"},
      // Other languages: ABNT, German, Spanish, Italian, Dutch.
      {"X. Título. Disponível em: <https://x.org>. Acesso em: 24 nov. 2020.", "Acesso em: 24 nov. 2020"},
      {"X. Titel. URL: https://x.org (Zugriff am 3.5.2019)", "(Zugriff am 3.5.2019)"},
      {"X. Titel. https://x.org, letzter Zugriff: 12.03.2019.", "letzter Zugriff: 12.03.2019"},
      {"X. Titel. https://x.org (Stand: 12.03.2019)", "(Stand: 12.03.2019)"},
      {"X. Título. [Consultado el 18 de octubre de 2008]. Disponible en: https://x.org",
       "[Consultado el 18 de octubre de 2008]"},
      {"X. Titolo. https://x.org (consultato il 3 maggio 2019)", "(consultato il 3 maggio 2019)"},
      {"X. Titel. https://x.org (geraadpleegd op 3 mei 2019)", "(geraadpleegd op 3 mei 2019)"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Constraint> constraints;
    extract::parsing::find_access_dates(row.text, constraints);
    REQUIRE(constraints.size() == 1);
    std::string_view text = row.text;
    CHECK(constraints[0].text(text) == row.found);
    CHECK(constraints[0].label == Label::accessed);
  }
  std::vector<Constraint> none;
  extract::parsing::find_access_dates("Cited by 23 others in 2020", none);
  extract::parsing::find_access_dates("Retrieved from the archive", none);
  CHECK(none.empty());
}

TEST_CASE("extract::parsing::normalize_accessed") {
  struct Row {
    const char* span;
    DateOrder order;
    const char* iso;
    bool ambiguous;
  };
  const Row rows[] = {
      {"(Accessed 23/11/2020)", DateOrder::unknown, "2020-11-23", false},
      {"Retrieved November 23, 2020, from", DateOrder::unknown, "2020-11-23", false},
      {"[cited 2020 Nov 23]", DateOrder::unknown, "2020-11-23", false},
      {"zuletzt abgerufen am 23.11.2020", DateOrder::unknown, "2020-11-23", false},
      {"accessed 05/06/2020", DateOrder::month_first, "2020-05-06", false},
      {"accessed 05/06/2020", DateOrder::day_first, "2020-06-05", false},
      {"accessed 05/06/2020", DateOrder::unknown, "2020-06-05", true},
      {"Consulted: may 2014", DateOrder::unknown, "2014-05", false},
      {"Acesso em: 12 mar. 2020", DateOrder::unknown, "2020-03-12", false},
      {"Acesso em 28 de novembro de 2017", DateOrder::unknown, "2017-11-28", false},
      {"Consultado el 18 de octubre de 2008", DateOrder::unknown, "2008-10-18", false},
      {"Zugriff am 3.5.2019", DateOrder::unknown, "2019-05-03", false},
      {"geraadpleegd op 3 mei 2019", DateOrder::unknown, "2019-05-03", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.span);
    auto ws = test::labelled({{Label::accessed, row.span}}, row.order);
    extract::parsing::normalize_accessed(*ws);
    REQUIRE(ws->item().date("accessed"));
    CHECK(ws->item().date("accessed")->iso() == row.iso);
    CHECK(ws->result.notes.size() == (row.ambiguous ? 1U : 0U));
  }
}

TEST_CASE("extract::parsing::exclude_access_date_before_lead") {
  std::string_view text = "NATO (2020). Role. NATO. Retrieved 24 November 2020.";
  std::vector<Constraint> constraints;
  extract::parsing::find_access_dates(text, constraints);
  extract::parsing::exclude_access_date_before_lead(text, constraints);
  REQUIRE(constraints.size() == 2);
  CHECK(constraints[1].label == Label::accessed);
  CHECK(constraints[1].excluded);
  CHECK(constraints[1].text(text) == "NATO. ");
}
