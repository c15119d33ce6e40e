#include "export/formatted.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::string entry(const std::vector<Work>& works, const std::string& key, Style style, Markup markup = Markup::text) {
  return format_bibliography({test::work_with_key(works, key)}, style, markup);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("exporting::format_bibliography author-date") {
  const auto study = test::case_study_works();
  const auto pitfalls = test::pitfall_works();
  struct Row {
    const char* key;
    const char* expected;
  };
  const Row rows[] = {
      {"wintour1999why",
       "Wintour, P., Traynor, I. and Vulliamy, E. (1999) ‘Why Milosevic blinked first’, The Guardian. Available at: "
       "https://www.theguardian.com/world/1999/jun/06/balkans (Accessed: 23 November 2020).\n"},
      {"nato2020natos",
       "NATO (2020) NATO’s role in Kosovo. NATO. Available at: https://www.nato.int/cps/en/natolive/topics_48818.htm "
       "(Accessed: 24 November 2020).\n"},
      {"everts2020peacekeeping",
       "Everts, D.W. (2020) Peacekeeping in Albania and Kosovo: Conflict Response and International Intervention in "
       "the Western Balkans, 1997-2002. London: I.B. Tauris.\n"},
  };
  for (const auto& row : rows)
    SECTION(row.key) { CHECK(entry(study, row.key, Style::author_date) == row.expected); }
  SECTION("a journal article: volume(issue), pp. and the DOI as a link") {
    CHECK(entry(pitfalls, "simic2019trust", Style::author_date) ==
          "Šimić, I., Groß, J. and Østergaard, S. (2019) ‘Trust in Post-War Institutions: Evidence from Kosovo’, "
          "Journal of Intervention and Statebuilding, 13(2), pp. 145–167. "
          "https://doi.org/10.1080/17502977.2019.1586155.\n");
  }
  SECTION("a chapter: in editors (eds) Book. Place: Publisher, pp.") {
    CHECK(entry(pitfalls, "gaulle1970renewal", Style::author_date) ==
          "de Gaulle, C. (1970) ‘Renewal’, in van Beethoven, L. and King, M.L., Jr. (eds) Memoirs of Hope and Other "
          "Essays. Paris: Plon, pp. 12–34.\n");
  }
  SECTION("an edited book is listed under its editors") {
    CHECK(contains(entry(pitfalls, "weller2008contested", Style::author_date),
                   "Weller, M. and Wolff, S. (eds) (2008) Contested Statehood"));
  }
  SECTION("one author's two works of one year are 2020a and 2020b, listed by title") {
    std::string list = format_bibliography(pitfalls, Style::author_date, Markup::text);
    auto transition = list.find("Smith, A. (2020a) Kosovo in Transition.");
    auto society = list.find("Smith, A. (2020b) Kosovo: State and Society.");
    CHECK(transition != std::string::npos);
    CHECK(society != std::string::npos);
    CHECK(transition < society);
  }
  SECTION("works are listed by author, ignoring case and diacritics") {
    std::string list = format_bibliography(study, Style::author_date, Markup::text);
    CHECK(list.find("Brand, M.") < list.find("EULEX"));
    CHECK(list.find("UNOSEK") < list.find("Wintour"));
  }
}

TEST_CASE("exporting::format_bibliography notes") {
  const auto study = test::case_study_works();
  const auto pitfalls = test::pitfall_works();
  struct Row {
    const char* key;
    const char* expected;
  };
  const Row rows[] = {
      {"wintour1999why",
       "Wintour, Patrick, Ian Traynor, and Ed Vulliamy. “Why Milosevic blinked first.” The Guardian, 1999. Accessed "
       "November 23, 2020. https://www.theguardian.com/world/1999/jun/06/balkans.\n"},
      {"brand2003development",
       "Brand, Marcus. The Development of Kosovo Institutions and the Transition of Authority from UNMIK to Local "
       "Self-Government. Geneva: Centre for Applied Studies in International Negotiations, 2003.\n"},
  };
  for (const auto& row : rows)
    SECTION(row.key) { CHECK(entry(study, row.key, Style::notes) == row.expected); }
  SECTION("a journal article: Journal volume, no. issue (year): pages") {
    CHECK(entry(pitfalls, "simic2019trust", Style::notes) ==
          "Šimić, Ivana, Jürgen Groß, and Søren Østergaard. “Trust in Post-War Institutions: Evidence from Kosovo.” "
          "Journal of Intervention and Statebuilding 13, no. 2 (2019): 145–167. "
          "https://doi.org/10.1080/17502977.2019.1586155.\n");
  }
  SECTION("a chapter: In Book, edited by ..., pages. Place: Publisher, year") {
    CHECK(entry(pitfalls, "gaulle1970renewal", Style::notes) ==
          "de Gaulle, Charles. “Renewal.” In Memoirs of Hope and Other Essays, edited by Ludwig van Beethoven and "
          "Martin Luther King Jr., 12–34. Paris: Plon, 1970.\n");
  }
  SECTION("a title ending in a question mark takes no full stop") {
    CHECK(contains(entry(pitfalls, "krasniqi2013brussels", Style::notes),
                   "“Brussels Agreement: 10% of the Way to Normalisation?” Balkan Insight, April 22, 2013."));
  }
  SECTION("one author's works keep their plain year") {
    std::string list = format_bibliography(pitfalls, Style::notes, Markup::text);
    CHECK(contains(list, "Smith, Adam. Kosovo in Transition. PhD thesis. University of Oxford, 2020."));
  }
}

