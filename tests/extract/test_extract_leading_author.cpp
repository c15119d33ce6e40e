#include "extract/parse/parse.hpp"
#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

using namespace citekit;
using extract::parsing::Constraint;
using extract::parsing::Label;

namespace {

// The text a rule's constraints make the author ("" when they make none).
std::string marked_author(std::string_view text, const std::vector<Constraint>& constraints) {
  std::string author;
  for (const auto& c : constraints)
    if (c.label == Label::author && !c.excluded) author = std::string(c.text(text));
  return author;
}

}  // namespace

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
      // IEEE: a body written out in words, a comma, then the title.
      {"Organization for Security and Co-operation in Europe, “Mission in Kosovo: Mandate,” OSCE, 2020.",
       "Organization for Security and Co-operation in Europe"},
      {"Assembly of Kosovo, Kosovo Declaration of Independence. 2008.", "Assembly of Kosovo"},
      {"Independent International Commission on Kosovo, The Kosovo Report: Conflict. Oxford: OUP, 2000.",
       "Independent International Commission on Kosovo"},
      // Capitals that may be a family name, a group whose members follow, a body's second part, a place.
      {"ACOSTA PEREIRA, R.; RODRIGUES, R. H. O conceito de valoração.", ""},
      {"ACCORD Study Group, Ginsberg HN, Elam MB, et al. Effects of therapy.", ""},
      {"Environmental Protection Agency, State of Illinois. 2006. Groundwater under Direct Influence.", ""},
      {"Environmental Protection Agency, United States (EPA). 2000. Guidance.", ""},
      {"ALICE Collaboration, CERN-LHCC-2013-020, 2014.", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Constraint> constraints;
    extract::parsing::find_leading_organisation(row.text, constraints);
    CHECK(marked_author(row.text, constraints) == row.author);
  }
}

