#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/field_spans.hpp"
#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {
namespace {

// The spans of one label joined, each cleaned of its separating punctuation.
std::string joined(const Workspace& ws, Label label, std::string_view separator) {
  std::string out;
  for (auto text : ws.texts(label)) {
    std::string clean = clean_span_text(label, text);
    if (clean.empty()) continue;
    if (!out.empty()) out += separator;
    out += clean;
  }
  return out;
}

}  // namespace

namespace {

// "Mission in Kosovo: Mandate [Internet]", "World Applied Sciences Journal [online]": the medium a work
// was read in, written after its title or its journal's, is the item's medium and not part of the title.
std::string without_medium(Workspace& ws, std::string title) {
  static const Regex medium(
      R"(\s*\[(Internet|Online|online|Online-Ausg\.?|Online-Ressource|Electronic resource|E-book|eBook|CD-ROM|DVD|Kindle edition)\]$)");
  if (!title.ends_with(']')) return title;
  if (auto m = medium.find(title)) {
    if (!ws.item().has("medium")) ws.item().set("medium", std::string(m->str(1)));
    title.erase(m->begin());
  }
  return title;
}

// "Accordance with International Law … [Advisory Opinion]", "Title
// [Doctoral dissertation, University of X]": APA describes the kind of a
// work in square brackets after its title; the description is the genre.
// A bracket holding a translated title ("Sprache und Politik [Language and
// politics]") names no kind of work and stays.
std::string without_description(Workspace& ws, std::string title) {
  static const Regex description(
      R"(\s*\[((?:[^\[\]]*\b(?:opinion|judgment|judgement|dissertation|thesis|report|video|film|motion picture|)"
      R"(tweet|brochure|fact sheet|data set|dataset|podcast|audio|lecture|press release|manuscript|map|editorial|)"
      R"(letter to the editor|poster|presentation|slides|software|app|blog post|photograph|infographic|interview|)"
      R"(episode|speech|working paper|preprint|abstract|review of)\b[^\[\]]*))\]$)",
      Regex::caseless);
  if (!title.ends_with(']')) return title;
  auto m = description.find(title);
  if (!m || m->begin() == 0) return title;
  if (!ws.item().has("genre")) ws.item().set("genre", std::string(m->str(1)));
  title.erase(m->begin());
  return title;
}

}  // namespace

void normalize_titles(Workspace& ws) {
  ws.item().set("title", without_description(ws, without_medium(ws, joined(ws, Label::title, ". "))));
  ws.item().set("container-title", without_medium(ws, joined(ws, Label::container, ", ")));
  ws.item().set("collection-title", joined(ws, Label::series, ", "));
}

void normalize_publisher(Workspace& ws) {
  std::string publisher = joined(ws, Label::publisher, "; ");
  // An institution (a university issuing a thesis or report) is the publisher in CSL.
  if (publisher.empty()) publisher = joined(ws, Label::institution, "; ");
  ws.item().set("publisher", publisher);
  ws.item().set("publisher-place", joined(ws, Label::place, "; "));
}

void normalize_edition(Workspace& ws) {
  static const Regex number(R"((\d+)\s*(?:st|nd|rd|th|e|er|ème|\.)?\s*(?:ed|edn|edition|éd|édition|aufl|auflage)?)",
                            Regex::caseless);
  std::string edition = joined(ws, Label::edition, " ");
  if (auto m = number.find(edition)) edition = std::string(m->str(1));
  ws.item().set("edition", edition);
}

void normalize_notes(Workspace& ws) {
  // "Europe Report No. 218": the kind of work, then its number.
  static const Regex numbered(R"(^\(?\s*(.*?)[\s,]*(?:No|Nr|Nº|N°|no|nr|n°)\.?\s*((?:[A-Z]{1,4}[/-])?\d[\w./-]*?)\s*\)?$)");
  // "S/2007/168/Add.1": a document's symbol (the UN's, an agency's) is its number.
  static const Regex symbol(R"(^\(?([A-Z]{1,3}(?:/[A-Za-z0-9.]+){2,})\)?$)");
  std::string genre = joined(ws, Label::genre, "; ");
  if (auto m = numbered.match_at(genre)) {
    if (!ws.item().has("number")) ws.item().set("number", std::string(m->str(2)));
    genre = std::string(m->str(1));
  } else if (auto s = symbol.match_at(genre)) {
    if (!ws.item().has("number")) ws.item().set("number", std::string(trim(s->str(1), ".")));
    genre.clear();
  }
  // A description the title carried ("[Advisory Opinion]") stands when no span names the genre.
  if (!genre.empty() || !ws.item().has("genre")) ws.item().set("genre", genre);
  // Lead-ins to a URL or an access date say nothing of their own.
  static const Regex lead_in(R"(^(?:available|online|url|link|retrieved|accessed|from|at|on|in|via|[:\s])*$)",
                             Regex::caseless);
  std::string note;
  for (auto text : ws.texts(Label::note)) {
    std::string clean = clean_span_text(Label::note, text);
    if (clean.empty() || lead_in.full_match(clean)) continue;
    note += (note.empty() ? "" : ". ") + clean;
  }
  ws.item().set("note", note);
  auto numbers = ws.texts(Label::citation_number);
  if (!numbers.empty()) ws.item().set("citation-number", clean_span_text(Label::citation_number, numbers.front()));
}

}  // namespace citekit::extract::parsing
