#include "extract/parse/workspace.hpp"
#include "tests/catch.hpp"
#include "tests/extract/labelled_workspace.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace citekit;
using extract::parsing::Label;

namespace {

std::vector<Label> repaired_labels(const std::vector<std::pair<Label, std::string>>& spans) {
  auto ws = test::labelled(spans);
  extract::parsing::repair_spans(*ws);
  std::vector<Label> out;
  for (const auto& span : ws->spans) out.push_back(span.label);
  return out;
}

std::vector<std::string> repaired_texts(const std::vector<std::pair<Label, std::string>>& spans) {
  auto ws = test::labelled(spans);
  extract::parsing::repair_spans(*ws);
  std::vector<std::string> texts;
  for (const auto& span : ws->spans) texts.emplace_back(span.text(ws->source));
  return texts;
}

// Each span after the repairs, with its label and text.
std::vector<std::pair<Label, std::string>> repaired_spans(const std::vector<std::pair<Label, std::string>>& spans) {
  auto ws = test::labelled(spans);
  extract::parsing::repair_spans(*ws);
  std::vector<std::pair<Label, std::string>> out;
  for (const auto& span : ws->spans) out.emplace_back(span.label, std::string(span.text(ws->source)));
  return out;
}

}  // namespace

TEST_CASE("extract::parsing::repair_spans fields a reference names once") {
  struct Row {
    const char* what;
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<Label> labels;
  };
  const std::vector<Row> rows = {
      {"a second title after the editors is the edited book",
       {{Label::author, "den Besten, Hans"}, {Label::title, "'On root transformations',"},
        {Label::editor, "in Werner Abraham (ed.),"}, {Label::title, "On the formal syntax of the Westgermania."},
        {Label::place, "Amsterdam:"}, {Label::publisher, "Benjamins"}},
       {Label::author, Label::title, Label::editor, Label::container, Label::place, Label::publisher}},
      {"with a container already found, a second title stays a note",
       {{Label::title, "A chapter."}, {Label::editor, "In J. Smith (ed.),"}, {Label::container, "A Book."},
        {Label::title, "Second thoughts."}},
       {Label::title, Label::editor, Label::container, Label::note}},
      {"editors before the only title edit that title",
       {{Label::editor, "Smith, J. (ed.)"}, {Label::title, "A Book."}, {Label::title, "Reprinted."}},
       {Label::editor, Label::title, Label::note}},
      {"a second separate author span is a note",
       {{Label::author, "Smith, J."}, {Label::title, "A Book."}, {Label::author, "Jones"}},
       {Label::author, Label::title, Label::note}},
      {"a book's only container, with a publisher and no pages, is its title",
       {{Label::editor, "Freeman, M., eds."}, {Label::container, "Law and Literature."}, {Label::place, "Oxford:"},
        {Label::publisher, "OUP"}},
       {Label::editor, Label::title, Label::place, Label::publisher}},
      {"a container with pages stays a container",
       {{Label::author, "Smith, J."}, {Label::container, "J. Chem."}, {Label::place, "Basel"}, {Label::pages, "1-9"}},
       {Label::author, Label::container, Label::place, Label::pages}},
      {"a container introduced by In stays a container",
       {{Label::author, "Smith, J."}, {Label::container, "In: A Book."}, {Label::place, "Oxford:"},
        {Label::publisher, "OUP"}},
       {Label::author, Label::container, Label::place, Label::publisher}},
      {"a container after a separate In stays a container",
       {{Label::author, "Smith, J."}, {Label::note, "In"}, {Label::container, "A Book."},
        {Label::publisher, "OUP"}},
       {Label::author, Label::note, Label::container, Label::publisher}},
      {"a lone name before a volume and pages, with no title, is the journal",
       {{Label::author, "Leukemia"}, {Label::date, "(2009)"}, {Label::volume, "23,"}, {Label::pages, "1587-1597;"}},
       {Label::container, Label::date, Label::volume, Label::pages}},
      {"a list of people before numbers stays the author",
       {{Label::author, "Okamoto, N.; Barnes, C."}, {Label::date, "2014,"}, {Label::volume, "13,"},
        {Label::pages, "932-937."}},
       {Label::author, Label::date, Label::volume, Label::pages}},
      {"an author with a title stays the author",
       {{Label::author, "Smith"}, {Label::title, "Results."}, {Label::pages, "1-9"}},
       {Label::author, Label::title, Label::pages}},
      {"a bare number between the volume and the pages is the issue",
       {{Label::container, "American Anthropologist"}, {Label::volume, "57,"}, {Label::pages, "1"},
        {Label::date, "(1955):"}, {Label::pages, "71-83."}},
       {Label::container, Label::volume, Label::issue, Label::date, Label::pages}},
      {"a volume with a leading zero before a bracketed year is the issue",
       {{Label::container, "JHEP"}, {Label::volume, "04"}, {Label::date, "(2008)"}, {Label::pages, "063"}},
       {Label::container, Label::issue, Label::date, Label::pages}},
      {"a volume without a leading zero stays the volume",
       {{Label::container, "Phys. Rev. D"}, {Label::volume, "88"}, {Label::date, "(2016)"}, {Label::pages, "029"}},
       {Label::container, Label::volume, Label::date, Label::pages}},
      {"a leading-zero volume not before a bracketed year stays the volume",
       {{Label::container, "Revue"}, {Label::volume, "05,"}, {Label::date, "2016,"}, {Label::pages, "29-31"}},
       {Label::container, Label::volume, Label::date, Label::pages}},
      {"a lone page number after the volume stays the pages",
       {{Label::container, "Nature"}, {Label::volume, "374:"}, {Label::pages, "769."}},
       {Label::container, Label::volume, Label::pages}},
      {"the last publisher span is kept",
       {{Label::title, "A Book."}, {Label::publisher, "Verso,"}, {Label::place, "London:"},
        {Label::publisher, "Penguin"}},
       {Label::title, Label::note, Label::place, Label::publisher}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what);
    CHECK(repaired_labels(row.spans) == row.labels);
  }
}

