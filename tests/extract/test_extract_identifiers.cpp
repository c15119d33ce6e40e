#include "extract/parse/field_spans.hpp"
#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

using namespace citekit;
using extract::parsing::Constraint;
using extract::parsing::Label;

namespace {

// "label:text" for each constraint the rules find.
std::vector<std::string> found(std::string_view text) {
  std::vector<Constraint> constraints;
  extract::parsing::find_identifiers(text, constraints);
  std::vector<std::string> out;
  for (const auto& c : constraints)
    out.push_back(std::string(to_string(c.label)) + ":" + std::string(c.text(text)));
  return out;
}

}  // namespace

TEST_CASE("extract::parsing::find_identifiers") {
  using V = std::vector<std::string>;
  // A lead-in goes with its URL (the URL itself is what normalize_identifiers keeps).
  CHECK(found("Available at: <https://x.org/a_(b)>. Accessed") == V{"url:Available at: <https://x.org/a_(b)"});
  CHECK(found("Title. Retrieved from https://x.org/a") == V{"url:Retrieved from https://x.org/a"});
  CHECK(found("see www.example.com/page, 2001") == V{"url:www.example.com/page"});
  CHECK(found("J. Chem. 12, doi: 10.1000/xyz123.") == V{"doi:doi: 10.1000/xyz123"});
  CHECK(found("https://doi.org/10.1000/xyz") == V{});   // a resolver URL: the labeller decides
  CHECK(found("ISBN 978-1-85984-601-0.") == V{"identifier:ISBN 978-1-85984-601-0"});
  CHECK(found("PMID: 12345678; PMCID: PMC3537320") == V{"identifier:PMCID: PMC3537320", "identifier:PMID: 12345678"});
  CHECK(found("arXiv:1401.7788v2 [hep-lat]") == V{"identifier:arXiv:1401.7788v2"});
  CHECK(found("Vol. 10.5 of 12") == V{});
}

TEST_CASE("extract::parsing::normalize_identifiers") {
  struct Row {
    Label label;
    const char* span;
    const char* variable;
    const char* value;
  };
  const Row rows[] = {
      {Label::url, "Available at: https://www.nato.int/cps/en/natolive/topics_48818.htm.", "URL",
       "https://www.nato.int/cps/en/natolive/topics_48818.htm"},
      {Label::url, "<https://x.org/a>,", "URL", "https://x.org/a"},
      {Label::url, "(https://en.wikipedia.org/wiki/Kosovo_(region)).", "URL", "https://en.wikipedia.org/wiki/Kosovo_(region)"},
      {Label::url, "www.example.com/a”", "URL", "http://www.example.com/a"},
      {Label::url, "https://doi.org/10.1000/xyz123.", "DOI", "10.1000/xyz123"},
      {Label::doi, "doi:10.1177/0022343319.", "DOI", "10.1177/0022343319"},
      {Label::doi, "DOI: http://dx.doi.org/10.1198/tast.2010.09132", "DOI", "10.1198/tast.2010.09132"},
      // Addresses split by a line break or by text extraction come out whole, without the space.
      {Label::url, "http ://cern.ch/heed.", "URL", "http://cern.ch/heed"},
      {Label::url, "http://www.dca- project.eu/a.pdf", "URL", "http://www.dca-project.eu/a.pdf"},
      {Label::url, "http://dx.doi. org/10.1016/j.rse.2010.10.011.", "DOI", "10.1016/j.rse.2010.10.011"},
      {Label::doi, "doi: 10.1016/j. memsci.2011.11.020.", "DOI", "10.1016/j.memsci.2011.11.020"},
      {Label::doi, "doi: 10. 1101/gr.107854.110.", "DOI", "10.1101/gr.107854.110"},
      {Label::url, "http://dx.doi.org/ 10.1061/(ASCE)0733-9429(2002)128", "DOI", "10.1061/(ASCE)0733-9429(2002)128"},
      {Label::identifier, "ISBN: 0-19-852663-6", "ISBN", "0-19-852663-6"},
      {Label::identifier, "[ISBN: 978-90-247-2497-0]", "ISBN", "978-90-247-2497-0"},
      {Label::identifier, "ISSN 1942-9703", "ISSN", "1942-9703"},
      {Label::identifier, "PMID: 12345678.", "PMID", "12345678"},
      {Label::identifier, "[PMCID: PMC3537320].", "PMCID", "PMC3537320"},
      {Label::identifier, "arXiv: 1401.7788", "number", "arXiv: 1401.7788"},
      {Label::identifier, "arXiv:hep-th/9901001", "number", "arXiv:hep-th/9901001"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.span);
    auto ws = test::labelled({{row.label, row.span}});
    extract::parsing::normalize_identifiers(*ws);
    CHECK(ws->item().get(row.variable) == row.value);
  }
  SECTION("a URL span without a URL gives none") {
    auto ws = test::labelled({{Label::url, "Retrieved from"}});
    extract::parsing::normalize_identifiers(*ws);
    CHECK_FALSE(ws->item().has("URL"));
  }
}

