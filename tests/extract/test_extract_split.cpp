#include "extract/split.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

std::vector<std::string> parts(const std::string& text) {
  std::vector<std::string> out;
  for (auto [b, e] : extract::reference_spans(text)) out.push_back(text.substr(b, e - b));
  return out;
}

using Parts = std::vector<std::string>;

}  // namespace

TEST_CASE("extract::reference_spans") {
  struct Row {
    const char* scenario;
    std::string text;
    Parts expected;
  };
  const Row rows[] = {
      {"a single reference", "NATO. NATO’s role in Kosovo. (NATO, 2020)", {"NATO. NATO’s role in Kosovo. (NATO, 2020)"}},
      {"two references", "OSCE. Mandate. (OSCE, 2020); Marcus Brand. Institutions. (Geneva: CASIN, 2003) p.10",
       {"OSCE. Mandate. (OSCE, 2020)", "Marcus Brand. Institutions. (Geneva: CASIN, 2003) p.10"}},
      {"semicolon inside parentheses", "A. Title (see X; Y). (Press, 2001)", {"A. Title (see X; Y). (Press, 2001)"}},
      {"semicolon inside quotes", "A. “One; Two.” Journal. 2001", {"A. “One; Two.” Journal. 2001"}},
      {"semicolon inside a URL", "Available at: https://x.org/a;b=2 (2020)", {"Available at: https://x.org/a;b=2 (2020)"}},
      {"semicolon ending a URL", "https://x.org/a; B. Title. 2001", {"https://x.org/a", "B. Title. 2001"}},
      {"discursive semicolon rejoins", "Smith. Title. 2001; this argument is contested",
       {"Smith. Title. 2001; this argument is contested"}},
      {"discursive lead-in joins the next part", "See also the debate; Smith. Title. 2001",
       {"See also the debate; Smith. Title. 2001"}},
      {"page-only short forms split", "Brand, p.10; Everts, p.199", {"Brand, p.10", "Everts, p.199"}},
      {"a short form without year or page is a reference of its own",
       "See also Malcolm, Kosovo: A Short History, 230; King and Mason, Peace at Any Price, 17.",
       {"See also Malcolm, Kosovo: A Short History, 230", "King and Mason, Peace at Any Price, 17."}},
      {"OSCOLA's short form and Ibid", "Weller (n 1) 12; Ibid 13.", {"Weller (n 1) 12", "Ibid 13."}},
      {"two short forms joined by a word", "Voir aussi Weller, p. 12 et Judah, p. 40.",
       {"Voir aussi Weller, p. 12", "Judah, p. 40."}},
      {"two full references joined by a word",
       "Compare T. JUDAH, Kosovo, op. cit., p. 88 and N. MALCOLM, Kosovo: A Short History, op. cit., p. 314.",
       {"Compare T. JUDAH, Kosovo, op. cit., p. 88", "N. MALCOLM, Kosovo: A Short History, op. cit., p. 314."}},
      {"joint authors are not two references", "King and Mason, Peace at Any Price (Ithaca, 2006), 17.",
       {"King and Mason, Peace at Any Price (Ithaca, 2006), 17."}},
      {"a title's \"and\" after a number is no join",
       "Guo, W. (2010). Coordination of Rab8 and Rab11 in primary ciliogenesis. PNAS 107, 6346-6351.",
       {"Guo, W. (2010). Coordination of Rab8 and Rab11 in primary ciliogenesis. PNAS 107, 6346-6351."}},
      {"names that semicolons separate stay with their reference",
       "WINTOUR, Patrick; TRAYNOR, Ian; VULLIAMY, Ed, Why Milosevic Blinked First, The Guardian, 1999.",
       {"WINTOUR, Patrick; TRAYNOR, Ian; VULLIAMY, Ed, Why Milosevic Blinked First, The Guardian, 1999."}},
      {"NLM's year; volume, pages", "Grant IR, Ball HJ. Inactivation of M. paratuberculosis. Appl Environ Microbiol 1998; 62, pages 631-636.",
       {"Grant IR, Ball HJ. Inactivation of M. paratuberculosis. Appl Environ Microbiol 1998; 62, pages 631-636."}},
      {"Vancouver's year; volume(issue):pages stays one reference",
       "Cooke GS, et al. Accelerating the elimination of viral hepatitis. Lancet Gastroenterol Hepatol. 2019 Feb; "
       "4(2):135–84. p. 1.",
       {"Cooke GS, et al. Accelerating the elimination of viral hepatitis. Lancet Gastroenterol Hepatol. 2019 Feb; "
        "4(2):135–84. p. 1."}},
      {"… and pages that look like years", "Yannis A. The UN as Government. Global Governance. 2004; 1999(1): 2001-2020",
       {"Yannis A. The UN as Government. Global Governance. 2004; 1999(1): 2001-2020"}},
      {"Vancouver's publisher; year stays one reference",
       "Morgan DO. The cell cycle: principles of control. London: New Science Press; 2007.",
       {"Morgan DO. The cell cycle: principles of control. London: New Science Press; 2007."}},
      {"… and with its [cited] date", "Ministério da Saúde (BR). Manual AIDPI [Internet]. Brasília, DF: SVS; 2017 [cited 2020 Mar 23].",
       {"Ministério da Saúde (BR). Manual AIDPI [Internet]. Brasília, DF: SVS; 2017 [cited 2020 Mar 23]."}},
      {"a year with its letter", "Mitchison G (1980) A model. Proc B 207: 79–109; SFB - Serviço Florestal Brasileiro. 2017b. Manual.",
       {"Mitchison G (1980) A model. Proc B 207: 79–109", "SFB - Serviço Florestal Brasileiro. 2017b. Manual."}},
      {"an arXiv identifier", "Z. J. Xiao, W. F. Wang and Y. Y. Fan, arXiv:1111.6264.; Garcia Tristan (2016), La vie intense.",
       {"Z. J. Xiao, W. F. Wang and Y. Y. Fan, arXiv:1111.6264.", "Garcia Tristan (2016), La vie intense."}},
      {"a long first reference without a year",
       "Smith, John, A Very Long Title Without Any Date At All, Some Publisher House; Jones, Mary. Other Title. 2001.",
       {"Smith, John, A Very Long Title Without Any Date At All, Some Publisher House", "Jones, Mary. Other Title. 2001."}},
      {"authors that semicolons separate",
       "Kabir, M.H., Hasan, N., Rahman, M.M., Rahman, M.A., Khan, J.A., Mou, S.M.; Jahan, R. & Rahmatullah, M. 2014. A survey.",
       {"Kabir, M.H., Hasan, N., Rahman, M.M., Rahman, M.A., Khan, J.A., Mou, S.M.; Jahan, R. & Rahmatullah, M. 2014. A survey."}},
      {"a joining word before the next reference is left out",
       "Weller, Contested Statehood (2009); and J. Rockström et al., A roadmap, Science 355 (2017)",
       {"Weller, Contested Statehood (2009)", "J. Rockström et al., A roadmap, Science 355 (2017)"}},
      {"a later paragraph with its own link is its own reference",
       "Smith. Title. (Press, 2001)\nJones. Other. Available at: https://x.org",
       {"Smith. Title. (Press, 2001)", "Jones. Other. Available at: https://x.org"}},
      {"a commentary paragraph stays with its reference", "Smith. Title. (Press, 2001)\nSee chapter 3 in 2004.",
       {"Smith. Title. (Press, 2001)\nSee chapter 3 in 2004."}},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) { CHECK(parts(row.text) == row.expected); }
  }
}

TEST_CASE("extract::split_references") {
  Note note;
  note.id = "5";
  note.text = "A. One. 2001; B. Two. 2002";
  note.position.line = 12;
  auto raws = extract::split_references(note, 4);
  REQUIRE(raws.size() == 2);
  CHECK(raws[1].note == 4);
  CHECK(raws[1].note_id == "5");
  CHECK(raws[1].index == 1);
  CHECK(raws[1].text == "B. Two. 2002");
  CHECK(raws[1].position.line == 12);
}