TEST_CASE("extract::parsing::repair_spans splits an issue from its volume") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::pair<Label, std::string>> repaired;
  };
  const std::vector<Row> rows = {
      {{{Label::container, "Phys. Rev."}, {Label::volume, "150(4)"}, {Label::pages, "1079-1085"}},
       {{Label::container, "Phys. Rev."}, {Label::volume, "150"}, {Label::issue, "(4)"}, {Label::pages, "1079-1085"}}},
      {{{Label::volume, "12 (3):"}}, {{Label::volume, "12"}, {Label::issue, "(3):"}}},
      {{{Label::volume, "Volume 7, Number 2"}}, {{Label::volume, "Volume 7"}, {Label::issue, "Number 2"}}},
      {{{Label::volume, "Band 20, Nr. 9"}}, {{Label::volume, "Band 20"}, {Label::issue, "Nr. 9"}}},
      {{{Label::volume, "Vol. 14, n° 3,"}}, {{Label::volume, "Vol. 14"}, {Label::issue, "n° 3,"}}},
      {{{Label::issue, "第3卷第2期"}}, {{Label::volume, "第3卷"}, {Label::issue, "第2期"}}},
      {{{Label::volume, "제3권 제2호,"}}, {{Label::volume, "제3권"}, {Label::issue, "제2호,"}}},
      // A span with only an issue's counter is the issue, one with only a volume's the volume.
      {{{Label::volume, "總第221期,"}}, {{Label::issue, "總第221期,"}}},
      {{{Label::issue, "第3卷"}}, {{Label::volume, "第3卷"}}},
      // Unchanged: a year in brackets, a bare second number (the issue or the page), an issue found
      // elsewhere, a lone number or range, a volume with a letter.
      {{{Label::volume, "12 (2001)"}}, {{Label::volume, "12 (2001)"}}},
      {{{Label::volume, "15, 53,"}}, {{Label::volume, "15, 53,"}}},
      {{{Label::volume, "12(3)"}, {Label::issue, "no. 4"}}, {{Label::volume, "12(3)"}, {Label::issue, "no. 4"}}},
      {{{Label::volume, "3-4"}}, {{Label::volume, "3-4"}}},
      {{{Label::volume, "103A,"}}, {{Label::volume, "103A,"}}},
      {{{Label::volume, "No. 12"}}, {{Label::volume, "No. 12"}}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.front().second);
    CHECK(repaired_spans(row.spans) == row.repaired);
  }
}

