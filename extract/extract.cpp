#include "extract/extract.hpp"

#include "extract/audit.hpp"
#include "extract/cited_works.hpp"
#include "extract/note_purpose.hpp"
#include "extract/parse/dates.hpp"
#include "extract/parse/parse.hpp"
#include "extract/readers/readers.hpp"
#include "extract/split.hpp"
#include "extract/works.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <utility>

namespace citekit::extract {
namespace {

DateOrder document_date_order(const std::vector<RawReference>& raws, std::vector<Problem>& problems,
                              const std::string& path) {
  std::vector<std::string_view> texts;
  for (const auto& raw : raws) texts.push_back(raw.text);
  DateOrderEvidence evidence = date_order_evidence(texts);
  if (evidence.day_first > 0 && evidence.month_first > 0)
    problems.push_back(Problem{Severity::warning, "conflicting-date-order",
                               std::to_string(evidence.day_first) + " date(s) read only day-first and " +
                                   std::to_string(evidence.month_first) + " only month-first; the majority wins",
                               Position{path, "", 0, 0, 0}, {}});
  return decide_date_order(evidence);
}

Citation parse_citation(RawReference raw, const ParseContext& context, std::vector<Problem>& problems) {
  ParsedReference parsed = parse_reference(raw.text, context);
  for (auto& note : parsed.notes)
    problems.push_back(Problem{note.severity, std::move(note.code), std::move(note.message), raw.position, raw.note_id});
  Citation citation;
  citation.item = std::move(parsed.item);
  citation.form = parsed.form;
  citation.locator = std::move(parsed.locator);
  citation.raw = std::move(raw);
  return citation;
}

// A URL from the note's markup reaches the reference when its text shows
// none: the link whose visible text lies in the reference's text.
void add_link_url(Citation& citation, const Note& note) {
  if (citation.item.has("URL")) return;
  for (const Hyperlink& link : note.links)
    if (!link.text.empty() && citation.raw.text.find(link.text) != std::string::npos) {
      citation.item.set("URL", link.url);
      return;
    }
}

// A note whose citation manager stored its items (Zotero, Mendeley, JATS
// element-citation) cites exactly those items, as stored. When the note
// splits into as many references as it has items, each item keeps its own
// raw text; otherwise every item gets the whole note's text.
void add_embedded_citations(RawReference raw, const Note& note, std::size_t raws_in_note,
                            std::vector<Citation>& citations) {
  auto add = [&](const Reference& item, RawReference text) {
    Citation citation;
    citation.item = item;
    citation.raw = std::move(text);
    citations.push_back(std::move(citation));
  };
  if (raws_in_note == note.embedded.size()) return add(note.embedded[raw.index], std::move(raw));
  if (raw.index != 0) return;
  raw.text = note.text;
  for (std::size_t k = 0; k < note.embedded.size(); ++k) {
    raw.index = k;
    add(note.embedded[k], raw);
  }
}

// Lower-case ASCII letters and digits only: "Kosovo's Struggle" and
// "KOSOVO’S STRUGGLE" fold alike.
std::string folded_letters(std::string_view text) {
  std::string out;
  for (char c : to_lower_ascii(ascii_fold(text)))
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

// An item stored beside its text that leaves out what the text shows
// (COinS carries no access date): the text, parsed, fills in the access date
// and the link; a title the text does not show is reported, as the stored
// item and the text a reader sees then describe different works.
void complete_from_text(Citation& citation, const ParseContext& context, std::vector<Problem>& problems) {
  ParsedReference parsed = parse_reference(citation.raw.text, context);
  if (!citation.item.date("accessed") && parsed.item.date("accessed"))
    citation.item.dates["accessed"] = *parsed.item.date("accessed");
  if (!citation.item.has("URL") && parsed.item.has("URL")) citation.item.set("URL", std::string(parsed.item.get("URL")));
  std::string title(citation.item.get("title"));
  if (folded_letters(citation.raw.text).find(folded_letters(title)) == std::string::npos)
    problems.push_back(Problem{Severity::warning, "stored-item-differs",
                               "the item stored beside the text (COinS) has the title \"" + title +
                                   "\", which the text does not show: \"" + excerpt(citation.raw.text, 80) + "\"",
                               citation.raw.position, citation.raw.note_id});
}

// Every list entry as a raw reference, in document order.
std::vector<RawReference> entry_references(const Document& document) {
  std::vector<RawReference> raws;
  for (std::size_t i = 0; i < document.entries.size(); ++i) {
    const ListEntry& entry = document.entries[i];
    RawReference raw;
    raw.source = ReferenceSource::list_entry;
    raw.entry = i;
    raw.note = document.notes.size();
    raw.text = entry.text;
    raw.position = entry.position;
    raws.push_back(std::move(raw));
  }
  return raws;
}

// An entry cites the item its document stores for it (JATS
// element-citation), else what its text parses to.
Citation entry_citation(RawReference raw, const ListEntry& entry, const ParseContext& context,
                        std::vector<Problem>& problems) {
  if (entry.embedded.empty()) {
    Citation citation = parse_citation(std::move(raw), context, problems);
    if (!citation.item.has("URL") && !entry.links.empty()) citation.item.set("URL", entry.links.front().url);
    return citation;
  }
  Citation citation;
  citation.item = entry.embedded.front();
  citation.raw = std::move(raw);
  return citation;
}

// How many dashes (em, en, hyphen, underscore) open the text; true for
// "———." and "—." (a lone hyphen is no such mark).
bool opens_with_dashes(std::string_view text) {
  std::size_t dashes = 0, em = 0, at = 0;
  while (at < text.size()) {
    std::size_t before = at;
    char32_t c = next_code_point(text, at);
    if (c != U'—' && c != U'–' && c != U'-' && c != U'_') {
      at = before;
      break;
    }
    ++dashes;
    em += c == U'—';
  }
  return dashes >= 2 || em == 1;
}

bool is_dashes(const Name& name) {
  std::string_view text = name.is_organisation() ? name.literal : name.family;
  return !text.empty() && opens_with_dashes(text) && trim(text, "—–-_.,").empty();
}

// "———. Title…": an entry that opens with dashes has the authors (or, with
// none, the editors) of the entry before it, in the role the dashes stand in
// ("———, ed." for editors); names of its own in other roles stay.
void repeat_dashed_authors(std::vector<Citation>& citations, std::size_t first_entry) {
  for (std::size_t i = first_entry + 1; i < citations.size(); ++i) {
    Reference& item = citations[i].item;
    if (!opens_with_dashes(trim(citations[i].raw.text))) continue;
    std::string dashed_role = "author";
    for (auto role = item.names.begin(); role != item.names.end();) {
      auto& names = role->second;
      auto dashes = std::remove_if(names.begin(), names.end(), is_dashes);
      if (dashes != names.end()) dashed_role = role->first;
      names.erase(dashes, names.end());
      role = names.empty() ? item.names.erase(role) : std::next(role);
    }
    if (item.names.count(dashed_role)) continue;
    const Reference& previous = citations[i - 1].item;
    for (const char* role : {"author", "editor"}) {
      auto names = previous.names.find(role);
      if (names == previous.names.end()) continue;
      item.names[dashed_role] = names->second;
      break;
    }
  }
}

bool links_outside(const Note& note) {
  for (const Hyperlink& link : note.links)
    if (istarts_with_ascii(link.url, "http://") || istarts_with_ascii(link.url, "https://") ||
        istarts_with_ascii(link.url, "doi:"))
      return true;
  return false;
}

// What a free-text note is for, unless its format said so (a JATS fn-type)
// or its citation manager stored what it cites. Returns the bytes of the
// note's text that cite; a decision that may be wrong is reported.
std::pair<std::size_t, std::size_t> decide_purpose(Note& note, const KnownAuthors& authors, std::vector<Problem>& problems) {
  if (note.purpose != NotePurpose::citation || !note.purpose_reason.empty() || !note.embedded.empty())
    return {0, note.text.size()};
  NoteReading reading = read_note_purpose(note.text, links_outside(note), authors);
  note.purpose = reading.purpose;
  note.purpose_reason = reading.reason;
  if (reading.doubtful)
    problems.push_back(Problem{Severity::info, "doubtful-note-purpose",
                               std::string(to_string(note.kind)) + " " + note.id + " read as " +
                                   std::string(to_string(note.purpose)) + " (" + reading.reason +
                                   "), yet it has what references have: \"" + excerpt(note.text, 80) + "\"",
                               note.position, note.id});
  return {reading.begin, reading.end};
}

// Of a note's parts, the discussion beside its references goes, and each
// reference loses its lead-in ("See also", "Vgl."). A note of one part keeps it.
void drop_discussion(std::vector<RawReference>& parts) {
  auto discussion = [](const RawReference& part) { return discusses_only(part.text); };
  if (parts.size() > 1 && !std::all_of(parts.begin(), parts.end(), discussion)) std::erase_if(parts, discussion);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    parts[i].text.erase(0, lead_in_bytes(parts[i].text));
    parts[i].index = i;
  }
}

}  // namespace

Result<Document> read_document_bytes(std::string_view bytes, const std::string& path, const Options& options) {
  return read_with_detected_reader(bytes, path, options.limits);
}

Result<Document> read_document(const std::string& path, std::istream& standard_input, const Options& options) {
  auto bytes = read_input(path, standard_input, options.limits);
  if (!bytes) return bytes.error();
  return read_document_bytes(*bytes, path, options);
}

Bibliography build_bibliography(Document document, const Options& options) {
  Bibliography bib;
  bib.problems = document.problems;
  auto audit = audit_notes(document);
  bib.problems.insert(bib.problems.end(), audit.begin(), audit.end());

  // The document's day/month order, from every numeric date it writes.
  std::vector<RawReference> entries = entry_references(document);
  std::vector<RawReference> texts = entries;
  for (const Note& note : document.notes) texts.push_back(RawReference{ReferenceSource::note, 0, note.id, 0, 0, note.text, note.position});
  bib.date_order = options.date_order != DateOrder::unknown ? options.date_order
                                                            : document_date_order(texts, bib.problems, document.path);
  std::vector<RawReference>().swap(texts);
  ParseContext context{bib.date_order};

  // The lists' entries first: the authors they cite tell where a note of
  // short references splits.
  // Each list is written in one style: whether its persons end at a colon ("Müller, Harald: Titel")
  // tells how to read an organisation there, whether they all have initials how to read a lone word.
  std::vector<std::vector<std::string_view>> list_texts(document.lists.size());
  for (const ListEntry& entry : document.entries)
    if (entry.list < list_texts.size()) list_texts[entry.list].push_back(entry.text);
  std::vector<ParseContext> list_contexts;
  for (const auto& texts_of_list : list_texts) list_contexts.push_back(list_context(context, texts_of_list));
  std::vector<Citation> entry_citations;
  std::vector<Reference> entry_items;
  for (auto& raw : entries) {
    const ListEntry& entry = document.entries[raw.entry];
    const ParseContext& style = entry.list < list_contexts.size() ? list_contexts[entry.list] : context;
    entry_citations.push_back(entry_citation(std::move(raw), entry, style, bib.problems));
    entry_items.push_back(entry_citations.back().item);
  }
  KnownAuthors authors = known_authors(entry_items);

  std::vector<RawReference> raws;
  for (std::size_t i = 0; i < document.notes.size(); ++i) {
    Note& note = document.notes[i];
    auto stretch = decide_purpose(note, authors, bib.problems);
    if (note.purpose != NotePurpose::citation) continue;  // kept with its purpose; it yields no reference
    auto found = split_references(note, i, authors, stretch);
    drop_discussion(found);
    if (found.empty())
      bib.problems.push_back(Problem{Severity::warning, "empty-note", std::string(to_string(note.kind)) + " " + note.id + " is empty",
                                     note.position, note.id});
    raws.insert(raws.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  std::vector<std::size_t> raws_per_note(document.notes.size());
  for (const auto& raw : raws) ++raws_per_note[raw.note];
  for (auto& raw : raws) {
    const Note& note = document.notes[raw.note];
    if (!note.embedded.empty()) {
      std::size_t first = bib.citations.size();
      bool one_text_per_item = raws_per_note[raw.note] == note.embedded.size() || note.embedded.size() == 1;
      add_embedded_citations(std::move(raw), note, raws_per_note[raw.note], bib.citations);
      if (note.embedded_partial && one_text_per_item)
        for (std::size_t i = first; i < bib.citations.size(); ++i) complete_from_text(bib.citations[i], context, bib.problems);
      continue;
    }
    bib.citations.push_back(parse_citation(std::move(raw), context, bib.problems));
    add_link_url(bib.citations.back(), note);
  }
  std::size_t first_entry = bib.citations.size();
  bib.citations.insert(bib.citations.end(), std::make_move_iterator(entry_citations.begin()),
                       std::make_move_iterator(entry_citations.end()));
  repeat_dashed_authors(bib.citations, first_entry);
  bib.document = std::move(document);
  link_works(bib);
  link_text_citations(bib);
  // Reported in reading order; problems about the whole document (line 0) come first.
  std::stable_sort(bib.problems.begin(), bib.problems.end(), [](const Problem& a, const Problem& b) {
    return std::pair(a.position.line, a.position.column) < std::pair(b.position.line, b.position.column);
  });
  return bib;
}

Result<Bibliography> extract_file(const std::string& path, std::istream& standard_input, const Options& options) {
  auto document = read_document(path, standard_input, options);
  if (!document) return document.error();
  return build_bibliography(std::move(*document), options);
}

}  // namespace citekit::extract
