// The first real document, end to end through extraction.
#include "extract/extract.hpp"
#include "tests/catch.hpp"
#include "tests/support.hpp"

#include <sstream>

using namespace citekit;

TEST_CASE("extract::extract_file seed document") {
  std::istringstream none;
  auto bib = extract::extract_file(test::seed_document().string(), none);
  REQUIRE(bib);
  CHECK(bib->document.markers.size() == 8);
  CHECK(bib->document.notes.size() == 8);
  CHECK(bib->citations.size() == 9);
  CHECK(bib->works.size() == 8);
  CHECK_FALSE(has_errors(bib->problems));
  CHECK(bib->problems.empty());
  CHECK(bib->date_order == DateOrder::day_first);

  SECTION("note 5 holds two references") {
    CHECK(bib->citations[4].raw.note_id == "5");
    CHECK(bib->citations[5].raw.note_id == "5");
    CHECK(bib->citations[5].raw.index == 1);
  }
  SECTION("note 6 repeats note 2 in short form") {
    const Citation& six = bib->citations[6];
    CHECK(six.raw.note_id == "6");
    CHECK(six.form == CitationForm::short_form);
    CHECK(six.work == bib->citations[1].work);
    CHECK(bib->cited_in(bib->works[six.work]) == std::vector<std::string>{"2", "6"});
  }
  SECTION("every citation carries its work's key") {
    for (const auto& c : bib->citations) CHECK(c.item.id == bib->works[c.work].item.id);
  }
}