TEST_CASE("extract::parsing::repair_spans ends a quoted title whose opening mark the span before took") {
  const std::string text = "Dan Stone, \"Holocaust Spaces,\" in Hitler's Geographies, 2016.";
  auto at = [&text](std::string_view part) { return static_cast<std::uint32_t>(text.find(part)); };
  extract::ParseContext context;
  extract::parsing::Workspace ws(text, context);
  ws.spans = {{Label::author, 0, at("Holocaust")},
              {Label::title, at("Holocaust"), at(", 2016")},
              {Label::date, at("2016"), static_cast<std::uint32_t>(text.size())}};
  extract::parsing::repair_spans(ws);
  std::vector<std::pair<Label, std::string>> repaired;
  for (const auto& span : ws.spans) repaired.emplace_back(span.label, std::string(span.text(ws.source)));
  CHECK(repaired == std::vector<std::pair<Label, std::string>>{{Label::author, "Dan Stone, \""},
                                                               {Label::title, "Holocaust Spaces,\" "},
                                                               {Label::container, "in Hitler's Geographies"},
                                                               {Label::date, "2016."}});
}

TEST_CASE("extract::parsing::repair_spans finds editors and translators") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::pair<Label, std::string>> repaired;
  };
  using L = Label;
  const std::vector<Row> rows = {
      {{{L::title, "A desconstrução."}, {L::container, "In: Munanga, Kabengele. Superando o racismo na escola."}},
       {{L::title, "A desconstrução."}, {L::editor, "In: Munanga, Kabengele."}, {L::container, "Superando o racismo na escola."}}},
      {{{L::title, "A desconstrução."}, {L::container, "In: MUNANGA, Kabengele (Org.). Superando o racismo."}},
       {{L::title, "A desconstrução."}, {L::editor, "In: MUNANGA, Kabengele (Org.)."}, {L::container, "Superando o racismo."}}},
      {{{L::title, "Der Schatten."}, {L::container, "In: Schuppert, Gunnar Folke/Zürn, Michael (Hrsg.): Governance."}},
       {{L::title, "Der Schatten."}, {L::editor, "In: Schuppert, Gunnar Folke/Zürn, Michael (Hrsg.):"},
        {L::container, "Governance."}}},
      {{{L::title, "Process-product research. In Harley, Birgit. The Development of Proficiency."}, {L::date, "1990."}},
       {{L::title, "Process-product research. "}, {L::editor, "In Harley, Birgit."},
        {L::container, "The Development of Proficiency."}, {L::date, "1990."}}},
      // The role words decide between editors and translators.
      {{{L::title, "Anti-Oedipus."}, {L::editor, "Translated by Robert Hurley."}},
       {{L::title, "Anti-Oedipus."}, {L::translator, "Translated by Robert Hurley."}}},
      {{{L::title, "Readings."}, {L::translator, "(D. Sayer, Ed.)."}}, {{L::title, "Readings."}, {L::editor, "(D. Sayer, Ed.)."}}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.back().second);
    CHECK(repaired_spans(row.spans) == row.repaired);
  }
  // Not people with given names, ending in an initial, a book's title and subtitle, a place,
  // editors already found, or names with both roles: unchanged.
  const std::vector<std::vector<std::pair<Label, std::string>>> unchanged = {
      {{L::title, "Sound."}, {L::container, "in Proc. Conf. Digital Audio Effects."}},
      {{L::title, "Testimonianze."}, {L::container, "in M. Paganoni, Per ricostruire e ricostruirsi."}},
      {{L::title, "A chapter."}, {L::container, "In: World Bank. Annual Report."}},
      {{L::title, "Essay."}, {L::container, "in Literary Criticism: Essays on Literature."}},
      {{L::title, "Essay."}, {L::container, "In A Continuous Harmony: Essays Cultural."}},
      {{L::title, "Essay."}, {L::container, "In: Paris, France. Essays."}},
      {{L::title, "A chapter."}, {L::editor, "In: J. Smith (ed.),"}, {L::container, "In: Smith, John. Book."}},
      {{L::title, "Meditations."}, {L::editor, "S. Gaukroger, Ed., & S. Gaukroger, Trans."}},
  };
  for (const auto& spans : unchanged) {
    CAPTURE(spans.back().second);
    CHECK(repaired_spans(spans) == spans);
  }
}

