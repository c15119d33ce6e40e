#include "core/csl_json.hpp"
#include "extract/parse/parse.hpp"
#include "tests/catch.hpp"

using namespace citekit;
using nlohmann::json;

namespace {

json parsed(const std::string& text, DateOrder order = DateOrder::day_first) {
  auto result = extract::parse_reference(text, extract::ParseContext{order});
  return json::parse(to_csl_json(result.item).dump());
}

}  // namespace

TEST_CASE("extract::parse_reference seed references, every field") {
  struct Row {
    const char* text;
    const char* item;  // the whole CSL item expected
  };
  const Row rows[] = {
      {"Patrick Wintour, Ian Traynor, & Ed Vulliamy. “Why Milosevic blinked first.” The Guardian. (1999) Available at: "
       "https://www.theguardian.com/world/1999/jun/06/balkans (Accessed 23/11/2020)",
       R"({"type":"article-newspaper","title":"Why Milosevic blinked first",
           "author":[{"family":"Wintour","given":"Patrick"},{"family":"Traynor","given":"Ian"},{"family":"Vulliamy","given":"Ed"}],
           "container-title":"The Guardian","issued":{"date-parts":[[1999]]},"accessed":{"date-parts":[[2020,11,23]]},
           "URL":"https://www.theguardian.com/world/1999/jun/06/balkans"})"},
      {"NATO. NATO’s role in Kosovo. (NATO, 2020) Available at: https://www.nato.int/cps/en/natolive/topics_48818.htm "
       "(Accessed 24/11/2020)",
       R"({"type":"webpage","title":"NATO’s role in Kosovo","author":[{"literal":"NATO"}],"publisher":"NATO",
           "issued":{"date-parts":[[2020]]},"accessed":{"date-parts":[[2020,11,24]]},
           "URL":"https://www.nato.int/cps/en/natolive/topics_48818.htm"})"},
      {"UN Security Council. Resolution 1244. (UN, 1999) Available at: http://unscr.com/en/resolutions/1244 (Accessed "
       "24/11/2020)",
       R"({"type":"legislation","title":"Resolution 1244","author":[{"literal":"UN Security Council"}],"publisher":"UN",
           "issued":{"date-parts":[[1999]]},"accessed":{"date-parts":[[2020,11,24]]},"URL":"http://unscr.com/en/resolutions/1244"})"},
      {"Daan W. Everts. Peacekeeping in Albania and Kosovo: Conflict Response and International Intervention in the "
       "Western Balkans, 1997-2002. (London: I.B. Tauris, 2020) p.198-9",
       R"({"type":"book","title":"Peacekeeping in Albania and Kosovo: Conflict Response and International Intervention in the Western Balkans, 1997-2002",
           "author":[{"family":"Everts","given":"Daan W."}],"publisher":"I.B. Tauris","publisher-place":"London",
           "issued":{"date-parts":[[2020]]},"page":"198-199"})"},
      {"OSCE. OSCE Mission in Kosovo: Mandate. (OSCE, 2020) Available at: https://www.osce.org/mission-in-kosovo/mandate "
       "(Accessed 24/11/2020)",
       R"({"type":"webpage","title":"OSCE Mission in Kosovo: Mandate","author":[{"literal":"OSCE"}],"publisher":"OSCE",
           "issued":{"date-parts":[[2020]]},"accessed":{"date-parts":[[2020,11,24]]},"URL":"https://www.osce.org/mission-in-kosovo/mandate"})"},
      {"Marcus Brand. The Development of Kosovo Institutions and the Transition of Authority from UNMIK to Local "
       "Self-Government. (Geneva: Centre for Applied Studies in International Negotiations, 2003) p.10",
       R"({"type":"report","title":"The Development of Kosovo Institutions and the Transition of Authority from UNMIK to Local Self-Government",
           "author":[{"family":"Brand","given":"Marcus"}],"publisher":"Centre for Applied Studies in International Negotiations",
           "publisher-place":"Geneva","issued":{"date-parts":[[2003]]},"page":"10"})"},
      {"NATO. NATO’s role in Kosovo.",
       R"({"type":"document","title":"NATO’s role in Kosovo","author":[{"literal":"NATO"}]})"},
      {"EULEX. About EULEX. (EU, 2020) Available at: https://www.eulex-kosovo.eu/?page=2,60 (Accessed 24/11/2020)",
       R"({"type":"webpage","title":"About EULEX","author":[{"literal":"EULEX"}],"publisher":"EU",
           "issued":{"date-parts":[[2020]]},"accessed":{"date-parts":[[2020,11,24]]},"URL":"https://www.eulex-kosovo.eu/?page=2,60"})"},
      {"UNOSEK. Origins of UNOSEK. (UNOSEK, 2020) Available at: https://www.unosek.org/origins-of-unosek/ (Accessed "
       "24/11/2020)",
       R"({"type":"webpage","title":"Origins of UNOSEK","author":[{"literal":"UNOSEK"}],"publisher":"UNOSEK",
           "issued":{"date-parts":[[2020]]},"accessed":{"date-parts":[[2020,11,24]]},"URL":"https://www.unosek.org/origins-of-unosek/"})"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(parsed(row.text) == json::parse(row.item));
  }
}

