#include "export/bib_entry.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

Name particles(Name name, std::string dropping, std::string non_dropping, std::string suffix) {
  name.dropping_particle = std::move(dropping);
  name.non_dropping_particle = std::move(non_dropping);
  name.suffix = std::move(suffix);
  return name;
}

}  // namespace

TEST_CASE("exporting::bib_name") {
  struct Row {
    const char* scenario;
    Name name;
    const char* ascii;
    const char* utf8;
  };
  const Row rows[] = {
      {"a person is Family, Given", test::person("Patrick", "Wintour"), "Wintour, Patrick", "Wintour, Patrick"},
      {"diacritics", test::person("Slobodan", "Milošević"), R"(Milo{\v{s}}evi{\'c}, Slobodan)",
       "Milošević, Slobodan"},
      {"a non-dropping particle goes before the family name",
       particles(test::person("Ludwig", "Beethoven"), "", "van", ""), "van Beethoven, Ludwig",
       "van Beethoven, Ludwig"},
      {"so does a dropping one", particles(test::person("Charles", "Gaulle"), "de", "", ""), "de Gaulle, Charles",
       "de Gaulle, Charles"},
      {"von Last, Jr, First", particles(test::person("Martin Luther", "King"), "", "", "Jr."),
       "King, Jr., Martin Luther", "King, Jr., Martin Luther"},
      {"an organisation is braced", test::organisation("UN Security Council"), "{UN Security Council}",
       "{UN Security Council}"},
      {"also when it contains and", test::organisation("Organization for Security and Co-operation in Europe"),
       "{Organization for Security and Co-operation in Europe}",
       "{Organization for Security and Co-operation in Europe}"},
      {"and special characters in it are escaped", test::organisation("Smith & Sons, Ltd"),
       R"({Smith \& Sons, Ltd})", R"({Smith \& Sons, Ltd})"},
      {"a single name", test::person("Plato", ""), "Plato", "Plato"},
      {"a name part with a comma is braced", test::person("Anna", "Smith, Jones"), "{Smith, Jones}, Anna",
       "{Smith, Jones}, Anna"},
  };
  for (const auto& row : rows) {
    SECTION(row.scenario) {
      CHECK(bib_name(row.name, LatexCharset::ascii) == row.ascii);
      CHECK(bib_name(row.name, LatexCharset::utf8) == row.utf8);
    }
  }
}

TEST_CASE("exporting::bib_names") {
  SECTION("names are joined by and") {
    std::vector<Name> names{test::person("Patrick", "Wintour"), test::organisation("NATO"),
                            test::person("Ed", "Vulliamy")};
    CHECK(bib_names(names, LatexCharset::utf8) == "Wintour, Patrick and {NATO} and Vulliamy, Ed");
  }
  SECTION("no names give nothing") { CHECK(bib_names({}, LatexCharset::utf8).empty()); }
}

TEST_CASE("exporting::BibEntry") {
  SECTION("fields in the order added, the last without a comma") {
    BibEntry entry("book", "everts2020peacekeeping");
    entry.add("title", "Peacekeeping");
    entry.add_macro("month", "jun");
    CHECK(entry.text() == "@book{everts2020peacekeeping,\n  title = {Peacekeeping},\n  month = jun\n}\n");
  }
  SECTION("empty values and fields already set are skipped") {
    BibEntry entry("misc", "x");
    CHECK_FALSE(entry.add("note", ""));
    CHECK(entry.add("number", "2"));
    CHECK_FALSE(entry.add("number", "7"));
    CHECK(entry.has("number"));
    CHECK_FALSE(entry.has("note"));
    CHECK(entry.text() == "@misc{x,\n  number = {2}\n}\n");
  }
  SECTION("an entry without fields keeps the comma after its key, which biber and BibTeX require") {
    CHECK(BibEntry("book", "anon").text() == "@book{anon,\n}\n");
  }
  SECTION("entries are separated by a blank line") {
    CHECK(bib_file({BibEntry("misc", "a"), BibEntry("misc", "b")}) == "@misc{a,\n}\n\n@misc{b,\n}\n");
  }
}

