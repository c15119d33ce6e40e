#include "core/citation_key.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

Reference item(Name author, int year, std::string title) {
  Reference r;
  r.names["author"] = {std::move(author)};
  if (year) r.dates["issued"] = Date{{{year, 0, 0}}, 0, false, ""};
  r.set("title", std::move(title));
  return r;
}

Name person(std::string given, std::string family) {
  Name n;
  n.given = std::move(given);
  n.family = std::move(family);
  return n;
}

Name org(std::string literal) {
  Name n;
  n.literal = std::move(literal);
  return n;
}

}  // namespace

TEST_CASE("core::base_citation_key") {
  struct Row { Reference ref; const char* key; };
  const Row rows[] = {
      {item(person("Patrick", "Wintour"), 1999, "Why Milosevic blinked first."), "wintour1999why"},
      {item(org("NATO"), 2020, "NATO’s role in Kosovo"), "nato2020natos"},
      {item(org("UN Security Council"), 1999, "Resolution 1244"), "unsecuritycouncil1999resolution"},
      {item(person("Slobodan", "Milošević"), 0, "The Road"), "milosevicndroad"},
      {item(org("Centre for Applied Studies in International Negotiations"), 2003, "X"),
       "centreappliedstudiesinte2003x"},
  };
  for (const auto& row : rows) CHECK(base_citation_key(row.ref) == row.key);
  Reference anonymous;
  anonymous.set("title", "A Study");
  CHECK(base_citation_key(anonymous) == "anonndstudy");
}

TEST_CASE("core::assign_citation_keys") {
  auto a = item(person("A", "Smith"), 2020, "Kosovo one");
  auto b = item(person("B", "Smith"), 2020, "Kosovo two");
  auto c = item(person("C", "Jones"), 2020, "Other");
  auto d = item(person("D", "SMITH"), 2020, "kosovo three");
  assign_citation_keys({&a, &b, &c, &d});
  CHECK(a.id == "smith2020kosovoa");
  CHECK(b.id == "smith2020kosovob");
  CHECK(d.id == "smith2020kosovoc");
  CHECK(c.id == "jones2020other");
}

TEST_CASE("core::assign_citation_keys avoids suffixed keys that exist as base keys") {
  auto a = item(person("A", "Smith"), 2020, "X");
  auto b = item(person("B", "Smith"), 2020, "X");
  auto c = item(person("C", "Smith"), 2020, "Xa");
  assign_citation_keys({&a, &b, &c});
  CHECK(c.id == "smith2020xa");
  CHECK(a.id == "smith2020xb");
  CHECK(b.id == "smith2020xc");
}
