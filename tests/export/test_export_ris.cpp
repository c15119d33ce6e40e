#include "export/exporters.hpp"
#include "tests/catch.hpp"
#include "tests/export/fixtures.hpp"

using namespace citekit;
using namespace citekit::exporting;

namespace {

std::string ris(const Reference& item) {
  Work work;
  work.item = item;
  return write({work}, Format::ris);
}

std::string ris(const std::vector<Work>& works, const std::string& key) {
  return ris(test::work_with_key(works, key).item);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("exporting::write ris") {
  const auto study = test::case_study_works();
  const auto pitfalls = test::pitfall_works();

  SECTION("a web page is ELEC with the access date in Y2 and M1") {
    CHECK(ris(study, "nato2020natos") ==
          "TY  - ELEC\n"
          "ID  - nato2020natos\n"
          "AU  - NATO\n"
          "TI  - NATO’s role in Kosovo\n"
          "PY  - 2020\n"
          "DA  - 2020///\n"
          "PB  - NATO\n"
          "UR  - https://www.nato.int/cps/en/natolive/topics_48818.htm\n"
          "Y2  - 2020/11/24/\n"
          "M1  - 2020/11/24/\n"
          "ER  - \n");
  }
  SECTION("one AU line per author; the newspaper as T2") {
    std::string record = ris(study, "wintour1999why");
    CHECK(contains(record, "TY  - NEWS\nID  - wintour1999why\n"
                           "AU  - Wintour, Patrick\nAU  - Traynor, Ian\nAU  - Vulliamy, Ed\n"
                           "TI  - Why Milosevic blinked first\nT2  - The Guardian\n"));
  }
  SECTION("a journal article: T2, DA, SP/EP, VL, IS, SN, DO") {
    CHECK(ris(pitfalls, "simic2019trust") ==
          "TY  - JOUR\n"
          "ID  - simic2019trust\n"
          "AU  - Šimić, Ivana\n"
          "AU  - Groß, Jürgen\n"
          "AU  - Østergaard, Søren\n"
          "TI  - Trust in Post-War Institutions: Evidence from Kosovo\n"
          "T2  - Journal of Intervention and Statebuilding\n"
          "PY  - 2019\n"
          "DA  - 2019/05/14/\n"
          "SP  - 145\n"
          "EP  - 167\n"
          "VL  - 13\n"
          "IS  - 2\n"
          "SN  - 1750-2977\n"
          "DO  - 10.1080/17502977.2019.1586155\n"
          "ER  - \n");
  }
  SECTION("a book: PB, CY, SP/EP") {
    std::string record = ris(study, "everts2020peacekeeping");
    CHECK(contains(record, "TY  - BOOK\n"));
    CHECK(contains(record, "SP  - 198\nEP  - 199\nPB  - I.B. Tauris\nCY  - London\n"));
  }
  SECTION("types per kind") {
    struct Row {
      const char* key;
      const char* type;
    };
    const Row rows[] = {
        {"unsecuritycouncil1999resolution", "RPRT"}, {"brand2003development", "RPRT"},
        {"osce2020osce", "ELEC"},                    {"gaulle1970renewal", "CHAP"},
        {"smith2020kosovob", "THES"},                {"milosevic1999speeches", "BOOK"},
        {"wintour1999why", "NEWS"},                  {"simic2019trust", "JOUR"},
        {"weller2008contested", "EDBOOK"},
    };
    auto all = study;
    all.insert(all.end(), pitfalls.begin(), pitfalls.end());
    for (const auto& row : rows) {
      INFO(row.key);
      CHECK(ris(all, row.key).rfind(std::string("TY  - ") + row.type + "\n", 0) == 0);
    }
    Reference bill;
    bill.type = "bill";
    CHECK(ris(bill) == "TY  - BILL\nER  - \n");
    Reference other;
    other.type = "speech";
    CHECK(ris(other) == "TY  - GEN\nER  - \n");
  }
  SECTION("organisations as written, editors as A2 with particles and suffixes") {
    CHECK(contains(ris(study, "unsecuritycouncil1999resolution"), "AU  - UN Security Council\n"));
    CHECK(contains(ris(pitfalls, "organizationsecuritycoop2021kosovo"),
                   "AU  - Organization for Security and Co-operation in Europe\n"));
    CHECK(contains(ris(pitfalls, "gaulle1970renewal"),
                   "AU  - de Gaulle, Charles\nA2  - van Beethoven, Ludwig\nA2  - King, Martin Luther, Jr.\n"));
  }
  SECTION("a report's number goes in SN, other numbers in M1 before the access date") {
    CHECK(contains(ris(pitfalls, "kosovofoundationopensoci2021budgets"), "SN  - 7\nM3  - Policy brief\n"));
    CHECK(contains(ris(pitfalls, "unitednationssecuritycou1999report"), "SN  - S/1999/779\n"));
    Reference bill = test::work_with_key(study, "unsecuritycouncil1999resolution").item;
    bill.type = "bill";
    bill.set("number", "S/RES/1244");
    std::string record = ris(bill);
    CHECK(contains(record, "M1  - S/RES/1244\n"));
    CHECK(contains(record, "Y2  - 2020/11/24/\nER  - \n"));
  }
  SECTION("the access date is in Y2, and in M1 where the type reads M1 as one") {
    CHECK(contains(ris(study, "nato2020natos"), "Y2  - 2020/11/24/\nM1  - 2020/11/24/\n"));
    std::string news = ris(study, "wintour1999why");  // M1 is a newspaper article's start page
    CHECK(contains(news, "Y2  - 2020/11/23/\n"));
    CHECK_FALSE(contains(news, "M1  - "));
  }
  SECTION("an edited book is EDBOOK with its editors as AU") {
    std::string record = ris(pitfalls, "weller2008contested");
    CHECK(contains(record, "TY  - EDBOOK\n"));
    CHECK(contains(record, "AU  - Weller, Marc\nAU  - Wolff, Stefan\n"));
    CHECK_FALSE(contains(record, "A2  - "));
  }
  SECTION("values stay on one line, without control characters") {
    CHECK(contains(write(test::edge_case_works(), Format::ris), "TI  - Annual report with a line break\n"));
  }
  SECTION("records are separated by a blank line, each closed by ER") {
    std::string file = write(study, Format::ris);
    CHECK(contains(file, "ER  - \n\nTY  - ELEC\nID  - nato2020natos\n"));
    CHECK(file.substr(file.size() - 7) == "ER  - \n");
  }
}
