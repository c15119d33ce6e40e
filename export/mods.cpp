// MODS 3.7 (Library of Congress): one <mods> record per item in a
// <modsCollection>; containers (journal, book, web site) as
// <relatedItem type="host">, series as <relatedItem type="series">.

#include "export/mapping_table.hpp"
#include "export/page_range.hpp"
#include "export/uri.hpp"
#include "export/writers.hpp"
#include "export/xml_output.hpp"

#include <algorithm>
#include <iterator>

namespace citekit::exporting {
namespace {

constexpr const char* kModsNamespace = "http://www.loc.gov/mods/v3";
constexpr const char* kSchemaLocation =
    "http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-7.xsd";

struct TypeRule {
  std::string_view csl_type;
  std::string_view genre;             // MARC genre term (authority "marcgt"); empty: the CSL type
  std::string_view resource = "text"; // typeOfResource
  std::string_view issuance = {};     // the item's own issuance (books, reports, theses)
  std::string_view host_genre = {};   // what its container is
  std::string_view host_issuance = {};
};

// CSL type -> MODS genre, resource type and issuance.
constexpr TypeRule kTypes[] = {
    {"article", "article", "text", "", "periodical", "continuing"},
    {"article-journal", "article", "text", "", "journal", "continuing"},
    {"article-magazine", "article", "text", "", "periodical", "continuing"},
    {"article-newspaper", "article", "text", "", "newspaper", "continuing"},
    {"book", "book", "text", "monographic"},
    {"classic", "book", "text", "monographic"},
    {"chapter", "", "text", "", "book", "monographic"},
    {"entry-dictionary", "", "text", "", "dictionary", "monographic"},
    {"entry-encyclopedia", "", "text", "", "encyclopedia", "monographic"},
    {"paper-conference", "conference publication", "text", "", "conference publication", "monographic"},
    {"report", "technical report", "text", "monographic"},
    {"thesis", "thesis", "text", "monographic"},
    {"webpage", "web site", "text", "", "web site", "integrating resource"},
    {"post", "web site", "text", "", "web site", "integrating resource"},
    {"post-weblog", "web site", "text", "", "web site", "integrating resource"},
    {"legislation", "legislation"},
    {"bill", "legislation"},
    {"regulation", "legislation"},
    {"treaty", "treaty"},
    {"legal_case", "legal case and case notes"},
    {"periodical", "periodical", "text", "continuing"},
    {"review", "review"},
    {"review-book", "review"},
    {"interview", "interview"},
    {"speech", "speech"},
    {"personal_communication", "letter"},
    {"patent", "patent"},
    {"standard", "standard or specification"},
    {"map", "map", "cartographic"},
    {"motion_picture", "motion picture", "moving image"},
    {"graphic", "picture", "still image"},
    {"dataset", "database", "software, multimedia"},
    {"software", "", "software, multimedia"},
    {"song", "", "sound recording"},
};

// Which record a name belongs to: the item, its container, or its series.
enum class Holder { item, host, book_host, series };

struct RoleRule {
  std::string_view variable;  // CSL name variable
  std::string_view role;      // MARC relator term
  Holder holder;
};

// CSL name variable -> MARC relator; other variables keep their CSL name as
// an uncontrolled role on the item.
constexpr RoleRule kRoles[] = {
    {"author", "author", Holder::item},
    {"editor", "editor", Holder::book_host},  // a chapter's editors edited the book
    {"translator", "translator", Holder::item},
    {"container-author", "author", Holder::host},
    {"collection-editor", "editor", Holder::series},
    {"illustrator", "illustrator", Holder::item},
    {"composer", "composer", Holder::item},
    {"director", "director", Holder::item},
    {"interviewer", "interviewer", Holder::item},
    {"recipient", "addressee", Holder::item},
    {"contributor", "contributor", Holder::item},
    {"curator", "curator", Holder::item},
    {"narrator", "narrator", Holder::item},
    {"compiler", "compiler", Holder::item},
    {"host", "host", Holder::item},
};

struct IdentifierRule {
  std::string_view variable;
  const char* type;
};

constexpr IdentifierRule kIdentifiers[] = {{"DOI", "doi"}, {"ISBN", "isbn"}, {"ISSN", "issn"}};

constexpr TypeRule kOther{"", ""};

// How an item spreads over records: its own, its container's (when it has a
// container title) and its series' (when it has a collection title).
struct Layout {
  const TypeRule& type;
  bool has_host;
  bool has_series;

