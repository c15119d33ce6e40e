#include "tests/export/fixtures.hpp"

#include <stdexcept>

namespace citekit::test {

Name person(std::string given, std::string family) {
  Name name;
  name.given = std::move(given);
  name.family = std::move(family);
  return name;
}

Name organisation(std::string literal) {
  Name name;
  name.literal = std::move(literal);
  return name;
}

Date year_date(int year) { return Date{{{year, 0, 0}}, 0, false, ""}; }

Date day_date(int year, int month, int day) { return Date{{{year, month, day}}, 0, false, ""}; }

namespace {

Work work(std::string id, std::string type, std::vector<std::size_t> notes) {
  Work w;
  w.item.id = std::move(id);
  w.item.type = std::move(type);
  w.notes = std::move(notes);
  return w;
}

// A web page by an organisation, as the case study cites them:
// "NATO. NATO’s role in Kosovo. (NATO, 2020) Available at: URL (Accessed 24/11/2020)".
Work organisation_page(std::string id, std::string author, std::string title, std::string publisher,
                       std::string url, std::vector<std::size_t> notes) {
  Work w = work(std::move(id), "webpage", std::move(notes));
  w.item.names["author"] = {organisation(std::move(author))};
  w.item.set("title", std::move(title));
  w.item.set("publisher", std::move(publisher));
  w.item.set("URL", std::move(url));
  w.item.dates["issued"] = year_date(2020);
  w.item.dates["accessed"] = day_date(2020, 11, 24);
  return w;
}

Name with_particles(Name name, std::string dropping, std::string non_dropping, std::string suffix) {
  name.dropping_particle = std::move(dropping);
  name.non_dropping_particle = std::move(non_dropping);
  name.suffix = std::move(suffix);
  return name;
}

}  // namespace

std::vector<Work> case_study_works() {
  std::vector<Work> works;

  Work guardian = work("wintour1999why", "article-newspaper", {0});
  guardian.item.names["author"] = {person("Patrick", "Wintour"), person("Ian", "Traynor"), person("Ed", "Vulliamy")};
  guardian.item.set("title", "Why Milosevic blinked first");
  guardian.item.set("container-title", "The Guardian");
  guardian.item.set("URL", "https://www.theguardian.com/world/1999/jun/06/balkans");
  guardian.item.dates["issued"] = year_date(1999);
  guardian.item.dates["accessed"] = day_date(2020, 11, 23);
  works.push_back(guardian);

  works.push_back(organisation_page("nato2020natos", "NATO", "NATO’s role in Kosovo", "NATO",
                                    "https://www.nato.int/cps/en/natolive/topics_48818.htm", {1, 5}));

  Work resolution = work("unsecuritycouncil1999resolution", "legislation", {2});
  resolution.item.names["author"] = {organisation("UN Security Council")};
  resolution.item.set("title", "Resolution 1244");
  resolution.item.set("publisher", "UN");
  resolution.item.set("URL", "http://unscr.com/en/resolutions/1244");
  resolution.item.dates["issued"] = year_date(1999);
  resolution.item.dates["accessed"] = day_date(2020, 11, 24);
  works.push_back(resolution);

  Work book = work("everts2020peacekeeping", "book", {3});
  book.item.names["author"] = {person("Daan W.", "Everts")};
  book.item.set("title",
                "Peacekeeping in Albania and Kosovo: Conflict Response and International Intervention in the "
                "Western Balkans, 1997-2002");
  book.item.set("publisher-place", "London");
  book.item.set("publisher", "I.B. Tauris");
  book.item.set("page", "198-199");
  book.item.dates["issued"] = year_date(2020);
  works.push_back(book);

  works.push_back(organisation_page("osce2020osce", "OSCE", "OSCE Mission in Kosovo: Mandate", "OSCE",
                                    "https://www.osce.org/mission-in-kosovo/mandate", {4}));

  Work report = work("brand2003development", "report", {4});
  report.item.names["author"] = {person("Marcus", "Brand")};
  report.item.set("title",
                  "The Development of Kosovo Institutions and the Transition of Authority from UNMIK to Local "
                  "Self-Government");
  report.item.set("publisher-place", "Geneva");
  report.item.set("publisher", "Centre for Applied Studies in International Negotiations");
  report.item.set("page", "10");
  report.item.dates["issued"] = year_date(2003);
  works.push_back(report);

  works.push_back(organisation_page("eulex2020about", "EULEX", "About EULEX", "EU",
                                    "https://www.eulex-kosovo.eu/?page=2,60", {6}));
  works.push_back(organisation_page("unosek2020origins", "UNOSEK", "Origins of UNOSEK", "UNOSEK",
                                    "https://www.unosek.org/origins-of-unosek/", {7}));
  return works;
}

std::vector<Work> pitfall_works() {
  std::vector<Work> works;

  Work speeches = work("milosevic1999speeches", "book", {0});
  speeches.item.names["author"] = {person("Slobodan", "Milošević")};
  speeches.item.set("title", "Speeches on Kosovo");
  speeches.item.set("publisher-place", "Beograd");
  speeches.item.set("publisher", "Službeni glasnik");
  speeches.item.dates["issued"] = year_date(1999);
  works.push_back(speeches);

  Work article = work("simic2019trust", "article-journal", {1});
  article.item.names["author"] = {person("Ivana", "Šimić"), person("Jürgen", "Groß"), person("Søren", "Østergaard")};
  article.item.set("title", "Trust in Post-War Institutions: Evidence from Kosovo");
  article.item.set("container-title", "Journal of Intervention and Statebuilding");
  article.item.set("volume", "13");
  article.item.set("issue", "2");
  article.item.set("page", "145–167");
  article.item.set("DOI", "10.1080/17502977.2019.1586155");
  article.item.set("ISSN", "1750-2977");
  article.item.dates["issued"] = day_date(2019, 5, 14);
  works.push_back(article);

  Work budget = work("kosovofoundationopensoci2021budgets", "report", {2});
  budget.item.names["author"] = {organisation("Kosovo Foundation for Open Society")};
  budget.item.set("title", "Budgets & Priorities: 50% Cuts, #1 Risk, $5 Million for the Rule_of_Law Fund");
  budget.item.set("publisher", "KFOS");
  budget.item.set("genre", "Policy brief");
  budget.item.set("number", "7");
  budget.item.set("URL", "https://kfos.org/reports?id=7&lang=en#top");
  budget.item.dates["issued"] = year_date(2021);
  works.push_back(budget);

  Work osce = work("organizationsecuritycoop2021kosovo", "webpage", {3});
  osce.item.names["author"] = {organisation("Organization for Security and Co-operation in Europe")};
  osce.item.set("title", "Kosovo and the OSCE");
  osce.item.set("container-title", "OSCE Website");
  osce.item.set("URL", "https://www.osce.org/kosovo");
  osce.item.dates["issued"] = year_date(2021);
  osce.item.dates["accessed"] = day_date(2021, 3, 1);
  works.push_back(osce);

  Work chapter = work("gaulle1970renewal", "chapter", {4});
  chapter.item.names["author"] = {with_particles(person("Charles", "Gaulle"), "de", "", "")};
  chapter.item.names["editor"] = {with_particles(person("Ludwig", "Beethoven"), "", "van", ""),
                                  with_particles(person("Martin Luther", "King"), "", "", "Jr.")};
  chapter.item.set("title", "Renewal");
  chapter.item.set("container-title", "Memoirs of Hope and Other Essays");
  chapter.item.set("publisher-place", "Paris");
  chapter.item.set("publisher", "Plon");
  chapter.item.set("page", "12-34");
  chapter.item.dates["issued"] = year_date(1970);
  works.push_back(chapter);

  Work first = work("smith2020kosovoa", "book", {5});
  first.item.names["author"] = {person("Adam", "Smith")};
  first.item.set("title", "Kosovo: State and Society");
  first.item.set("publisher", "Routledge");
  first.item.set("ISBN", "978-0-00-000000-2");
  first.item.set("edition", "2");
  first.item.dates["issued"] = year_date(2020);
  works.push_back(first);

  Work second = work("smith2020kosovob", "thesis", {6});
  second.item.names["author"] = {person("Adam", "Smith")};
  second.item.set("title", "Kosovo in Transition");
  second.item.set("genre", "PhD thesis");
  second.item.set("publisher", "University of Oxford");
  second.item.dates["issued"] = year_date(2020);
  works.push_back(second);

  Work un_report = work("unitednationssecuritycou1999report", "report", {7});
  un_report.item.names["author"] = {organisation("United Nations Security Council")};
  un_report.item.set("title",
                     "Report of the Secretary-General on the United Nations Interim Administration Mission in Kosovo");
  un_report.item.set("number", "S/1999/779");
  un_report.item.set("genre", "UN document");
  un_report.item.set("publisher", "United Nations");
  un_report.item.set("publisher-place", "New York");
  un_report.item.set("URL", "https://undocs.org/S/1999/779");
  un_report.item.dates["issued"] = day_date(1999, 7, 12);
  un_report.item.dates["accessed"] = day_date(2021, 2, 10);
  works.push_back(un_report);

  Work news = work("krasniqi2013brussels", "article-newspaper", {8});
  news.item.names["author"] = {person("Gëzim", "Krasniqi"), person("Jelena", "Đorđević")};
  news.item.set("title", "Brussels Agreement: 10% of the Way to Normalisation?");
  news.item.set("container-title", "Balkan Insight");
  news.item.set("URL", "https://balkaninsight.com/2013/04/22/kosovo_serbia-deal/?utm_source=rss&utm_medium=feed%20x");
  news.item.dates["issued"] = day_date(2013, 4, 22);
  news.item.dates["accessed"] = day_date(2020, 11, 25);
  works.push_back(news);

  Work joint = work("amnestyinternationalhuma2019kosovo", "webpage", {9});
  joint.item.names["author"] = {organisation("Amnesty International & Human Rights Watch")};
  joint.item.set("title", "Kosovo: Missing Persons Still Missing");
  joint.item.set("container-title", "Joint Statements");
  joint.item.set("URL", "https://www.example.org/~statements/kosovo_missing#2019");
  joint.item.dates["issued"] = day_date(2019, 8, 30);
  joint.item.dates["accessed"] = day_date(2021, 1, 5);
  works.push_back(joint);

  Work unedited = work("judah2000kosovos", "chapter", {10});
  unedited.item.names["author"] = {person("Tim", "Judah")};
  unedited.item.set("title", "Kosovo’s Road to War");
  unedited.item.set("container-title", "Kosovo: War and Revenge");
  unedited.item.set("publisher", "Yale University Press");
  unedited.item.set("publisher-place", "New Haven");
  unedited.item.set("page", "45-67");
  unedited.item.set("ISBN", "978-0-00-000000-3");  // a mistyped check digit
  unedited.item.dates["issued"] = year_date(2000);
  works.push_back(unedited);

  Work edited = work("weller2008contested", "book", {11});
  edited.item.names["editor"] = {person("Marc", "Weller"), person("Stefan", "Wolff")};
  edited.item.set("title", "Contested Statehood: Kosovo’s Struggle for Independence");
  edited.item.set("publisher", "Oxford University Press");
  edited.item.set("publisher-place", "Oxford");
  edited.item.dates["issued"] = year_date(2008);
  works.push_back(edited);

  return works;
}

std::vector<Work> edge_case_works() {
  std::vector<Work> works;

  Work report = work("2020:report", "report", {0});
  report.item.names["author"] = {organisation("Ministry of Foreign Affairs, Kosovo")};
  report.item.names["reviewer"] = {person("Rita", "Review")};
  report.item.set("title", "Annual\x01 report\nwith a line break");
  report.item.set("number", "2020/7");
  report.item.set("page", "3, 7-9");
  report.item.set("zotero-key", "ABCD1234");
  report.item.set("URL", "https://example.org/annual report \"2020\".pdf?cut=50%off#a#b");
  report.item.dates["issued"] = Date{{{2001, 0, 0}, {2003, 0, 0}}, 0, false, ""};
  works.push_back(report);

  Work film = work("circa1850film", "film", {1});
  film.item.names["original-author"] = {person("Ana", "Old")};
  film.item.set("title", "A film of spring");
  film.item.dates["issued"] = Date{{{2019, 0, 0}}, 2, false, ""};
  film.item.dates["original-date"] = Date{{{1850, 0, 0}}, 0, true, ""};
  works.push_back(film);

  Work forthcoming = work("anonndforthcoming", "article-journal", {2});
  forthcoming.item.set("title", "Forthcoming work");
  forthcoming.item.set("container-title", "Journal");
  forthcoming.item.dates["issued"] = Date{{}, 0, false, "forthcoming"};
  works.push_back(forthcoming);

  works.push_back(work("anonndempty", "book", {3}));
  return works;
}

const Work& work_with_key(const std::vector<Work>& works, const std::string& id) {
  for (const auto& w : works)
    if (w.item.id == id) return w;
  throw std::out_of_range("no work with key " + id);
}

}  // namespace citekit::test
