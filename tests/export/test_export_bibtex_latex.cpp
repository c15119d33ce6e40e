// The BibTeX export used as LaTeX users use it: pdflatex, bibtex with
// plainnat and pdflatex again, citing every key. The document must build
// without errors or undefined citations, and each \bibitem label in the
// .bbl must name the right authors: organisations whole, accented names as
// one letter each, "et al." from three authors on, a/b for one author's two
// works of one year.

#include "core/text.hpp"
#include "export/latex_escape.hpp"
#include "tests/catch.hpp"
#include "tests/export/proof.hpp"
#include "tests/export/validators.hpp"
#include "tests/support.hpp"

#include <map>
#include <optional>

using namespace citekit;
using namespace citekit::exporting;

namespace {

// T1 with Latin Modern, as most documents have it: {\DJ} (Đ) and the like
// exist only in T1.
std::string latex_document(const std::vector<Work>& works) {
  std::string out =
      "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
      "\\usepackage{natbib}\n\\usepackage{url}\n\\begin{document}\n";
  for (const auto& work : works) out += "\\citet{" + work.item.id + "}.\n";
  return out + "\\bibliographystyle{plainnat}\n\\bibliography{works}\n\\end{document}\n";
}

// A .bbl label: "Short(Year)Full", with {\natexlab{a}} after the year when
// the same names and year label two works.
struct Label {
  std::string names;
  std::string year;
  std::string extra;  // "a", "b" or ""
  std::string full;   // "" when the same as `names`
};

std::optional<Label> parse_label(std::string text) {
  static constexpr std::string_view kNatexlab = "{\\natexlab{";
  auto close = text.rfind(')');
  auto open = text.rfind('(', close);
  if (close == std::string::npos || open == std::string::npos) return std::nullopt;
  Label label{text.substr(0, open), text.substr(open + 1, close - open - 1), "", text.substr(close + 1)};
  if (auto at = label.year.find(kNatexlab); at != std::string::npos) {
    label.extra = label.year.substr(at + kNatexlab.size(), 1);
    label.year.resize(at);
  }
  return label;
}

// key -> label, from "\bibitem[label]{key}" (BibTeX wraps long lines).
std::map<std::string, Label> bbl_labels(const std::string& bbl) {
  std::string text = collapse_whitespace(bbl);
  std::map<std::string, Label> labels;
  static constexpr std::string_view kBibitem = "\\bibitem[";
  for (auto at = text.find(kBibitem); at != std::string::npos; at = text.find(kBibitem, at + 1)) {
    std::size_t start = at + kBibitem.size(), depth = 0, end = start;
    for (; end < text.size() && !(text[end] == ']' && depth == 0); ++end)
      depth += text[end] == '{' ? 1 : text[end] == '}' ? static_cast<std::size_t>(-1) : 0;
    auto key_end = text.find('}', end);
    std::string key = text.substr(end + 2, key_end - end - 2);
    if (auto label = parse_label(text.substr(start, end - start))) labels[key] = *label;
  }
  return labels;
}

// plainnat's "{vv~}{ll}": particles and family name, as the .bib has them.
std::string label_name(const Name& name) {
  if (name.is_organisation()) return "{" + escape_latex(name.literal, LatexCharset::ascii) + "}";
  std::string von(trim(name.dropping_particle + " " + name.non_dropping_particle));
  std::string family = escape_latex(name.family, LatexCharset::ascii);
  return von.empty() ? family : escape_latex(von, LatexCharset::ascii) + "~" + family;
}

// The names plainnat labels a work by: its authors, or a book's editors.
std::vector<std::string> label_names(const Reference& item) {
  const std::vector<Name>* names = &item.authors();
  if (names->empty() && (item.type == "book" || item.type == "classic"))
    if (auto it = item.names.find("editor"); it != item.names.end()) names = &it->second;
  std::vector<std::string> out;
  for (const auto& name : *names) out.push_back(label_name(name));
  return out;
}

std::string short_names(const std::vector<std::string>& names) {
  if (names.size() == 1) return names[0];
  if (names.size() == 2) return names[0] + " and " + names[1];
  return names[0] + " et~al.";
}

std::string full_names(const std::vector<std::string>& names) {
  if (names.size() < 3) return short_names(names);
  std::vector<std::string> first(names.begin(), names.end() - 1);
  return join(first, ", ") + ", and " + names.back();
}

struct LatexRun {
  std::filesystem::path dir;
  std::string output;  // what each step printed
  bool built = false;
};

// `run_name` keeps the test cases' directories apart: ctest runs them at once.
LatexRun build_document(const test::Corpus& corpus, const std::string& run_name) {
  auto file = test::write_export(corpus, Format::bibtex, run_name);
  LatexRun run{file.parent_path(), "", true};
  test::write_file(run.dir / "doc.tex", latex_document(corpus.works));
  const char* steps[] = {"pdflatex -interaction=nonstopmode -halt-on-error doc", "bibtex doc",
                         "pdflatex -interaction=nonstopmode -halt-on-error doc",
                         "pdflatex -interaction=nonstopmode -halt-on-error doc"};
  int number = 0;
  for (const char* step : steps) {
    auto result = test::run_command(step, run.dir, run.dir / ("step" + std::to_string(++number) + ".log"));
    run.output += std::string("$ ") + step + "\n" + result.output;
    // bibtex exits with 1 after warnings (a book without a publisher), 2 after errors.
    bool bibtex = std::string_view(step).starts_with("bibtex");
    if (result.status != 0 && !(bibtex && result.status == 1)) run.built = false;
  }
  return run;
}

}  // namespace