TEST_CASE("extract::parse_reference access dates") {
  // Every form names the same day, 23 November 2020.
  const char* rows[] = {
      "X. Title. Available at: https://x.org (Accessed 23/11/2020)",
      "X. Title. https://x.org, accessed 23 November 2020.",
      "X. Title. Retrieved November 23, 2020, from https://x.org",
      "X. Title. [viewed 23 Nov 2020]. Available from: https://x.org",
      "X. Title [Internet]. [cited 2020 Nov 23]. Available from: https://x.org",
      "X. Titel. https://x.org (zuletzt abgerufen am 23.11.2020)",
      "X. Title. https://x.org (accessed 2020-11-23)",
  };
  for (const char* text : rows) {
    CAPTURE(text);
    auto item = parsed(text, DateOrder::unknown);
    CHECK(item["accessed"] == json::parse(R"({"date-parts":[[2020,11,23]]})"));
    CHECK(item["URL"] == "https://x.org");
  }
}

TEST_CASE("extract::parse_reference identifiers and locators") {
  SECTION("DOI with lead-in, URL trailing punctuation trimmed") {
    auto item = parsed("Jane Roe. “Peace.” Journal of Peace Research 12(3). doi:10.1177/0022343319.");
    CHECK(item["DOI"] == "10.1177/0022343319");
    CHECK(item["volume"] == "12");
    CHECK(item["issue"] == "3");
    CHECK(item["type"] == "article-journal");
  }
  SECTION("a doi.org URL gives the DOI too") {
    auto item = parsed("Roe. Peace. https://doi.org/10.1000/xyz123.");
    CHECK(item["URL"] == "https://doi.org/10.1000/xyz123");
    CHECK(item["DOI"] == "10.1000/xyz123");
  }
  SECTION("URLs keep balanced parentheses and lose sentence punctuation") {
    CHECK(parsed("W. Kosovo. https://en.wikipedia.org/wiki/Kosovo_(region).")["URL"] ==
          "https://en.wikipedia.org/wiki/Kosovo_(region)");
    CHECK(parsed("W. Kosovo (see https://x.org/a).")["URL"] == "https://x.org/a");
    CHECK(parsed("W. Kosovo. <https://x.org/a>")["URL"] == "https://x.org/a");
  }
  SECTION("ISBN") { CHECK(parsed("A. Book. (London: Verso, 2001) ISBN 978-1-85984-601-0")["ISBN"] == "978-1-85984-601-0"); }
  SECTION("page forms") {
    CHECK(parsed("A. Book. (London: Verso, 2001) pp. 45-67")["page"] == "45-67");
    CHECK(parsed("A. Book. (London: Verso, 2001) p. 1203-15")["page"] == "1203-1215");
    CHECK(parsed("A. Book. (London: Verso, 2001) p.198–9")["page"] == "198-199");
  }
  SECTION("ibid with and without a page") {
    auto with_page = extract::parse_reference("Ibid., p. 45-6");
    CHECK(with_page.form == CitationForm::ibid);
    CHECK(with_page.locator == "45-46");
    auto bare = extract::parse_reference("Ibid.");
    CHECK(bare.form == CitationForm::ibid);
    CHECK(bare.locator.empty());
  }
  SECTION("an ambiguous access date is flagged") {
    auto result = extract::parse_reference("J. Smith. A page about stones. https://x.org (Accessed 05/06/2020)", {DateOrder::unknown});
    REQUIRE(result.notes.size() == 1);
    CHECK(result.notes[0].code == "ambiguous-date");
  }
  SECTION("a reference with no recognisable title is flagged") {
    auto result = extract::parse_reference("https://x.org");
    CHECK(result.notes.at(0).code == "no-title");
  }
}

