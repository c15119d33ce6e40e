#include "export/biblatex_datamodel.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <iterator>

namespace citekit::exporting {
namespace {

struct TypeModel {
  std::string_view entry_type;
  std::string_view fields;    // space-separated
  std::string_view required;  // space-separated, "a|b" for either
};

// From biber's default data model (biber-tool.conf, <entryfields> and
// <constraints>), only the types the writer uses.
constexpr TypeModel kTypes[] = {
    {"article",
     "addendum annotator author commentator editor editora editorb editorc editortype eid issn issue issuetitle "
     "issuesubtitle journalsubtitle journaltitle language note number origlanguage pages pubstate series subtitle "
     "title titleaddon translator version volume",
     "author journaltitle title"},
    {"book",
     "author addendum afterword annotator chapter commentator edition editor editora editorb editorc editortype eid "
     "foreword introduction isbn language location maintitle maintitleaddon mainsubtitle note number origlanguage "
     "pages pagetotal part publisher pubstate series subtitle title titleaddon translator volume volumes",
     "author title"},
    {"inbook",
     "addendum afterword annotator author booktitle bookauthor booksubtitle booktitleaddon chapter commentator "
     "edition editor editora editorb editorc editortype eid foreword introduction isbn language location "
     "mainsubtitle maintitle maintitleaddon note number origlanguage part publisher pages pubstate series subtitle "
     "title titleaddon translator volume volumes",
     "author title booktitle"},
    {"booklet", "addendum author chapter editor editortype eid howpublished language location note pages pagetotal "
                "pubstate subtitle title titleaddon type",
     "author|editor title"},
    {"collection",
     "addendum afterword annotator chapter commentator edition editor editora editorb editorc editortype eid "
     "foreword introduction isbn language location mainsubtitle maintitle maintitleaddon note number origlanguage "
     "pages pagetotal part publisher pubstate series subtitle title titleaddon translator volume volumes",
     "editor title"},
    {"incollection",
     "addendum afterword annotator author booksubtitle booktitle booktitleaddon chapter commentator edition editor "
     "editora editorb editorc editortype eid foreword introduction isbn language location mainsubtitle maintitle "
     "maintitleaddon note number origlanguage pages part publisher pubstate series subtitle title titleaddon "
     "translator volume volumes",
     "author editor title booktitle"},
    {"inreference",
     "addendum afterword annotator author booksubtitle booktitle booktitleaddon chapter commentator edition editor "
     "editora editorb editorc editortype eid foreword introduction isbn language location mainsubtitle maintitle "
     "maintitleaddon note number origlanguage pages part publisher pubstate series subtitle title titleaddon "
     "translator volume volumes",
     "author editor title booktitle"},
    {"dataset", "addendum author edition editor editortype language location note number organization publisher "
                "pubstate series subtitle title titleaddon type version",
     "title"},
    {"misc", "addendum author editor editortype howpublished language location note organization pubstate subtitle "
             "title titleaddon type version",
     "title"},
    {"software", "addendum author editor editortype howpublished language location note organization pubstate "
                 "subtitle title titleaddon type version",
     "title"},
    {"online", "addendum author editor editortype language note organization pubstate subtitle title titleaddon version",
     "title url|doi|eprint"},
    {"patent", "addendum author holder location note number pubstate subtitle title titleaddon type version",
     "author title number"},
    {"periodical", "addendum editor editora editorb editorc editortype issn issue issuesubtitle issuetitle language "
                   "note number pubstate series subtitle title titleaddon volume",
     "editor title"},
    {"inproceedings",
     "addendum author booksubtitle booktitle booktitleaddon chapter editor editortype eid eventtitle isbn language "
     "location mainsubtitle maintitle maintitleaddon note number organization pages part publisher pubstate series "
     "subtitle title titleaddon venue volume volumes",
     "author title booktitle"},
    {"report", "addendum author chapter eid institution isrn language location note number pages pagetotal pubstate "
               "subtitle title titleaddon type version",
     "author title type institution"},
    {"thesis", "addendum author chapter eid institution language location note pages pagetotal pubstate subtitle "
               "title titleaddon type",
     "author title type institution"},
    {"unpublished", "addendum author howpublished language location note pubstate subtitle title titleaddon type venue",
     "author title"},
};

// Fields of every entry type (the model's <entryfields> without a type), as
// far as the writer uses them, and the date fields.
constexpr std::string_view kEveryType =
    "abstract doi entrysubtype eprint eprinttype keywords langid shorttitle url year month date urldate eventdate "
    "origdate";

bool listed(std::string_view list, std::string_view field) {
  auto words = split(list, ' ');
  return std::find(words.begin(), words.end(), field) != words.end();
}

const TypeModel* model(std::string_view entry_type) {
  auto it = std::find_if(std::begin(kTypes), std::end(kTypes),
                         [&](const TypeModel& type) { return type.entry_type == entry_type; });
  return it == std::end(kTypes) ? nullptr : it;
}

}  // namespace

bool biblatex_allows(std::string_view entry_type, std::string_view field) {
  if (listed(kEveryType, field)) return true;
  const TypeModel* type = model(entry_type);
  return type && listed(type->fields, field);
}

std::string_view biblatex_required(std::string_view entry_type) {
  const TypeModel* type = model(entry_type);
  return type ? type->required : std::string_view{};
}

}  // namespace citekit::exporting