TEST_CASE("exporting::format_bibliography markups") {
  const auto pitfalls = test::pitfall_works();
  SECTION("HTML: a document with one entry per work, titles in italics, links, text escaped") {
    std::string html = format_bibliography({test::work_with_key(pitfalls, "kosovofoundationopensoci2021budgets")},
                                           Style::author_date, Markup::html);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"));
    CHECK(contains(html, "<div class=\"csl-entry\" id=\"kosovofoundationopensoci2021budgets\">Kosovo Foundation for "
                         "Open Society (2021) <i>Budgets &amp; Priorities: 50% Cuts, #1 Risk, $5 Million for the "
                         "Rule_of_Law Fund</i>. Policy brief 7. KFOS. Available at: <a "
                         "href=\"https://kfos.org/reports?id=7&amp;lang=en#top\">https://kfos.org/"
                         "reports?id=7&amp;lang=en#top</a>.</div>\n"));
    CHECK(html.ends_with("</div>\n</body>\n</html>\n"));
  }
  SECTION("HTML and Markdown: only web links are links") {
    Work work;
    work.item.id = "x";
    work.item.set("title", "T");
    work.item.set("URL", "javascript:alert(1)");
    std::string html = format_bibliography({work}, Style::notes, Markup::html);
    CHECK_FALSE(contains(html, "<a "));
    CHECK_FALSE(contains(format_bibliography({work}, Style::notes, Markup::markdown), "<javascript"));
  }
  SECTION("Markdown: italics with *, links as autolinks, specials escaped") {
    std::string md = entry(pitfalls, "kosovofoundationopensoci2021budgets", Style::notes, Markup::markdown);
    CHECK(md == "Kosovo Foundation for Open Society. *Budgets & Priorities: 50% Cuts, \\#1 Risk, $5 Million for the "
                "Rule\\_of\\_Law Fund*. Policy brief 7. KFOS, 2021. <https://kfos.org/reports?id=7&lang=en#top>.\n");
  }
  SECTION("entries are separated by a blank line in text and Markdown") {
    std::string text = format_bibliography(test::case_study_works(), Style::notes, Markup::text);
    CHECK(contains(text, ".\n\nEULEX."));
  }
  SECTION("no works give nothing") { CHECK(format_bibliography({}, Style::notes, Markup::text).empty()); }
}

TEST_CASE("exporting::format_bibliography with link results") {
  const auto study = test::case_study_works();
  LinkResults links;
  LinkReport broken;
  broken.url = "https://www.nato.int/cps/en/natolive/topics_48818.htm";
  broken.verdict = Verdict::broken;
  broken.status = 404;
  links.reports.push_back(broken);
  const Work& nato = test::work_with_key(study, "nato2020natos");
  const Work& everts = test::work_with_key(study, "everts2020peacekeeping");
  SECTION("each work with a checked URL shows its status") {
    std::string text = format_bibliography({nato, everts}, Style::author_date, Markup::text, &links);
    CHECK(contains(text, "(Accessed: 24 November 2020). [link: broken (404)]\n"));
    CHECK_FALSE(contains(text, "I.B. Tauris. [link"));
  }
  SECTION("in HTML and Markdown too") {
    CHECK(contains(format_bibliography({nato}, Style::notes, Markup::html, &links),
                   " <span class=\"link-status\">[link: broken (404)]</span></div>"));
    CHECK(contains(format_bibliography({nato}, Style::notes, Markup::markdown, &links), " \\[link: broken (404)\\]\n"));
  }
  SECTION("offline, links are unchecked rather than broken") {
    // When offline the checker reports every URL unchecked and says why.
    links.network_unreachable = true;
    links.reports.front().verdict = Verdict::unchecked;
    links.reports.front().status = 0;
    CHECK(contains(format_bibliography({nato}, Style::notes, Markup::text, &links),
                   "[link: unchecked (network unreachable)]"));
  }
  SECTION("without results, no status") {
    CHECK_FALSE(contains(format_bibliography({nato}, Style::notes, Markup::text), "[link"));
  }
}

TEST_CASE("exporting::style_from_string and markup_from_string") {
  CHECK(style_from_string("author-date") == Style::author_date);
  CHECK(style_from_string("Notes") == Style::notes);
  CHECK_FALSE(style_from_string("apa"));
  CHECK(markup_from_string("html") == Markup::html);
  CHECK(markup_from_string("markdown") == Markup::markdown);
  CHECK(markup_from_string("text") == Markup::text);
  CHECK_FALSE(markup_from_string("bibtex"));
  CHECK(to_string(Style::author_date) == "author-date");
  CHECK(to_string(Markup::markdown) == "markdown");
}