TEST_CASE("exporting::write bibtex builds with pdflatex, bibtex and plainnat", "[validator]") {
  test::require_program("pdflatex");
  test::require_program("bibtex");
  for (const auto& corpus : test::proof_corpora()) {
    SECTION(corpus.name) {
      LatexRun run = build_document(corpus, "bibtex");
      INFO(run.output);
      REQUIRE(run.built);
      std::string blg = test::read_file(run.dir / "doc.blg");
      CHECK(blg.find("error message") == std::string::npos);
      std::string log = test::read_file(run.dir / "doc.log");
      CHECK(log.find("undefined") == std::string::npos);

      auto labels = bbl_labels(test::read_file(run.dir / "doc.bbl"));
      std::map<std::string, int> works_per_label;
      for (const auto& work : corpus.works) {
        auto names = label_names(work.item);
        if (!names.empty()) ++works_per_label[short_names(names) + std::to_string(work.item.date("issued")->year())];
      }
      for (const auto& work : corpus.works) {
        INFO(work.item.id);
        REQUIRE(labels.count(work.item.id));
        const Label& label = labels[work.item.id];
        auto names = label_names(work.item);
        if (names.empty()) continue;
        CHECK(label.names == short_names(names));
        CHECK(label.full == (full_names(names) == short_names(names) ? "" : full_names(names)));
        CHECK(label.year == std::to_string(work.item.date("issued")->year()));
        bool shared = works_per_label[short_names(names) + label.year] > 1;
        CHECK(label.extra.empty() != shared);
      }
    }
  }
}

TEST_CASE("exporting::write bibtex gives plainnat the labels people expect", "[validator]") {
  test::require_program("pdflatex");
  test::require_program("bibtex");
  auto corpus = test::constructed_corpus();
  LatexRun run = build_document(corpus, "bibtex-labels");
  INFO(run.output);
  REQUIRE(run.built);
  auto labels = bbl_labels(test::read_file(run.dir / "doc.bbl"));
  struct Row {
    const char* key;
    const char* names;
    const char* extra;
    const char* full;
  };
  const Row rows[] = {
      {"unsecuritycouncil1999resolution", "{UN Security Council}", "", ""},
      {"organizationsecuritycoop2021kosovo", "{Organization for Security and Co-operation in Europe}", "", ""},
      {"amnestyinternationalhuma2019kosovo", R"({Amnesty International \& Human Rights Watch})", "", ""},
      {"simic2019trust", R"({\v{S}}imi{\'c} et~al.)", "",
       R"({\v{S}}imi{\'c}, Gro{\ss}, and {\O}stergaard)"},
      {"milosevic1999speeches", R"(Milo{\v{s}}evi{\'c})", "", ""},
      {"krasniqi2013brussels", R"(Krasniqi and {\DJ}or{\dj}evi{\'c})", "", ""},
      {"gaulle1970renewal", "de~Gaulle", "", ""},
      {"weller2008contested", "Weller and Wolff", "", ""},
      {"smith2020kosovoa", "Smith", "a", ""},
      {"smith2020kosovob", "Smith", "b", ""},
      {"wintour1999why", "Wintour et~al.", "", "Wintour, Traynor, and Vulliamy"},
  };
  for (const auto& row : rows) {
    SECTION(row.key) {
      REQUIRE(labels.count(row.key));
      CHECK(labels[row.key].names == row.names);
      CHECK(labels[row.key].extra == row.extra);
      CHECK(labels[row.key].full == row.full);
    }
  }
}
