#include "linkcheck/linkcheck.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

Citation citation(std::size_t note, std::size_t work, std::string url, int accessed_year = 0) {
  Citation c;
  c.raw.note = note;
  c.work = work;
  c.item.set("URL", std::move(url));
  if (accessed_year) c.item.dates["accessed"] = Date{{DateParts{accessed_year, 11, 23}}, 0, false, ""};
  return c;
}

Bibliography bibliography_with_notes(std::size_t count) {
  Bibliography bibliography;
  for (std::size_t i = 0; i < count; ++i) {
    Note note;
    note.id = "n" + std::to_string(i + 1);
    bibliography.document.notes.push_back(note);
  }
  return bibliography;
}

}  // namespace

TEST_CASE("linkcheck::requests_for", "[linkcheck]") {
  const std::string a = "https://a.example/report";
  const std::string b = "https://b.example/";

  SECTION("one request per distinct URL, in order of first citation") {
    auto bibliography = bibliography_with_notes(4);
    bibliography.works.resize(3);
    bibliography.citations = {
        citation(0, 0, b),
        citation(0, 1, a),
        citation(1, 0, "  " + b + "\n"),  // the same URL once trimmed
        citation(1, 0, b),                 // cited twice in one note: listed once
        citation(3, 1, a),
        citation(2, 2, ""),  // no URL: no request
    };
    auto requests = linkcheck::requests_for(bibliography);
    REQUIRE(requests.size() == 2);
    CHECK(requests[0].url == b);
    CHECK(requests[0].cited_in == std::vector<std::string>{"n1", "n2"});
    CHECK(requests[1].url == a);
    CHECK(requests[1].cited_in == std::vector<std::string>{"n1", "n4"});
  }

  SECTION("the access date comes from the first citation giving one") {
    auto bibliography = bibliography_with_notes(3);
    bibliography.works.resize(1);
    bibliography.citations = {citation(0, 0, a), citation(1, 0, a, 2020), citation(2, 0, a, 2021)};
    auto requests = linkcheck::requests_for(bibliography);
    REQUIRE(requests.size() == 1);
    REQUIRE(requests[0].accessed.has_value());
    CHECK(requests[0].accessed->iso() == "2020-11-23");
  }

  SECTION("a short form or ibid. without the URL counts for its work's URL") {
    auto bibliography = bibliography_with_notes(2);
    bibliography.works.resize(1);
    bibliography.works[0].item.set("URL", a);
    Citation ibid = citation(1, 0, "");
    ibid.form = CitationForm::ibid;
    bibliography.citations = {citation(0, 0, a), ibid};
    auto requests = linkcheck::requests_for(bibliography);
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].cited_in == std::vector<std::string>{"n1", "n2"});
    CHECK_FALSE(requests[0].accessed.has_value());
  }

  SECTION("what is wrong with an access date goes on the request, placed at its citation") {
    auto bibliography = bibliography_with_notes(2);
    bibliography.works.resize(2);
    Citation future = citation(0, 0, a, 2999);
    future.raw.note_id = "n1";
    Citation early = citation(1, 1, b, 2019);
    early.raw.note_id = "n2";
    early.raw.text = "OSCE. Mandate. (OSCE, 2020) Available at: https://b.example/ (Accessed 11/10/2019)";
    early.item.dates["issued"] = Date{{DateParts{2020, 0, 0}}, 0, false, ""};
    early.item.dates["accessed"] = Date{{DateParts{2019, 10, 11}}, 0, false, ""};
    bibliography.citations = {future, early};
    bibliography.date_order = DateOrder::unknown;
    auto requests = linkcheck::requests_for(bibliography);
    REQUIRE(requests.size() == 2);
    REQUIRE(requests[0].problems.size() == 1);
    CHECK(requests[0].problems[0].code == "access-date-in-future");
    CHECK(requests[0].problems[0].note == "n1");
    std::vector<std::string> codes;
    for (const auto& p : requests[1].problems) codes.push_back(p.code);
    CHECK(codes == std::vector<std::string>{"accessed-before-published", "ambiguous-access-date"});
    CHECK(requests[1].problems[1].message == "cannot tell day from month in the access date 11/10/2019 (read as 2019-10-11)");
  }

  SECTION("no citations, no requests") { CHECK(linkcheck::requests_for(Bibliography{}).empty()); }
}
