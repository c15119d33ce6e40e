#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

using namespace citekit;
using extract::parsing::Label;

namespace {

// The CSL type decided from labelled spans (normalized first, as parse_reference does).
std::string type_of(const std::vector<std::pair<Label, std::string>>& spans) {
  auto ws = test::labelled(spans);
  extract::parsing::normalize_names(*ws);
  extract::parsing::normalize_titles(*ws);
  extract::parsing::normalize_publisher(*ws);
  extract::parsing::normalize_issued(*ws);
  extract::parsing::normalize_pages(*ws);
  extract::parsing::normalize_volume_issue(*ws);
  extract::parsing::normalize_identifiers(*ws);
  extract::parsing::normalize_notes(*ws);
  extract::parsing::decide_type(*ws);
  return ws->item().type;
}

}  // namespace

TEST_CASE("extract::parsing::decide_type") {
  using L = Label;
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    const char* type;
  };
  const std::vector<Row> rows = {
      {{{L::author, "Smith, J."}, {L::title, "Stones."}, {L::container, "Geology,"}, {L::volume, "12"}, {L::pages, "1-9"}},
       "article-journal"},
      {{{L::author, "Smith, J."}, {L::title, "Stones."}, {L::place, "London:"}, {L::publisher, "Verso,"}, {L::date, "2001"}},
       "book"},
      {{{L::author, "Smith, J."}, {L::title, "Stones."}, {L::editor, "In K. Jones (Ed.),"}, {L::container, "Rocks"},
        {L::pages, "(pp. 1-9)."}, {L::place, "London:"}, {L::publisher, "Verso."}},
       "chapter"},
      {{{L::author, "Smith, J."}, {L::title, "Stones."}, {L::container, "In Proceedings of the 5th Symposium on Rocks,"},
        {L::pages, "pp. 1-9"}},
       "paper-conference"},
      {{{L::author, "Smith, J."}, {L::title, "Stones."}, {L::genre, "PhD thesis,"}, {L::institution, "University of Oxford"}},
       "thesis"},
      {{{L::author, "Smith, J."}, {L::title, "Stones."}, {L::genre, "Technical Report TR-12,"}, {L::institution, "MIT"}},
       "report"},
      {{{L::author, "J. Doe."}, {L::title, "“Title.”"}, {L::container, "The New York Times."}, {L::date, "(2001)"}},
       "article-newspaper"},
      {{{L::author, "NATO."}, {L::title, "About us."}, {L::url, "https://nato.int"}}, "webpage"},
      {{{L::author, "UN Security Council."}, {L::title, "Resolution 1244."}, {L::publisher, "(UN,"}, {L::date, "1999)"}},
       "legislation"},
      {{{L::author, "World Bank."}, {L::title, "Kosovo Report."}, {L::place, "(Washington, DC:"}, {L::publisher, "World Bank,"}},
       "report"},
      {{{L::title, "Notes on stones."}}, "document"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.type);
    CHECK(type_of(row.spans) == row.type);
  }
}