TEST_CASE("extract::parse_reference types") {
  struct Row {
    const char* text;
    const char* type;
  };
  const Row rows[] = {
      {"J. Doe. “Title.” The New York Times. (2001)", "article-newspaper"},
      {"J. Doe. Book. (London: Verso, 2001)", "book"},
      {"World Bank. Kosovo Report. (Washington, DC: World Bank, 2019)", "report"},
      {"UN Security Council. Resolution 1244. (UN, 1999)", "legislation"},
      {"NATO. About us. (NATO, 2020) Available at: https://nato.int", "webpage"},
      {"J. Doe. “Article.” Journal of Things 4(2). (2001)", "article-journal"},
      {"J. Doe. Stones. PhD thesis. (Oxford: University of Oxford, 2001)", "thesis"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(parsed(row.text)["type"] == row.type);
  }
}

TEST_CASE("extract::parse_reference structure the labeller may miss") {
  SECTION("a one-word title before a bracketed publication statement") {
    auto item = parsed("NATO. Page. (NATO, 2020) Available at: http://127.0.0.1:9/a (Accessed 24/11/2020)");
    CHECK(item["title"] == "Page");
    CHECK(item["publisher"] == "NATO");
  }
  SECTION("an organisation before a bracketed year is the author") {
    auto item = parsed("UN Security Council (1999). Resolution 1244. UN. Retrieved 24 November 2020.");
    CHECK(item["author"] == json::parse(R"([{"literal":"UN Security Council"}])"));
    CHECK(item["title"] == "Resolution 1244");
    CHECK(item["container-title"] == "UN");
  }
  SECTION("a quoted title ends at its closing quotation") {
    auto item = parsed("Fenland Trust. “Survey results 2019.” The Trust’s results page (Accessed 3 March 2020)");
    CHECK(item["title"] == "Survey results 2019");
    CHECK(item["container-title"] == "The Trust’s results page");
  }
  SECTION("the number before a bracketed year is the page when no pages were found") {
    auto item = parsed("A. Lecas, J. Levisalles. Tetrahedron Lett. 25, 1563 (1984).");
    CHECK(item["page"] == "1563");
    CHECK(item["issued"] == json::parse(R"({"date-parts":[[1984]]})"));
  }
  SECTION("names before a colon are the authors, the title follows it (DIN 1505)") {
    auto item = parsed("Richmond, Oliver P. ; Franks, Jason: Liberal Peace Transitions: Between Statebuilding and "
                       "Peacebuilding. Edinburgh : Edinburgh University Press, 2011");
    CHECK(item["author"] == json::parse(R"([{"family":"Richmond","given":"Oliver P."},{"family":"Franks","given":"Jason"}])"));
    CHECK(item["title"] == "Liberal Peace Transitions: Between Statebuilding and Peacebuilding");
  }
  SECTION("a bracketed report number is the genre and number, not the title's end") {
    struct Row {
      const char* text;
      const char* title;
      const char* genre;
      const char* number;
    };
    const Row rows[] = {
        {"International Crisis Group. (2012). Setting Kosovo Free: Remaining Challenges (Europe Report No. 218). "
         "International Crisis Group.",
         "Setting Kosovo Free: Remaining Challenges", "Europe Report", "218"},
        {"Ahtisaari, Martti: Comprehensive Proposal for the Kosovo Status Settlement ( Nr. S/2007/168/Add.1). New York "
         ": United Nations, 2007",
         "Comprehensive Proposal for the Kosovo Status Settlement", "", "S/2007/168/Add.1"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.text);
      auto item = parsed(row.text);
      CHECK(item["title"] == row.title);
      CHECK(item.value("genre", "") == row.genre);
      CHECK(item["number"] == row.number);
    }
  }
  SECTION("names end at their last initial or at an editor's role word, and the title begins") {
    struct Row {
      const char* text;
      const char* title;
    };
    const Row rows[] = {
        {"Mertus, Julie A. Kosovo: How Myths and Truths Started a War. Berkeley: University of California Press, 1999.",
         "Kosovo: How Myths and Truths Started a War"},
        {"Hehir, Aidan, ed. Kosovo, Intervention and Statebuilding: The International Community. Abingdon: Routledge, "
         "2010.",
         "Kosovo, Intervention and Statebuilding: The International Community"},
        {"A. Hehir, Ed., Kosovo, Intervention and Statebuilding. Abingdon: Routledge, 2010.",
         "Kosovo, Intervention and Statebuilding"},
        {"HEHIR, A. (ED.). Kosovo, Intervention and Statebuilding. Abingdon: Routledge, 2010.",
         "Kosovo, Intervention and Statebuilding"},
        {"Hehir A, editor. Kosovo, Intervention and Statebuilding. Abingdon: Routledge; 2010.",
         "Kosovo, Intervention and Statebuilding"},
        {"F. Bieber and Ž. Daskalovski, Eds., Understanding the War in Kosovo. London: Frank Cass, 2003.",
         "Understanding the War in Kosovo"},
        // A given name after the initial stays the author's.
        {"Grady, J. Lee. 2010. The Holy Spirit Is Not For Sale. Grand Rapids, MI: Chosen, 2010.",
         "The Holy Spirit Is Not For Sale"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.text);
      CHECK(parsed(row.text)["title"] == row.title);
    }
  }
  SECTION("the sentence before \"YEAR;\" is the journal in the NLM order") {
    auto item = parsed("Yannis A. The UN as Government in Kosovo. Global Governance. 2004;10(1):67–81.");
    CHECK(item["title"] == "The UN as Government in Kosovo");
    CHECK(item["container-title"] == "Global Governance");
    CHECK(item["volume"] == "10");
  }
  SECTION("\"In:\" and a lowercase \"in\" after a full stop end the title") {
    struct Row {
      const char* text;
      const char* title;
    };
    const Row rows[] = {
        {"Clark, Howard. 2003. The Limits of Prudence. In: Understanding the War in Kosovo, hg. von Florian Bieber und "
         "Židas Daskalovski, 77–101. London: Frank Cass.",
         "The Limits of Prudence"},
        {"Clark, H. The Limits of Prudence. in Understanding the War in Kosovo (eds. Bieber, F. & Daskalovski, Ž.) "
         "77–101 (Frank Cass, 2003).",
         "The Limits of Prudence"},
        // A title may open with "In"; an abbreviation's stop ends no sentence.
        {"Horwitz, M. (1997). In Memoriam: William J. Brennan, Jr. Harvard Law Review, 111(1), 1-50.",
         "In Memoriam: William J. Brennan, Jr."},
    };
    for (const auto& row : rows) {
      CAPTURE(row.text);
      CHECK(parsed(row.text)["title"] == row.title);
    }
  }
  SECTION("a medium after a title is the item's medium") {
    auto item = parsed("World Bank. Kosovo Country Economic Memorandum: Raising Productivity [Internet]. Washington, DC: "
                       "World Bank; 2018. Available from: https://openknowledge.worldbank.org/handle/10986/30061");
    CHECK(item["title"] == "Kosovo Country Economic Memorandum: Raising Productivity");
    CHECK(item["medium"] == "Internet");
  }
  SECTION("a description in square brackets after a title is the genre; a translated title stays") {
    struct Row {
      const char* text;
      const char* title;
      const char* genre;
    };
    const Row rows[] = {
        {"International Court of Justice. (2010). Accordance with International Law of the Unilateral Declaration of "
         "Independence in Respect of Kosovo [Advisory Opinion]. ICJ.",
         "Accordance with International Law of the Unilateral Declaration of Independence in Respect of Kosovo",
         "Advisory Opinion"},
        {"Müller, H. (2001). Sprache und Politik [Language and politics]. Berlin: Verlag.",
         "Sprache und Politik [Language and politics]", ""},
    };
    for (const auto& row : rows) {
      CAPTURE(row.text);
      auto item = parsed(row.text);
      CHECK(item["title"] == row.title);
      CHECK(item.value("genre", "") == row.genre);
    }
  }
  SECTION("a document's symbol after a title is its number") {
    auto item = parsed("Ahtisaari, M. (2007) Comprehensive Proposal for the Kosovo Status Settlement. S/2007/168/Add.1. "
                       "New York: United Nations.");
    CHECK(item["title"] == "Comprehensive Proposal for the Kosovo Status Settlement");
    CHECK(item["number"] == "S/2007/168/Add.1");
    CHECK_FALSE(item.contains("genre"));
  }
  SECTION("a bracketed \"no date\" is the date, not the title's start") {
    auto item = parsed("Hoxha, A. (no date) ‘Notes on the Parallel Education System’. Prishtina.");
    CHECK(item["title"] == "Notes on the Parallel Education System");
    CHECK(item["issued"]["literal"] == "no date");
  }
  SECTION("a quotation closing on a comma inside a title; a site's acronym after a comma") {
    auto pula = parsed("Pula B. The Emergence of the Kosovo “Parallel State,” 1988-1992. Nationalities Papers. "
                       "2004;32(4):797–826.");
    CHECK(pula["title"] == "The Emergence of the Kosovo “Parallel State,” 1988-1992");
    CHECK(pula["issued"]["date-parts"][0][0] == 2004);
    auto osce = parsed("Organization for Security and Co-operation in Europe (2020) Mission in Kosovo: Mandate, OSCE. "
                       "Available at: https://www.osce.org/mission-in-kosovo/mandate (Accessed: 24 November 2020).");
    CHECK(osce["title"] == "Mission in Kosovo: Mandate");
    CHECK(osce["container-title"] == "OSCE");
    // Roman numerals after a comma are volumes, not a body.
    CHECK(parsed("ŠMAHEL, František, Husitská revoluce, I-IV, 2. vyd., Praha 1995-1996.").value("container-title", "") == "");
  }
  SECTION("a journal the pages follow; a day and month before the year; ABNT's capitals before initials") {
    auto king = parsed("King, I. & Mason, W. Kosovo’s Frozen Conflict. Foreign Policy 34–39 (2006).");
    CHECK(king["title"] == "Kosovo’s Frozen Conflict");
    CHECK(king["container-title"] == "Foreign Policy");
    auto resolution = parsed("UNITED NATIONS SECURITY COUNCIL. Resolution 1244 on the Situation Relating to Kosovo., "
                             "10 jun. 1999. Disponível em: <http://unscr.com/en/resolutions/1244>");
    CHECK(resolution["title"] == "Resolution 1244 on the Situation Relating to Kosovo");
    CHECK(resolution["issued"] == json::parse(R"({"date-parts":[[1999,6,10]]})"));
    auto mertus = parsed("MERTUS, J. A. Kosovo: How Myths and Truths Started a War. Berkeley: University of California "
                         "Press, 1999.");
    CHECK(mertus["title"] == "Kosovo: How Myths and Truths Started a War");
    // One word before the numbers is no journal's name.
    CHECK(parsed("Ressources naturelles canada (2001). Encouragement à la production d’énergie éolienne. 1 000 "
                 "mégawatts sur cinq ans. Conditions, 23 p.")
              .value("container-title", "") == "");
  }
  SECTION("an anonymous work's opening words are its title, not an author") {
    struct Row {
      const char* text;
      const char* title;
    };
    const Row rows[] = {
        {"Origins of UNOSEK. Disponível em: <https://www.unosek.org/origins-of-unosek/>. Acesso em: 24 nov. 2020.",
         "Origins of UNOSEK"},
        {"Origins of UNOSEK. (2020). UNOSEK. https://www.unosek.org/origins-of-unosek/", "Origins of UNOSEK"},
        {"Origins of UNOSEK (2020) UNOSEK. Available at: https://www.unosek.org/origins-of-unosek/ (Accessed: 24 "
         "November 2020).",
         "Origins of UNOSEK"},
        {"Origins of UNOSEK [Internet]. UNOSEK. 2020 [cited 2020 Nov 24]. Available from: "
         "https://www.unosek.org/origins-of-unosek/",
         "Origins of UNOSEK"},
        {"Origins of UNOSEK. UNOSEK https://www.unosek.org/origins-of-unosek/ (2020).", "Origins of UNOSEK"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.text);
      auto item = parsed(row.text);
      CHECK(item["title"] == row.title);
      CHECK_FALSE(item.contains("author"));
    }
    // Persons and bodies stay authors.
    CHECK(parsed("I. Belolaptikov et al. Astropart. Phys. 7 (1997) 263.").contains("author"));
    CHECK(parsed("World Bank. Kosovo Country Economic Memorandum. Washington, DC: World Bank; 2018.")["author"] ==
          json::parse(R"([{"literal":"World Bank"}])"));
  }
  SECTION("the URL's lead-in goes with it in other languages") {
    auto item = parsed("EULEX. About EULEX. Disponível em: <https://www.eulex-kosovo.eu/?page=2,60>. Acesso em: 24 nov. 2020.");
    CHECK(item["title"] == "About EULEX");
    CHECK(item["URL"] == "https://www.eulex-kosovo.eu/?page=2,60");
    CHECK(item["accessed"] == json::parse(R"({"date-parts":[[2020,11,24]]})"));
  }
  SECTION("a reference that is only words is its own title") {
    CHECK(parsed("A draft note that the text never cites.")["title"] == "A draft note that the text never cites");
  }
}