TEST_CASE("extract::parsing::find_leading_colon_authors") {
  struct Row {
    const char* text;
    const char* author;   // what the rule makes the author, "" when it makes none
  };
  const Row rows[] = {
      // DIN 1505 and German habits: "Family, Given", persons joined by ";", "/", "und".
      {"Ker-Lindsay, James: From Autonomy to Independence. In: Ethnopolitics Bd. 5 (2006)", "Ker-Lindsay, James:"},
      {"King, Iain ; Mason, Whit: Peace at Any Price. Ithaca : Cornell University Press, 2006",
       "King, Iain ; Mason, Whit:"},
      {"Müller, Harald ; Schörnig, Niklas ; Wolf, Klaus Dieter: Friedensforschung. Baden-Baden : Nomos, 2010",
       "Müller, Harald ; Schörnig, Niklas ; Wolf, Klaus Dieter:"},
      {"Oltmer, Jochen/Schubert, M.: Migration im 19. Jahrhundert, in: …", "Oltmer, Jochen/Schubert, M.:"},
      {"Bieber, F. ; Daskalovski, Ž.: Understanding the War in Kosovo", "Bieber, F. ; Daskalovski, Ž.:"},
      {"García Márquez, G.: Cien años de soledad", "García Márquez, G.:"},
      {"Mac Ginty, Roger: Indigenous Peace-Making Versus the Liberal Peace. In: Cooperation and Conflict",
       "Mac Ginty, Roger:"},
      // Medical habits: initials and a family name, joined by commas.
      {"Potasznik H, Nelson G: Stress and Social Support. Am J Community Psychol", "Potasznik H, Nelson G:"},
      {"H Johansson, P Sjolander and J Pedersen: Pathophysiological mechanisms", "H Johansson, P Sjolander and J Pedersen:"},
      // A title with a colon, a name and a title, an editor's bracket: the colon ends no author list.
      {"Kosovo: A Short History. London : Macmillan, 1998", ""},
      {"Kosovo, Intervention and Statebuilding: The International Community. (Routledge, 2010).", ""},
      {"Weller, M. Contested Statehood: Kosovo’s Struggle for Independence.", ""},
      {"Caplan R. International Governance of War-Torn Territories: Rule and Reconstruction.", ""},
      {"Vernon Bogdanor, The People and the Party System: The Referendum", ""},
      {"Tickle, Phyllis, Emergence Christianity: What It Is", ""},
      {"Jason Epstein, Book Business: Publishing past, present, and future, Norton, 2002.", ""},
      {"Bieber, F. ; Daskalovski, Ž. (Hrsg.): Understanding the War in Kosovo", ""},
      {"HIV: a review. Lancet 2001", ""},
      {"Ethnic Communities’ Council of Victoria, ‘Talking Disability: Under-Representation’", ""},
      {"ILO, Evaluation Summary: Promoting Fundamental Principles", ""},
      {"France, Paris: Les Belles Lettres, 1951.", ""},
      // An organisation before a colon opens a title as often as it names the author.
      {"Centre Pompidou: an occasional series of architectural profiles", ""},
      {"Academic Press; Göttingen: Vandenhoeck & Ruprecht, 2007.", ""},
      {"International Court of Justice: Accordance with International Law. The Hague : ICJ, 2010", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Constraint> constraints;
    extract::parsing::find_leading_colon_authors(row.text, false, constraints);
    CHECK(marked_author(row.text, constraints) == row.author);
  }
}

TEST_CASE("extract::parsing::find_leading_colon_authors in a list that writes \"Names: Title\"") {
  struct Row {
    const char* text;
    const char* author;
  };
  const Row rows[] = {
      {"International Court of Justice: Accordance with International Law. The Hague : ICJ, 2010",
       "International Court of Justice:"},
      {"Organization for Security and Co-operation in Europe: Mission in Kosovo: Mandate. URL https://x.org",
       "Organization for Security and Co-operation in Europe:"},
      {"EULEX: About EULEX. URL https://www.eulex-kosovo.eu/?page=2,60", "EULEX:"},
      {"Müller, Harald ; Wolf, Klaus Dieter: Friedensforschung. Baden-Baden : Nomos, 2010",
       "Müller, Harald ; Wolf, Klaus Dieter:"},
      // A title's words are not a body's.
      {"Kosovo after the bombing: a report. Prishtina, 2000", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    std::vector<Constraint> constraints;
    extract::parsing::find_leading_colon_authors(row.text, true, constraints);
    CHECK(marked_author(row.text, constraints) == row.author);
  }
}

TEST_CASE("extract::authors_end_at_colon") {
  std::vector<std::string_view> din = {
      "Ker-Lindsay, James: From Autonomy to Independence. In: Ethnopolitics Bd. 5 (2006)",
      "King, Iain ; Mason, Whit: Peace at Any Price. Ithaca : Cornell University Press, 2006",
      "Malcolm, Noel: Kosovo: A Short History. London : Macmillan, 1998",
      "International Court of Justice: Accordance with International Law. The Hague : ICJ, 2010",
  };
  CHECK(extract::authors_end_at_colon(din));
  std::vector<std::string_view> apa = {
      "Ker-Lindsay, J. (2006). From autonomy to independence. Ethnopolitics, 5(1), 1–20.",
      "King, I., & Mason, W. (2006). Peace at any price: How the world failed Kosovo. Cornell University Press.",
      "Malcolm, N. (1998). Kosovo: A short history. Macmillan.",
      "Mertus, J. A. (1999). Kosovo: How myths and truths started a war. University of California Press.",
  };
  CHECK_FALSE(extract::authors_end_at_colon(apa));
  CHECK_FALSE(extract::authors_end_at_colon(std::vector<std::string_view>(din.begin(), din.begin() + 2)));
}

TEST_CASE("extract::persons_with_initials and a lone word opening a title") {
  std::vector<std::string_view> nature = {
      "Ker-Lindsay, J. From autonomy to independence. Ethnopolitics 5, 1–20 (2006).",
      "King, I. & Mason, W. Peace at Any Price (Cornell University Press, 2006).",
      "Malcolm, N. Kosovo: A Short History (Macmillan, 1998).",
      "Mertus, J. A. Kosovo: How Myths and Truths Started a War (University of California Press, 1999).",
      "Weller, M. Contested Statehood (Oxford University Press, 2009).",
      "Kosovo, Intervention and Statebuilding: The International Community. (Routledge, 2010).",
  };
  CHECK(extract::persons_with_initials(nature));
  std::vector<std::string_view> chicago = {
      "Ker-Lindsay, James. 2006. From Autonomy to Independence.",
      "King, Iain, and Whit Mason. 2006. Peace at Any Price.",
      "Malcolm, Noel. 1998. Kosovo: A Short History.",
      "Mertus, J. A. 1999. Kosovo: How Myths and Truths Started a War.",
  };
  CHECK_FALSE(extract::persons_with_initials(chicago));
  // In such a list, the lone word is the title's.
  auto parse_in = [](const std::vector<std::string_view>& list, std::string_view text) {
    return extract::parse_reference(text, extract::list_context({}, list)).item;
  };
  Reference book = parse_in(nature, nature[5]);
  CHECK(book.get("title") == "Kosovo, Intervention and Statebuilding: The International Community");
  CHECK(book.authors().empty());
  // A body stays the author; outside such a list a lone word may be a person ("Foucault, Discipline and Punish").
  CHECK_FALSE(parse_in(nature, "NATO, Kosovo Force. (NATO, 2020).").authors().empty());
  std::vector<Constraint> constraints;
  extract::parsing::find_title_opening_list("Malcolm, N. Kosovo.", constraints);
  CHECK(constraints.empty());
}
