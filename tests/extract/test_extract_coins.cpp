#include "extract/readers/coins.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

std::string names(const Reference& item) {
  std::string out;
  auto found = item.names.find("author");
  if (found == item.names.end()) return out;
  for (const Name& name : found->second) {
    if (!out.empty()) out += "; ";
    out += name.is_organisation() ? "{" + name.literal + "}" : name.family + ", " + name.given;
  }
  return out;
}

}  // namespace

// COinS as Wikipedia's citation templates (and other sites) write them.
TEST_CASE("extract::read_coins") {
  struct Row {
    const char* scenario;
    std::string kev;
    std::string type, title, container, authors, issued, url, extra;  // extra: "variable=value"
  };
  const Row rows[] = {
      {"cite web: a page with a publisher",
       "ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=unknown&rft.btitle=NATO%27s+"
       "role+in+Kosovo&rft.pub=NATO&rft.date=2020&rft_id=https%3A%2F%2Fwww.nato.int%2Fcps%2Fen%2Fnatolive%2Ftopics_"
       "48818.htm&rfr_id=info%3Asid%2Fen.wikipedia.org%3AKosovo+Force",
       "webpage", "NATO's role in Kosovo", "", "", "2020", "https://www.nato.int/cps/en/natolive/topics_48818.htm",
       "publisher=NATO"},
      {"cite book: first author in aulast/aufirst, repeated in au, a second author",
       "ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=book&rft.btitle=Peace+at+Any+"
       "Price%3A+How+the+World+Failed+Kosovo&rft.place=Ithaca&rft.pub=Cornell+University+Press&rft.date=2006&rft.isbn="
       "978-0-8014-4539-2&rft.aulast=King&rft.aufirst=Iain&rft.au=King%2C+Iain&rft.au=Mason%2C+Whit",
       "book", "Peace at Any Price: How the World Failed Kosovo", "", "King, Iain; Mason, Whit", "2006", "",
       "ISBN=978-0-8014-4539-2"},
      {"cite journal: article, journal, volume, issue, pages, DOI",
       "ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&rft.genre=article&rft.jtitle=Nationali"
       "ties+Papers&rft.atitle=The+Emergence+of+the+Kosovo+%22Parallel+State%22%2C+1988%E2%80%931992&rft.volume=32&rft"
       ".issue=4&rft.pages=797-826&rft.date=2004-12&rft_id=info%3Adoi%2F10.1080%2F0090599042000296131&rft.aulast=Pula"
       "&rft.aufirst=Besnik",
       "article-journal", "The Emergence of the Kosovo \"Parallel State\", 1988–1992", "Nationalities Papers",
       "Pula, Besnik", "2004-12", "", "DOI=10.1080/0090599042000296131"},
      {"cite book with a chapter",
       "ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=bookitem&rft.atitle=The+Politics"
       "+of+Local+Ownership&rft.btitle=Peacebuilding+and+International+Administration&rft.pages=120-141&rft.pub=Routled"
       "ge&rft.date=2014&rft.aulast=Visoka&rft.aufirst=G%C3%ABzim",
       "chapter", "The Politics of Local Ownership", "Peacebuilding and International Administration", "Visoka, Gëzim",
       "2014", "", "page=120-141"},
      {"an author written as one literal", 
       "ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=unknown&rft.btitle=Canada+Post+"
       "-+Find+a+Postal+Code&rft.au=Canada+Post&rft_id=https%3A%2F%2Fwww.canadapost.ca%2F",
       "webpage", "Canada Post - Find a Postal Code", "", "{Canada Post}", "", "https://www.canadapost.ca/", ""},
      {"Dublin Core",
       "ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rfr_id=info%3Asid%2Focoins.info%3Agenerator&"
       "rft.type=&rft.format=text&rft.title=Displaying+Recent+Exhibits&rft.source=Scholars+Lab&rft.date=2013-08-12&rft"
       ".identifier=http%3A%2F%2Fwww.scholarslab.org%2Fexhibits%2F",
       "webpage", "Displaying Recent Exhibits", "Scholars Lab", "", "2013-08-12", "http://www.scholarslab.org/exhibits/",
       ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.scenario);
    auto item = extract::read_coins(row.kev);
    REQUIRE(item);
    CHECK(item->origin == ItemOrigin::document);
    CHECK(item->type == row.type);
    CHECK(item->get("title") == row.title);
    CHECK(item->get("container-title") == row.container);
    CHECK(names(*item) == row.authors);
    CHECK((item->date("issued") ? item->date("issued")->iso() : "") == row.issued);
    CHECK(item->get("URL") == row.url);
    if (!row.extra.empty()) {
      auto equals = row.extra.find('=');
      CHECK(item->get(row.extra.substr(0, equals)) == row.extra.substr(equals + 1));
    }
  }
}

TEST_CASE("extract::read_coins: no title, no item; broken escapes kept") {
  CHECK_FALSE(extract::read_coins("ctx_ver=Z39.88-2004&rft.date=2020"));
  CHECK_FALSE(extract::read_coins(""));
  auto item = extract::read_coins("rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.btitle=100%+sure%2");
  REQUIRE(item);
  CHECK(item->get("title") == "100% sure%2");
}
