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
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(show(extract::parse_names(row.text)) == row.names);
  }
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