TEST_CASE("extract::parsing::field_spans") {
  struct Row {
    Label label;
    const char* span;
    const char* field;
    const char* text;
  };
  const Row rows[] = {
      {Label::date, "(1999).", "date", "1999"},
      {Label::title, "“Why Milosevic blinked first.”", "title", "Why Milosevic blinked first"},
      {Label::title, "``Analyzing aliases of reference formal parameters'',", "title",
       "Analyzing aliases of reference formal parameters"},
      {Label::title, "Can subalterns speak?", "title", "Can subalterns speak?"},
      {Label::author, "Smith, J. A.,", "author", "Smith, J. A."},
      {Label::author, "Jones, K., et al.", "author", "Jones, K., et al."},
      {Label::place, "(London:", "place", "London"},
      {Label::date, "1982).", "date", "1982"},
      {Label::title, "Stones (and rocks)", "title", "Stones (and rocks)"},
      {Label::title, "(a) and (b)", "title", "(a) and (b)"},
      {Label::url, "URL: http://x.org/a.", "url", "http://x.org/a"},
      {Label::url, "Retrieved from", "note", "Retrieved from"},
      {Label::doi, "doi:10.1000/xyz.", "doi", "10.1000/xyz"},
      {Label::volume, "제25권,", "volume", "25"},
      {Label::issue, "第3期", "issue", "3"},
      {Label::issue, "總第221期,", "issue", "221"},
      {Label::issue, "통권제1호", "issue", "1"},
      {Label::issue, "第20號", "issue", "20"},
      {Label::container, "In: Proceedings of the Third Conference,", "container", "Proceedings of the Third Conference"},
      {Label::container, "in :Mécanique de la turbulence", "container", "Mécanique de la turbulence"},
      {Label::container, "', in Proc. TARK-88", "container", "Proc. TARK-88"},
      {Label::container, "Dans Revue historique,", "container", "Revue historique"},
      {Label::publisher, "published by George Thieme Verlag,", "publisher", "George Thieme Verlag"},
      {Label::publisher, "publié par Gallimard", "publisher", "Gallimard"},
      {Label::publisher, "Published Books Ltd", "publisher", "Published Books Ltd"},
      {Label::container, "Indian Journal of History", "container", "Indian Journal of History"},
      {Label::title, "In Search of Lost Time.", "title", "In Search of Lost Time"},
      {Label::title, "'Tis Pity,", "title", "'Tis Pity"},
      // GOST's ". — " between fields: the dash belongs to neither.
      {Label::title, "История Косово. —", "title", "История Косово"},
      {Label::pages, "— 320 с.", "pages", "320 с."},
      {Label::title, "War – and Peace", "title", "War – and Peace"},
      {Label::title, "1914–", "title", "1914–"},
      {Label::title, "Название статьи //", "title", "Название статьи"},
      {Label::container, "//Clinical neuroradiology.", "container", "Clinical neuroradiology"},
      {Label::title, "Stones at http://", "title", "Stones at http://"},   // a scheme's slashes stay
      {Label::author, ". NATO", "author", "NATO"},                        // the stop before the span
      // An opening mark after a space at the end opens the next span.
      {Label::author, "김흥규, '", "author", "김흥규"},
      {Label::author, "Smith, J. “", "author", "Smith, J."},
      {Label::author, "Smith, J. (", "author", "Smith, J."},
      {Label::title, "O'", "title", "O'"},
      {Label::title, "The Winter's Tale: Shakespeare'", "title", "The Winter's Tale: Shakespeare'"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.span);
    std::string text = row.span;
    auto spans = extract::parsing::field_spans(text, {{row.label, 0, static_cast<std::uint32_t>(text.size())}});
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].field == row.field);
    CHECK(spans[0].text == row.text);
  }
}
