#include "extract/parse/names.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

std::string show(const std::vector<Name>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += " | ";
    if (n.is_organisation()) {
      out += "{" + n.literal + "}";
      continue;
    }
    out += n.family + ", " + n.given;
    if (!n.non_dropping_particle.empty()) out += " [" + n.non_dropping_particle + "]";
    if (!n.suffix.empty()) out += " (" + n.suffix + ")";
  }
  return out;
}

}  // namespace

TEST_CASE("extract::parse_names") {
  struct Row {
    const char* text;
    const char* names;
  };
  const Row rows[] = {
      {"Patrick Wintour, Ian Traynor, & Ed Vulliamy", "Wintour, Patrick | Traynor, Ian | Vulliamy, Ed"},
      {"NATO", "{NATO}"},
      {"UN Security Council", "{UN Security Council}"},
      {"OSCE", "{OSCE}"},
      {"Daan W. Everts", "Everts, Daan W."},
      {"Marcus Brand", "Brand, Marcus"},
      {"Human Rights Watch", "{Human Rights Watch}"},
      {"Centre for Applied Studies in International Negotiations",
       "{Centre for Applied Studies in International Negotiations}"},
      {"Ludwig van Beethoven", "Beethoven, Ludwig [van]"},
      {"Martin Luther King Jr.", "King, Martin Luther (Jr.)"},
      {"Smith, J., Jones, K.", "Smith, J. | Jones, K."},
      {"Wintour, Patrick and Traynor, Ian", "Wintour, Patrick | Traynor, Ian"},
      {"Jane Smith and John Doe", "Smith, Jane | Doe, John"},
      {"Jane Smith et al.", "Smith, Jane"},
      {"Slobodan Milošević", "Milošević, Slobodan"},
      // "and" inside one body's name; between two bodies it joins two.
      {"Organization for Security and Co-operation in Europe", "{Organization for Security and Co-operation in Europe}"},
      {"World Bank and IMF", "{World Bank} | {IMF}"},
      {"Ministry of Defence and Ministry of Finance", "{Ministry of Defence} | {Ministry of Finance}"},
      // Particles, suffixes, initials
      {"van der Mast, C.", "Mast, C. [van der]"},
      {"Gogh, Vincent van", "Gogh, Vincent [van]"},
      {"Charles de Gaulle and Jean-Paul Sartre", "Gaulle, Charles [de] | Sartre, Jean-Paul"},
      {"King, Martin Luther, Jr.", "King, Martin Luther (Jr.)"},
      {"Buikema, A. L., Jr. and Cairns, J.", "Buikema, A. L. (Jr.) | Cairns, J."},
      {"J. P. COLLMAN, J. I. BRAUMAN et K. S. SUSLICK", "COLLMAN, J. P. | BRAUMAN, J. I. | SUSLICK, K. S."},
      {"Heidegger M.", "Heidegger, M."},
      {"Smith JP, Jones K, Brown DC", "Smith, JP | Jones, K | Brown, DC"},
      {"Lawton D.C., Stewart, R. R.", "Lawton, D.C. | Stewart, R. R."},
      {"Bugnon (A.-L.)", "Bugnon, A.-L."},
      {"GREEN, Christopher", "GREEN, Christopher"},
      {"Kamangu, E.N., Chatté, A., Hayette, M.-P.", "Kamangu, E.N. | Chatté, A. | Hayette, M.-P."},
      {"Romero, C., Paunesku, D., & Dweck, C.", "Romero, C. | Paunesku, D. | Dweck, C."},
      {"Heinzel, F. / Prengel, A.", "Heinzel, F. | Prengel, A."},
      {"Schuppert, Gunnar Folke/Zürn, Michael", "Schuppert, Gunnar Folke | Zürn, Michael"},
      // et al. in its spellings
      {"Smith, J., Jones, K., et al.", "Smith, J. | Jones, K."},
      {"M. Bianchi-Streit et al.", "Bianchi-Streit, M."},
      {"Meier, H. u. a.", "Meier, H."},
      {"Bereni et alii", "Bereni, "},
      {"Smith, J., Jones, K. et alii,", "Smith, J. | Jones, K."},
      // Organisations and scripts without spaces between names
      {"World Health Organization", "{World Health Organization}"},
      {"ATLAS Collaboration", "{ATLAS Collaboration}"},
      {"中國建築學會", "{中國建築學會}"},
      {"Иванов И. И., Петров П. П.", "Иванов, И. И. | Петров, П. П."},
      {"Лилия Илиева, Петко Петков", "Илиева, Лилия | Петков, Петко"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(show(extract::parse_names(row.text)) == row.names);
  }
}

TEST_CASE("extract::parse_name") {
  auto one = extract::parse_name("Ludwig van Beethoven");
  CHECK(one.given == "Ludwig");
  CHECK(one.non_dropping_particle == "van");
  CHECK(one.family == "Beethoven");
  CHECK(extract::parse_name("Aristotle").family == "Aristotle");
  CHECK(extract::parse_name("NATO").literal == "NATO");
  CHECK(extract::parse_name("The Role of the State in 1999").literal == "The Role of the State in 1999");
}

TEST_CASE("extract::looks_like_name_list") {
  CHECK(extract::looks_like_name_list("Patrick Wintour, Ian Traynor, & Ed Vulliamy"));
  CHECK(extract::looks_like_name_list("NATO"));
  CHECK(extract::looks_like_name_list("UN Security Council"));
  CHECK_FALSE(extract::looks_like_name_list("Why Milosevic Blinked First"));
  CHECK_FALSE(extract::looks_like_name_list("Resolution 1244"));
  CHECK_FALSE(extract::looks_like_name_list("The role of the state in the economy"));
}

TEST_CASE("extract::is_organisation_name") {
  CHECK(extract::is_organisation_name("NATO"));
  CHECK(extract::is_organisation_name("World Bank"));
  CHECK(extract::is_organisation_name("United Nations Security Council"));
  CHECK_FALSE(extract::is_organisation_name("I.B. Tauris"));
  CHECK_FALSE(extract::is_organisation_name("Patrick Wintour"));
}