TEST_CASE("exporting::add_mapped_fields") {
  Reference item;
  item.set("publisher", "UN");
  item.set("issue", "2");
  item.set("number", "7");
  item.dates["issued"] = test::day_date(1999, 6, 10);
  const BibRule rules[] = {
      {BibValue::text, "publisher", "institution", "techreport"},
      {BibValue::text, "publisher", "publisher"},
      {BibValue::text, "issue", "number"},
      {BibValue::text, "number", "number"},
      {BibValue::year, "issued", "year"},
      {BibValue::month, "issued", "month"},
  };
  SECTION("a rule for other entry types is passed over") {
    BibEntry entry("book", "k");
    add_mapped_fields(entry, item, rules, LatexCharset::ascii);
    CHECK(entry.text() == "@book{k,\n  publisher = {UN},\n  number = {2},\n  year = {1999},\n  month = jun\n}\n");
  }
  SECTION("a variable fills only the first field that matches") {
    BibEntry entry("techreport", "k");
    add_mapped_fields(entry, item, rules, LatexCharset::ascii);
    CHECK(entry.has("institution"));
    CHECK_FALSE(entry.has("publisher"));
  }
  SECTION("a field the entry type may not hold is passed over, and the variable goes to the next rule") {
    BibEntry entry("techreport", "k");
    auto no_institution = [](std::string_view, std::string_view field) { return field != "institution"; };
    add_mapped_fields(entry, item, rules, LatexCharset::ascii, no_institution);
    CHECK_FALSE(entry.has("institution"));
    CHECK(entry.has("publisher"));
  }
}

TEST_CASE("exporting::add_mapped_fields for dates given only as text") {
  const BibRule rules[] = {{BibValue::pubstate, "issued", "pubstate"}, {BibValue::year, "issued", "year"}};
  struct Row {
    const char* literal;
    const char* field;
  };
  const Row rows[] = {{"forthcoming", "pubstate = {forthcoming}"},
                      {"In press", "pubstate = {inpress}"},
                      {"n.d.", "year = {n.d.}"}};  // BibTeX's year takes the text
  for (const auto& row : rows) {
    SECTION(row.literal) {
      Reference item;
      item.dates["issued"] = Date{{}, 0, false, row.literal};
      BibEntry entry("article", "k");
      add_mapped_fields(entry, item, rules, LatexCharset::utf8);
      CHECK(entry.text().find(row.field) != std::string::npos);
    }
  }
}

TEST_CASE("exporting::has_required_fields") {
  BibEntry entry("online", "k");
  entry.add("title", "T");
  entry.add("doi", "10.1/x");
  CHECK(has_required_fields(entry, "title url|doi|eprint"));
  CHECK(has_required_fields(entry, ""));
  CHECK_FALSE(has_required_fields(entry, "author title"));
  CHECK_FALSE(has_required_fields(entry, "title url|eprint"));
}

TEST_CASE("exporting::first_complete_entry") {
  auto required = [](std::string_view type) -> std::string_view { return type == "incollection" ? "editor" : ""; };
  SECTION("the first candidate whose required fields are there") {
    auto build = [](std::string_view type) {
      BibEntry entry(std::string(type), "k");
      entry.add("editor", "Smith, Adam");
      return entry;
    };
    CHECK(first_complete_entry("incollection inbook misc", build, required).type() == "incollection");
  }
  SECTION("else the next one") {
    auto build = [](std::string_view type) { return BibEntry(std::string(type), "k"); };
    CHECK(first_complete_entry("incollection inbook misc", build, required).type() == "inbook");
  }
}

TEST_CASE("exporting::bib_verbatim") {
  CHECK(bib_verbatim("10.1080/17502977.2019.1586155") == "10.1080/17502977.2019.1586155");
  CHECK(bib_verbatim("10.1002/(SICI)1097-4636<441::AID>3.0.CO;2-M") == "10.1002/(SICI)1097-4636<441::AID>3.0.CO;2-M");
  CHECK(bib_verbatim("10.1/a b{c}\\d") == "10.1/a%20b%7Bc%7D%5Cd");
}
