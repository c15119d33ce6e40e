#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

using namespace citekit;
using extract::parsing::Label;

namespace {

std::string names(const Reference& item, const char* role) {
  auto it = item.names.find(role);
  if (it == item.names.end()) return "";
  std::string out;
  for (const auto& n : it->second) out += (out.empty() ? "" : " | ") + (n.is_organisation() ? "{" + n.literal + "}" : n.family + ", " + n.given);
  return out;
}

}  // namespace

TEST_CASE("extract::parsing::normalize_names") {
  struct Row {
    Label label;
    const char* span;
    const char* role;
    const char* names;
  };
  const Row rows[] = {
      {Label::author, "Wintour, P., Traynor, I., & Vulliamy, E.", "author", "Wintour, P. | Traynor, I. | Vulliamy, E."},
      {Label::editor, "In J. J. Berman (Ed.),", "editor", "Berman, J. J."},
      {Label::editor, "In: Heinzel, F. / Prengel, A. (Hrsg.):", "editor", "Heinzel, F. | Prengel, A."},
      {Label::editor, "in Irene Tinker (ed.)", "editor", "Tinker, Irene"},
      {Label::editor, "R. Harrison, A. Clark, and S. Byrne, eds.", "editor", "Harrison, R. | Clark, A. | Byrne, S."},
      {Label::editor, "Edited by Elmar Holenstein.", "editor", "Holenstein, Elmar"},
      {Label::editor, "In C. B. Jones, R. C. Shaw, and T. Denvir, editors,", "editor", "Jones, C. B. | Shaw, R. C. | Denvir, T."},
      {Label::editor, "dans Nicole Aubert et Claudine Haroche (dir.),", "editor", "Aubert, Nicole | Haroche, Claudine"},
      {Label::translator, "Trans. Richard Howard.", "translator", "Howard, Richard"},
      {Label::translator, "Translated by E. B. Ashton.", "translator", "Ashton, E. B."},
      {Label::translator, "(D.F. Krell, Trans.).", "translator", "Krell, D.F."},
      {Label::collaboration, "ATLAS Collaboration", "author", "{ATLAS Collaboration}"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.span);
    auto ws = test::labelled({{row.label, row.span}});
    extract::parsing::normalize_names(*ws);
    CHECK(names(ws->item(), row.role) == row.names);
  }
}