  // A chapter's book (or an entry's encyclopedia) has the editors, the
  // publisher and the date; a journal or web site leaves them to the item.
  bool host_is_book() const { return has_host && type.host_issuance == "monographic"; }

  // The record that takes what belongs in `wanted`.
  Holder place(Holder wanted) const {
    if (wanted == Holder::book_host) wanted = host_is_book() ? Holder::host : Holder::item;
    if ((wanted == Holder::host && !has_host) || (wanted == Holder::series && !has_series)) return Holder::item;
    return wanted;
  }
};

const RoleRule* role_rule(std::string_view variable) {
  auto it = std::find_if(std::begin(kRoles), std::end(kRoles),
                         [&](const RoleRule& r) { return r.variable == variable; });
  return it == std::end(kRoles) ? nullptr : it;
}

void append_title(pugi::xml_node record, std::string_view title) {
  if (title.empty()) return;
  append_text_element(record.append_child("titleInfo"), "title", title);
}

// An organisation is a corporate name with one namePart. A person has family
// (with a non-dropping particle: "van Beethoven") and given (with a dropping
// one, as inverted names have it: "Gaulle, Charles de"), the suffix as
// termsOfAddress.
void append_name_parts(pugi::xml_node node, const Name& name) {
  if (name.is_organisation()) {
    node.append_attribute("type").set_value("corporate");
    append_text_element(node, "namePart", name.literal);
    return;
  }
  node.append_attribute("type").set_value("personal");
  auto joined = [](const std::string& a, const std::string& b) {
    return a.empty() || b.empty() ? a + b : a + " " + b;
  };
  auto append_part = [&](const std::string& text, const char* type) {
    set_attribute(append_text_element(node, "namePart", text), "type", type);
  };
  append_part(joined(name.non_dropping_particle, name.family), "family");
  append_part(joined(name.given, name.dropping_particle), "given");
  append_part(name.suffix, "termsOfAddress");
}

void append_role(pugi::xml_node name, std::string_view term, bool marc_relator) {
  pugi::xml_node role_term = name.append_child("role").append_child("roleTerm");
  if (marc_relator) role_term.append_attribute("authority").set_value("marcrelator");
  role_term.append_attribute("type").set_value("text");
  role_term.text().set(xml_text(term).c_str());
}

// The item's names that belong in the record `holder`, in CSL variable order.
void append_names(pugi::xml_node record, Holder holder, const Reference& item, const Layout& layout) {
  for (const auto& [variable, names] : item.names) {
    const RoleRule* rule = role_rule(variable);
    if (layout.place(rule ? rule->holder : Holder::item) != holder) continue;
    for (const auto& name : names) {
      pugi::xml_node node = record.append_child("name");
      append_name_parts(node, name);
      append_role(node, rule ? rule->role : std::string_view{variable}, rule != nullptr);
    }
  }
}

// The MARC genre term when there is one, else the local term (the CSL type).
void append_genre(pugi::xml_node record, std::string_view marc_genre, std::string_view local_genre) {
  bool marc = !marc_genre.empty();
  pugi::xml_node genre = append_text_element(record, "genre", marc ? marc_genre : local_genre);
  if (genre) set_attribute(genre, "authority", marc ? "marcgt" : "local");
}

// W3CDTF (ISO 8601) dates; a range as start and end points; a date given only
// as text without an encoding.
void append_date_issued(pugi::xml_node origin, const Date* date) {
  if (!date) return;
  if (date->parts.empty()) {
    append_text_element(origin, "dateIssued", date->literal);
    return;
  }
  for (std::size_t i = 0; i < date->parts.size(); ++i) {
    Date point;
    point.parts = {date->parts[i]};
    pugi::xml_node node = append_text_element(origin, "dateIssued", point.iso());
    node.append_attribute("encoding").set_value("w3cdtf");
    if (date->parts.size() > 1) node.append_attribute("point").set_value(i == 0 ? "start" : "end");
    if (date->circa) node.append_attribute("qualifier").set_value("approximate");
  }
}

// Place, publisher, date and edition (when `with_publication`: they belong to
// one record only) and the record's issuance.
void append_origin(pugi::xml_node record, const Reference& item, std::string_view issuance,
                   bool with_publication) {
  pugi::xml_node origin = record.append_child("originInfo");
  if (with_publication) {
    if (item.has("publisher-place")) {
      pugi::xml_node place = origin.append_child("place");
      pugi::xml_node term = append_text_element(place, "placeTerm", item.get("publisher-place"));
      term.append_attribute("type").set_value("text");
    }
    append_text_element(origin, "publisher", item.get("publisher"));
    append_date_issued(origin, item.date("issued"));
    append_text_element(origin, "edition", item.get("edition"));
  }
  append_text_element(origin, "issuance", issuance);
  if (!origin.first_child()) record.remove_child(origin);
}

void append_detail(pugi::xml_node part, const char* type, std::string_view number) {
  if (number.empty()) return;
  pugi::xml_node detail = part.append_child("detail");
  detail.append_attribute("type").set_value(type);
  append_text_element(detail, "number", number);
}

// Pages as start and end of a range, or as a list ("3, 7-9").
void append_extent(pugi::xml_node part, std::string_view page) {
  if (page.empty()) return;
  pugi::xml_node extent = part.append_child("extent");
  extent.append_attribute("unit").set_value("pages");
  PageRange range = split_page_range(page);
  bool single = range.last.empty() && range.first.find_first_of(",;-") == std::string::npos;
  if (!range.last.empty() || single) {
    append_text_element(extent, "start", range.first);
    append_text_element(extent, "end", range.last);
  } else {
    append_text_element(extent, "list", range.first);
  }
}

void append_part(pugi::xml_node record, const Reference& item) {
  pugi::xml_node part = record.append_child("part");
  append_detail(part, "volume", item.get("volume"));
  append_detail(part, "issue", item.get("issue"));
  append_detail(part, "number", item.get("number"));
  append_extent(part, item.get("page"));
  if (!part.first_child()) record.remove_child(part);
}

void append_host(pugi::xml_node record, const Reference& item, const Layout& layout) {
  pugi::xml_node host = record.append_child("relatedItem");
  host.append_attribute("type").set_value("host");
  append_title(host, item.get("container-title"));
  append_names(host, Holder::host, item, layout);
  append_origin(host, item, layout.type.host_issuance, layout.host_is_book());
  append_genre(host, layout.type.host_genre, {});
  append_part(host, item);
}

void append_series(pugi::xml_node record, const Reference& item, const Layout& layout) {
  pugi::xml_node series = record.append_child("relatedItem");
  series.append_attribute("type").set_value("series");
  append_title(series, item.get("collection-title"));
  append_names(series, Holder::series, item, layout);
  pugi::xml_node part = series.append_child("part");
  append_detail(part, "volume", item.get("collection-number"));
  if (!part.first_child()) series.remove_child(part);
}

void append_location(pugi::xml_node record, const Reference& item) {
  if (!item.has("URL")) return;
  pugi::xml_node url = append_text_element(record.append_child("location"), "url", any_uri(item.get("URL")));
  if (const Date* accessed = item.date("accessed")) set_attribute(url, "dateLastAccessed", accessed->iso());
}

void append_record(pugi::xml_node collection, const Reference& item) {
  const TypeRule* row = find_type_row(kTypes, item.type);
  const Layout layout{row ? *row : kOther, item.has("container-title"), item.has("collection-title")};
  pugi::xml_node mods = collection.append_child("mods");
  if (is_xml_id(item.id)) set_attribute(mods, "ID", item.id);
  mods.append_attribute("version").set_value("3.7");
  append_title(mods, item.get("title"));
  append_names(mods, Holder::item, item, layout);
  append_text_element(mods, "typeOfResource", layout.type.resource);
  append_genre(mods, layout.type.genre, item.type);
  append_text_element(mods, "genre", item.get("genre"));
  append_origin(mods, item, layout.type.issuance, !layout.host_is_book());
  if (layout.has_host) append_host(mods, item, layout);
  if (layout.has_series) append_series(mods, item, layout);
  for (const auto& rule : kIdentifiers)
    set_attribute(append_text_element(mods, "identifier", item.get(rule.variable)), "type", rule.type);
  append_location(mods, item);
  if (!layout.has_host) append_part(mods, item);
  append_text_element(mods, "abstract", item.get("abstract"));
  append_text_element(mods, "note", item.get("note"));
  // A key that cannot be an XML ID is still kept, as the record's identifier.
  if (!item.id.empty() && !is_xml_id(item.id))
    append_text_element(mods.append_child("recordInfo"), "recordIdentifier", item.id);
}

}  // namespace

std::string write_mods(const std::vector<Work>& works) {
  pugi::xml_document document;
  add_declaration(document);
  pugi::xml_node collection = document.append_child("modsCollection");
  collection.append_attribute("xmlns").set_value(kModsNamespace);
  collection.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
  collection.append_attribute("xsi:schemaLocation").set_value(kSchemaLocation);
  for (const auto& work : works) append_record(collection, work.item);
  return to_xml_string(document);
}

}  // namespace citekit::exporting