TEST_CASE("extract::parsing::repair_spans gives a role marker to the names before it") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::string> texts;
  };
  const std::vector<Row> rows = {
      {{{Label::author, "Boyer D., Vivas M."}, {Label::title, "(dir.) Déplacer les morts"}},
       {"Boyer D., Vivas M. (dir.)", "Déplacer les morts"}},
      {{{Label::editor, "Smith, J."}, {Label::title, "(Eds.), A Book"}}, {"Smith, J. (Eds.),", "A Book"}},
      {{{Label::author, "Tabuteau B."}, {Label::title, "(dir)"}}, {"Tabuteau B. (dir)"}},
      // Not a role marker, or not after names: unchanged.
      {{{Label::author, "Smith, J."}, {Label::title, "(Directions) for use"}}, {"Smith, J.", "(Directions) for use"}},
      {{{Label::date, "1999"}, {Label::title, "(ed.) A Book"}}, {"1999", "(ed.) A Book"}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.back().second);
    CHECK(repaired_texts(row.spans) == row.texts);
  }
}

TEST_CASE("extract::parsing::repair_spans gives a year running on from the title to the title") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::string> texts;
  };
  const std::vector<Row> rows = {
      {{{Label::title, "Histoire de l'industrie en France de"}, {Label::date, "1789 à 1870,"}, {Label::volume, "Vol. 2."},
        {Label::date, "1904."}},
       {"Histoire de l'industrie en France de 1789 à 1870,", "Vol. 2.", "1904."}},
      {{{Label::title, "Il campo di Fossoli"}, {Label::date, "(1945-1947)."}, {Label::place, "Torino,"}, {Label::date, "2008."}},
       {"Il campo di Fossoli (1945-1947).", "Torino,", "2008."}},
      {{{Label::title, "Journey from"}, {Label::date, "1719"}, {Label::title, "to 1775."}, {Label::date, "1977."}},
       {"Journey from 1719 to 1775.", "1977."}},
      {{{Label::date, "1977"}, {Label::title, "Ye Meetinghouse at Palmer's River,"}, {Label::date, "1719-1775."}},
       {"1977", "Ye Meetinghouse at Palmer's River, 1719-1775."}},
      // A title closed by a full stop or a quotation, or the only date: unchanged.
      {{{Label::title, "\"Learning semantic correlations\","}, {Label::date, "2006,"}, {Label::container, "ICIP,"},
        {Label::date, "2006."}},
       {"\"Learning semantic correlations\",", "2006,", "ICIP,", "2006."}},
      {{{Label::title, "“Learning semantic correlations”,"}, {Label::date, "2006,"}, {Label::date, "2007."}},
       {"“Learning semantic correlations”,", "2006,", "2007."}},
      {{{Label::title, "A Book."}, {Label::date, "1999,"}, {Label::date, "reprinted 2005."}},
       {"A Book.", "1999,", "reprinted 2005."}},
      {{{Label::title, "L'hôpital Sainte-Justine,"}, {Label::date, "1951"}}, {"L'hôpital Sainte-Justine,", "1951"}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.front().second);
    CHECK(repaired_texts(row.spans) == row.texts);
  }
}

