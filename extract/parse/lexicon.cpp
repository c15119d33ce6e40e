#include "extract/parse/lexicon.hpp"

#include "extract/parse/tokenizer.hpp"

#include <bit>
#include <utility>
#include <vector>

namespace citekit::extract::parsing {
namespace {

struct WordList {
  std::uint32_t classes;
  const char* words;   // space-separated, lowercase
};

// General bibliographic vocabulary in the languages references are written
// in; not drawn from any evaluation data.
constexpr WordList kLists[] = {
    {lex_month, "january jan february feb march mar april apr may june jun july jul august aug september sep sept "
                "october oct november nov december dec januar februar märz maerz mai juni juli oktober okt dezember "
                "dez janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre "
                "decembre janv févr fevr avr juil enero febrero marzo abril mayo junio julio agosto septiembre "
                "octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"},
    {lex_season, "spring summer autumn fall winter frühjahr frühling sommer herbst printemps été ete automne hiver"},
    {lex_particle, "van von de der den del della di da du la le ter ten dos das des zu vom af al bin ibn el mac"},
    {lex_editor, "ed eds editor editors edited edd hrsg hg herausgeber herausgegeben dir directed coord éd éds "
                 "coordinated comp compiled"},
    {lex_translator, "trans transl translated translator translators tr übers übersetzt übersetzung trad traduit "
                     "traduction traducción"},
    {lex_container_lead, "in dans en im nel"},
    {lex_pages, "p pp pages page pg pgs s seiten seite ss"},
    {lex_volume, "vol vols volume volumes v bd band jg jahrgang t tome tomo"},
    {lex_issue, "no nos nr number numbers issue iss heft h n num"},
    {lex_edition, "edition ed edn aufl auflage éd édition edición edizione rev revised"},
    {lex_publisher, "press verlag publishers publisher publishing publications books editions éditions editora "
                    "editorial editore editrice inc ltd co gmbh llc wiley springer elsevier routledge sage "
                    "academic up norton penguin macmillan palgrave blackwell brill benjamins mouton gruyter kluwer "
                    "nijhoff pergamon longman heinemann pearson prentice wesley harpercollins knopf doubleday "
                    "vintage verso polity earthscan erlbaum guilford plenum crc ieee acm siam birkhäuser birkhauser "
                    "teubner vieweg oldenbourg suhrkamp kohlhammer rowohlt hanser klett metzler vandenhoeck "
                    "ruprecht niemeyer harrassowitz fayard gallimard seuil flammarion puf dunod vrin droz payot "
                    "hachette larousse harmattan karthala minuit découverte decouverte belin laterza einaudi "
                    "feltrinelli mondadori bompiani garzanti mulino carocci utet giuffrè giuffre zanichelli "
                    "rizzoli anagrama alianza cátedra catedra paidós paidos planeta tecnos ariel trotta "
                    "brasiliense cortez vozes saraiva"},
    {lex_journal, "journal j review rev bulletin bull annals ann letters lett quarterly magazine zeitschrift z "
                  "revue rivista acta archives arch studies research science sciences transactions newsletter "
                  "gazette revista tijdschrift bollettino boletín boletin cahiers anuario jahrbuch yearbook "
                  "handbook encyclopedia encyclopaedia advances progress perspectives abstracts"},
    {lex_proceedings, "proceedings proc conference conf symposium symp workshop congress meeting colloquium "
                      "tagung kongress actes atti actas anais tagungsband jornadas seminar summit forum convention"},
    {lex_access, "accessed retrieved viewed cited abgerufen aufgerufen consulted consulté visited zugegriffen "
                 "last"},
    {lex_url_lead, "available online url www from at"},
    {lex_thesis, "thesis dissertation phd ph master masters doctoral diss thèse these doctorat tesi tesis "
                 "habilitation msc ma ba"},
    {lex_report, "report reports technical tech rep working paper papers preprint memo memorandum tr series "
                 "discussion note notes"},
    {lex_conjunction, "and und et y e &"},
    {lex_et_al, "et al alii alia"},
    {lex_place, "london new york paris berlin oxford cambridge boston chicago amsterdam tokyo washington princeton "
                "berkeley stuttgart münchen munich wien vienna leipzig frankfurt hamburg heidelberg basel zürich "
                "zurich genève geneva madrid barcelona roma rome milano milan torino bologna firenze toronto "
                "montreal montréal sydney melbourne singapore beijing moscow moskva budapest prague praha warsaw "
                "warszawa stockholm copenhagen oslo helsinki brussels bruxelles leiden dordrecht hoboken "
                "philadelphia baltimore san francisco los angeles haven ithaca thousand oaks englewood cliffs "
                "upper saddle river reading edinburgh glasgow manchester bristol bern göttingen gottingen köln "
                "cologne düsseldorf dresden bonn mainz freiburg tübingen tubingen lyon marseille bordeaux "
                "toulouse lille québec quebec ottawa vancouver cape town delhi mumbai seoul shanghai londres "
                "londra lisboa lisbon lisbonne porto napoli naples venezia venice padova genova bari palermo pisa "
                "florence florenz nürnberg nuremberg hannover bremen kiel münster würzburg regensburg erlangen "
                "marburg jena weimar halle potsdam darmstadt karlsruhe mannheim augsburg wiesbaden opladen "
                "weinheim innsbruck graz salzburg lausanne luzern strasbourg nantes rennes grenoble montpellier "
                "nancy dijon rouen louvain leuven gent ghent antwerpen antwerp liège liege rotterdam utrecht "
                "groningen nijmegen kraków krakow wrocław wroclaw poznań poznan gdańsk gdansk vilnius riga "
                "tallinn kyiv kiev lviv minsk sofia bucureşti bucurești bucharest beograd belgrade zagreb "
                "ljubljana athens istanbul ankara tehran cairo jerusalem haifa dublin belfast cardiff leeds "
                "liverpool birmingham nottingham sheffield exeter brighton aberdeen atlanta austin dallas "
                "houston denver seattle pittsburgh cleveland detroit minneapolis madison urbana bloomington "
                "columbus cincinnati nashville charlottesville tucson albuquerque honolulu miami boulder "
                "evanston stanford pasadena lanham westport armonk mahwah hillsdale malden kyoto osaka nagoya "
                "taipei nanjing wuhan guangzhou tianjin hangzhou bangalore chennai kolkata calcutta karachi "
                "lahore dhaka jakarta bangkok manila hanoi nairobi lagos accra dakar johannesburg pretoria "
                "durban harare kampala tunis rabat casablanca beirut damascus méxico mexico bogotá bogota lima "
                "santiago caracas quito montevideo asunción asuncion paulo janeiro brasília brasilia recife "
                "curitiba havana habana auckland wellington christchurch brisbane adelaide canberra москва "
                "петербург ленинград київ киев"},
    {lex_institution, "university univ universität universitat université universite universidad università "
                      "universita college institute institut instituto istituto department dept school "
                      "laboratory lab laboratories centre center faculty academy"},
    {lex_ordinal, "st nd rd th e er ème eme te"},
    {lex_region, "usa us uk ny ma ca nj il pa ct md dc nl ch de fr mass calif conn england germany france italy "
                 "canada australia netherlands switzerland"},
    {lex_identifier, "isbn issn pmid pmcid arxiv doi pii hal"},
    {lex_no_date, "nd sd forthcoming press undated"},
    {lex_organisation, "council committee comité comite commission ministry ministère ministere ministerium "
                       "ministerio ministero agency bureau office association associação asociación associazione "
                       "society société societe gesellschaft verein organization organisation organização "
                       "board authority administration foundation fondation stiftung fundación fondazione "
                       "bank fund trust service government federation fédération union corporation inc ltd "
                       "company gmbh llc plc corp group network alliance coalition nations"},
    {lex_function, "the of a an for on to with from by about towards toward between among under over into "
                   "der die das des und für zur zum les du et pour sur dans une un il lo della delle per"},
};

// Word hash -> classes, open addressing in a power-of-two table at most a
// quarter full: looked up for every word of every reference, where a
// node-based map's division and pointer chase cost more than the rest.
class LexiconTable {
 public:
  LexiconTable() {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    for (const auto& list : kLists) {
      std::string_view words = list.words;
      while (!words.empty()) {
        std::size_t space = words.find(' ');
        std::string_view word = words.substr(0, space);
        if (!word.empty()) entries.emplace_back(lowercase_hash(word), list.classes);
        if (space == std::string_view::npos) break;
        words.remove_prefix(space + 1);
      }
    }
    slots_.resize(std::bit_ceil(entries.size() * 4));
    for (auto [hash, classes] : entries) slot(hash) = {hash, slot(hash).second | classes};
  }
  std::uint32_t classes(std::uint64_t hash) const {
    for (std::size_t i = index(hash);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].first == hash) return slots_[i].second;
      if (slots_[i].first == kEmpty) return 0;
    }
  }

 private:
  static constexpr std::uint64_t kEmpty = 0;   // no word's FNV-1a hash in these lists is 0
  // FNV-1a's low bits vary little between similar words: the high bits of a product choose the slot.
  std::size_t index(std::uint64_t hash) const {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> 40) & (slots_.size() - 1);
  }
  std::pair<std::uint64_t, std::uint32_t>& slot(std::uint64_t hash) {
    std::size_t i = index(hash);
    while (slots_[i].first != kEmpty && slots_[i].first != hash) i = (i + 1) & (slots_.size() - 1);
    return slots_[i];
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_;
};

}  // namespace

std::uint32_t lexicon_classes(std::uint64_t word_hash) {
  static const LexiconTable table;
  return table.classes(word_hash);
}

std::uint32_t word_classes(std::string_view text) {
  std::uint32_t classes = 0;
  for (const Token& token : tokenize(text))
    if (token.kind == TokenKind::word) classes |= lexicon_classes(lowercase_hash(token.text(text)));
  return classes;
}

}  // namespace citekit::extract::parsing
