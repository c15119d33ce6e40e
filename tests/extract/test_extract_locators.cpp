#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

using namespace citekit;
using extract::parsing::Label;

TEST_CASE("extract::parsing::normalize_pages") {
  struct Row {
    const char* span;
    const char* page;
    bool locator;   // given with "p."/"pp.": the place cited when the work is a whole book
  };
  const Row rows[] = {
      {"45-67", "45-67", false},
      {"pp. 45–67.", "45-67", true},
      {"p.198-9", "198-199", true},
      {"p. 1203-15,", "1203-1215", true},
      {"S. 12–15", "12-15", true},
      {"pages 298-307,", "298-307", true},
      {"2428- 2430", "2428-2430", false},
      {"299--310", "299-310", false},
      {"e1002345", "e1002345", false},
      {"A62", "A62", false},
      {"xii-xv", "xii-xv", false},
      {"Pp. 17- 44.", "17-44", true},
  };
  for (const auto& row : rows) {
    CAPTURE(row.span);
    auto ws = test::labelled({{Label::pages, row.span}});
    extract::parsing::normalize_pages(*ws);
    CHECK(ws->item().get("page") == row.page);
    CHECK(ws->page_given_as_locator == row.locator);
  }
  SECTION("a book's length is not a page range") {
    for (const char* length : {"341 pp.", "341 p.;", "xii, 341 pages", "— 341 с.", "341 стр.", "341 págs.", "341 S."}) {
      CAPTURE(length);
      auto ws = test::labelled({{Label::pages, length}});
      extract::parsing::normalize_pages(*ws);
      CHECK_FALSE(ws->item().has("page"));
      CHECK(ws->item().get("number-of-pages") == "341");
    }
  }
}

TEST_CASE("extract::parsing::normalize_volume_issue") {
  struct Row {
    const char* volume;   // "" when the reference has none
    const char* issue;
    const char* expected_volume;
    const char* expected_issue;
  };
  const Row rows[] = {
      {"12", "", "12", ""},
      {"Vol. 12,", "", "12", ""},
      {"vol. 5,", "no. 2,", "5", "2"},
      {"第3卷", "第2期", "3", "2"},
      {"", "總第221期", "", "221"},
      {"제3권", "제2호", "3", "2"},
      {"27", "(Suppl. 1)", "27", "1"},
      {"XLV", "", "XLV", ""},
      {"Bd. 3", "H. 4", "3", "4"},
      {"v. 19,", "", "19", ""},
      {"80,", "no. 3–4", "80", "3-4"},
      {"", "Heft 7", "", "7"},
      {"103A", "", "103A", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.volume, row.issue);
    std::vector<std::pair<Label, std::string>> spans;
    if (*row.volume) spans.emplace_back(Label::volume, row.volume);
    if (*row.issue) spans.emplace_back(Label::issue, row.issue);
    auto ws = test::labelled(spans);
    extract::parsing::normalize_volume_issue(*ws);
    CHECK(ws->item().get("volume") == row.expected_volume);
    CHECK(ws->item().get("issue") == row.expected_issue);
  }
}