TEST_CASE("extract::parsing::repair_spans ends a title at a comma before a journal or a meeting") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::string> texts;
    std::vector<Label> labels;
  };
  const std::vector<Row> rows = {
      {{{Label::title, "Restoration of music documents, Progress in pattern recognition, image analysis,"},
        {Label::place, "Berlin:"}, {Label::publisher, "Springer."}},
       {"Restoration of music documents,", "Progress in pattern recognition, image analysis,", "Berlin:", "Springer."},
       {Label::title, Label::container, Label::place, Label::publisher}},
      {{{Label::title, "Concept of a Gravimetric System // Proceedings of the 4th Symposium."}},
       {"Concept of a Gravimetric System //", "Proceedings of the 4th Symposium."}, {Label::title, Label::container}},
      // "//" introduces the larger work whatever its words.
      {{{Label::title, "Tractography of Fibers //Clinical neuroradiology."}, {Label::date, "2015."}},
       {"Tractography of Fibers //", "Clinical neuroradiology.", "2015."}, {Label::title, Label::container, Label::date}},
      {{{Label::title, "Название статьи // Вестник Московского университета."}},
       {"Название статьи //", "Вестник Московского университета."}, {Label::title, Label::container}},
      {{{Label::title, "See http://x.org/a for more"}}, {"See http://x.org/a for more"}, {Label::title}},
      // No journal or meeting word, a lowercase part, a short head or a container already: unchanged.
      {{{Label::title, "Normal Forms, Melnikov Functions and Bifurcations"}},
       {"Normal Forms, Melnikov Functions and Bifurcations"}, {Label::title}},
      {{{Label::title, "Deep learning methods, a review"}}, {"Deep learning methods, a review"}, {Label::title}},
      {{{Label::title, "Minutes, Annual Meeting"}}, {"Minutes, Annual Meeting"}, {Label::title}},
      {{{Label::title, "Three short words, Journal of Things"}, {Label::container, "Nature"}},
       {"Three short words, Journal of Things", "Nature"}, {Label::title, Label::container}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.front().second);
    CHECK(repaired_texts(row.spans) == row.texts);
    CHECK(repaired_labels(row.spans) == row.labels);
  }
}

TEST_CASE("extract::parsing::repair_spans gives a title cut at a comma the words up to its journal") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::string> texts;
  };
  const std::vector<Row> rows = {
      {{{Label::title, "State Collapse and Reconstruction in the Periphery: Political Economy,"},
        {Label::container, "Ethnicity and Development in Yugoslavia, Serbia and Kosovo. Europe-Asia Studies,"},
        {Label::volume, "62"}, {Label::issue, "(2),"}},
       {"State Collapse and Reconstruction in the Periphery: Political Economy, Ethnicity and Development in "
        "Yugoslavia, Serbia and Kosovo.",
        "Europe-Asia Studies,", "62", "(2),"}},
      {{{Label::title, "A forecasting model for dengue incidence in the District of Gampaha,"},
        {Label::container, "Sri Lanka. Parasit Vectors."}, {Label::volume, "2012;5:265."}},
       {"A forecasting model for dengue incidence in the District of Gampaha, Sri Lanka.", "Parasit Vectors.",
        "2012;5:265."}},
      // An abbreviated journal, a book holding the work, a quoted title, no volume: unchanged.
      {{{Label::title, "Impact of the Sudd wetland on the Nile hydroclimatology,"},
        {Label::container, "Water Resour. Res"}, {Label::volume, "44,"}},
       {"Impact of the Sudd wetland on the Nile hydroclimatology,", "Water Resour. Res", "44,"}},
      {{{Label::title, "Considerazioni sugli insediamenti minori,"},
        {Label::container, "in Les agglomérations secondaires. La Gaule Belgique"}, {Label::volume, "2,"}},
       {"Considerazioni sugli insediamenti minori,", "in Les agglomérations secondaires. La Gaule Belgique", "2,"}},
      {{{Label::title, "“Regionalism in the South Caucasus”,"},
        {Label::container, "Caucasus international. The Caucasus in the international arena"}, {Label::volume, "1"}},
       {"“Regionalism in the South Caucasus”,", "Caucasus international. The Caucasus in the international arena",
        "1"}},
      {{{Label::title, "Archéologie agraire et expérimentation,"},
        {Label::container, "Le Village médiéval et son environnement. Études offertes à Jean-Marie Pesez"}},
       {"Archéologie agraire et expérimentation,",
        "Le Village médiéval et son environnement. Études offertes à Jean-Marie Pesez"}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.front().second);
    CHECK(repaired_texts(row.spans) == row.texts);
  }
}

