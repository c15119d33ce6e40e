#include "extract/parse/labeller.hpp"
#include "extract/parse/model_data.hpp"
#include "tests/catch.hpp"

#include <algorithm>
#include <string>

using namespace citekit::extract::parsing;

namespace {

// "label:text" for each span of the built-in labeller's output.
std::vector<std::string> spans(std::string_view text, std::span<const Constraint> constraints = {}) {
  std::vector<std::string> out;
  for (const auto& span : builtin_labeller()->label(text, constraints))
    out.push_back(std::string(to_string(span.label)) + ":" + std::string(span.text(text)));
  return out;
}

}  // namespace

TEST_CASE("extract::parsing::builtin_labeller") {
  const auto& labeller = builtin_labeller();
  REQUIRE(labeller);
  CHECK(labeller->model().label_count() == kLabelCount);
  CHECK(labeller->model().feature_count() > 10000);
  CHECK(embedded_model_bytes().size() < 8 * 1024 * 1024);   // compact enough to compile in
}

TEST_CASE("extract::parsing::Labeller::label") {
  using V = std::vector<std::string>;
  SECTION("a reference in APA style") {
    CHECK(spans("Smith, J. (2001). Stones in the sea. Journal of Rocks, 12(3), 45-67.") ==
          V{"author:Smith, J.", "date:(2001).", "title:Stones in the sea.", "container:Journal of Rocks,", "volume:12",
            "issue:(3),", "pages:45-67."});
  }
  SECTION("constraints fix what rules are sure of") {
    std::string text = "Smith, J. (2001). Stones in the sea. Journal of Rocks, 12(3), 45-67.";
    Constraint title_as_note{static_cast<std::uint32_t>(text.find("Stones")), static_cast<std::uint32_t>(text.find("sea") + 3),
                             Label::note, false};
    auto constrained = spans(text, {&title_as_note, 1});
    // The words are a note, whichever span the full stop after them joins; nothing is a title.
    CHECK(constrained.at(2).starts_with("note:Stones in the sea"));
    CHECK(std::none_of(constrained.begin(), constrained.end(), [](const std::string& s) { return s.starts_with("title:"); }));
  }
  SECTION("an empty string has no spans") { CHECK(spans("").empty()); }
}