TEST_CASE("extract::parsing::repair_spans ends a title at a newspaper's name") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::pair<Label, std::string>> repaired;
  };
  const std::vector<Row> rows = {
      {{{Label::title, "Why Milosevic Blinked First. The Guardian."}, {Label::url, "https://x.org/a"}},
       {{Label::title, "Why Milosevic Blinked First."}, {Label::container, "The Guardian."}, {Label::url, "https://x.org/a"}}},
      {{{Label::title, "Why Milosevic Blinked First. The Guardian, 6. Juni."}},
       {{Label::title, "Why Milosevic Blinked First."}, {Label::container, "The Guardian"}, {Label::note, "6. Juni."}}},
      {{{Label::title, "Merkel in Paris. Süddeutsche Zeitung"}},
       {{Label::title, "Merkel in Paris."}, {Label::container, "Süddeutsche Zeitung"}}},
      // A subtitle, a newspaper word in a longer sentence, a container already: unchanged.
      {{{Label::title, "Kosovo. The Untold Story"}}, {{Label::title, "Kosovo. The Untold Story"}}},
      {{{Label::title, "Trust. The News we Read about Ourselves"}}, {{Label::title, "Trust. The News we Read about Ourselves"}}},
      {{{Label::title, "Title. The Guardian"}, {Label::container, "Journal"}},
       {{Label::title, "Title. The Guardian"}, {Label::container, "Journal"}}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.front().second);
    CHECK(repaired_spans(row.spans) == row.repaired);
  }
}

TEST_CASE("extract::parsing::repair_spans gives the kind of work ending a title to the genre") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::pair<Label, std::string>> repaired;
  };
  const std::vector<Row> rows = {
      {{{Label::title, "Accordance with International Law in Respect of Kosovo. Advisory Opinion."}, {Label::place, "The Hague:"}},
       {{Label::title, "Accordance with International Law in Respect of Kosovo."}, {Label::genre, "Advisory Opinion."},
        {Label::place, "The Hague:"}}},
      {{{Label::title, "Setting Kosovo Free: Remaining Challenges. Europe Report 218."}},
       {{Label::title, "Setting Kosovo Free: Remaining Challenges."}, {Label::genre, "Europe Report 218."}}},
      {{{Label::title, "Accordance with International Law in Respect of Kosovo (Advisory Opinion)."}},
       {{Label::title, "Accordance with International Law in Respect of Kosovo"}, {Label::genre, "Advisory Opinion)."}}},
      {{{Label::title, "Comprehensive Proposal for the Kosovo Status Settlement. S/2007/168/Add.1."}},
       {{Label::title, "Comprehensive Proposal for the Kosovo Status Settlement."}, {Label::genre, "S/2007/168/Add.1."}}},
      // A title that is a report's name; a body's name taken for the title before it: unchanged.
      {{{Label::title, "Annual Report."}}, {{Label::title, "Annual Report."}}},
      {{{Label::title, "Board of Governors of the Federal Reserve System. Fifty-Third Annual Report."}},
       {{Label::title, "Board of Governors of the Federal Reserve System. Fifty-Third Annual Report."}}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.front().second);
    CHECK(repaired_spans(row.spans) == row.repaired);
  }
}

TEST_CASE("extract::parsing::repair_spans takes one word ending the reference after a title for its place") {
  struct Row {
    std::vector<std::pair<Label, std::string>> spans;
    std::vector<std::pair<Label, std::string>> repaired;
  };
  const std::vector<Row> rows = {
      {{{Label::author, "Hoxha, Arben:"}, {Label::title, "Notes on the Parallel Education System. Prishtina"}},
       {{Label::author, "Hoxha, Arben:"}, {Label::title, "Notes on the Parallel Education System. "},
        {Label::place, "Prishtina"}}},
      {{{Label::author, "Hoxha A."}, {Label::title, "Notes on the Parallel Education System. Prishtina;"}},
       {{Label::author, "Hoxha A."}, {Label::title, "Notes on the Parallel Education System. "},
        {Label::place, "Prishtina;"}}},
      // A journal's word is the journal.
      {{{Label::title, "Notes on the Parallel Education System. Review"}},
       {{Label::title, "Notes on the Parallel Education System. "}, {Label::container, "Review"}}},
      // A short title, a place already: unchanged.
      {{{Label::title, "Kosovo. Prishtina"}}, {{Label::title, "Kosovo. Prishtina"}}},
      {{{Label::title, "Notes on the System. Prishtina"}, {Label::place, "Pristina"}},
       {{Label::title, "Notes on the System. Prishtina"}, {Label::place, "Pristina"}}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.spans.back().second);
    CHECK(repaired_spans(row.spans) == row.repaired);
  }
}
