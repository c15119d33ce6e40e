#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/field_spans.hpp"
#include "extract/parse/lexicon.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/span_repairs.hpp"
#include "extract/parse/tokenizer.hpp"
#include "extract/parse/workspace.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace citekit::extract::parsing {
namespace {

struct Quotation {
  std::size_t close_begin = std::string_view::npos;   // the closing mark
  std::size_t close_end = std::string_view::npos;
};

// Where the quotation opening `span` closes: "“The Kosovo Indictment”. Contested Statehood".
Quotation opening_quotation(std::string_view span) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kQuotes{
      {{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"«", "»"}, {"„", "“"}, {"„", "”"}}};
  // A closing mark with a letter or digit right after it is an apostrophe ("Noah’s").
  auto inside_word = [span](std::size_t end) {
    return end < span.size() && (std::isalnum(static_cast<unsigned char>(span[end])) ||
                                 static_cast<unsigned char>(span[end]) >= 0x80);
  };
  for (const auto& [open, close] : kQuotes) {
    if (!span.starts_with(open)) continue;
    std::size_t at = span.find(close, open.size());
    while (at != std::string_view::npos && inside_word(at + close.size())) at = span.find(close, at + close.size());
    if (at != std::string_view::npos) return {at, at + close.size()};
  }
  return {};
}

// Where the quotation a title opens with begins: at the title, or just
// before it when the labeller gave the opening mark to the span before
// ("Dan Stone, \"Holocaust Spaces,\" in ...").
std::size_t quotation_start(std::string_view source, const LabelledSpan& title) {
  std::string_view before = source.substr(0, title.begin);
  for (std::string_view open : {"“", "\"", "‘", "«", "„"})
    if (before.ends_with(open)) return title.begin - open.size();
  return title.begin;
}

// A title span that runs past its closing quotation into a second
// sentence: the quoted part is the title and the rest its container, or a
// note when there is a container elsewhere ("“Survey results 2019.” The
// Trust’s results page", "“Horizontal Accountability,” in Andreas Schedler").
void split_quoted_title(Workspace& ws) {
  const std::string& source = ws.source;
  auto& spans = ws.spans;
  const bool has_container = ws.has(Label::container);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].label != Label::title) continue;
    const std::size_t start = quotation_start(source, spans[i]);
    std::string_view text = std::string_view(source).substr(start, spans[i].end - start);
    Quotation q = opening_quotation(text);
    if (q.close_begin == std::string_view::npos) return;
    std::size_t rest = q.close_end;
    while (rest < text.size() && std::string_view(" .,;:").find(text[rest]) != std::string_view::npos) ++rest;
    bool stop_inside = std::string_view(".,?!").find(text[q.close_begin - 1]) != std::string_view::npos;
    bool stop_after = text.substr(q.close_end, rest - q.close_end).find_first_of(".,") != std::string_view::npos;
    bool in_after = istarts_with_ascii(text.substr(rest), "in ") || istarts_with_ascii(text.substr(rest), "in:");
    if (rest >= text.size() || rest == q.close_end || !(stop_inside || stop_after || in_after)) return;
    LabelledSpan container{has_container ? Label::note : Label::container, static_cast<std::uint32_t>(start + rest), spans[i].end};
    spans[i].end = static_cast<std::uint32_t>(start + rest);
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1, container);
    return;
  }
}

// A title span whose last sentence is an organisation's short name, or
// whose last comma is followed by one (Harvard's "Mission in Kosovo:
// Mandate, OSCE."), with no container or publisher elsewhere: that name is
// the site or body that published it ("Resolution 1244. UN.").
void split_trailing_organisation(Workspace& ws) {
  const std::string& source = ws.source;
  auto& spans = ws.spans;
  if (ws.has(Label::container) || ws.has(Label::publisher)) return;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].label != Label::title) continue;
    std::string_view text = trim(spans[i].text(source), " .");
    std::size_t stop = text.rfind(". ");
    std::size_t comma = text.rfind(", ");
    std::string_view name;
    if (stop != std::string_view::npos && std::ranges::count(text.substr(stop + 2), ' ') <= 2)
      name = text.substr(stop + 2);
    else if (static const Regex acronym(R"(^(?![IVXLCDM]+$)\p{Lu}{2,6}$)");
             comma != std::string_view::npos && acronym.full_match(text.substr(comma + 2)))
      name = text.substr(comma + 2);   // an acronym after a comma: "Mission in Kosovo: Mandate, OSCE"
    if (name.empty() || !is_organisation_name(name)) return;
    auto begin = static_cast<std::uint32_t>(name.data() - source.data());
    LabelledSpan container{Label::container, begin, spans[i].end};
    spans[i].end = begin;
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1, container);
    return;
  }
}

// A newspaper's or a news magazine's name: an article at most, then one to
// three capitalised words, one of them a word newspapers are named by
// ("The Guardian", "New York Times", "Le Monde", "Süddeutsche Zeitung").
bool is_newspaper_name(std::string_view name) {
  static const Regex shape(R"(^(?:(?:The|Le|La|Les|Die|Der|Das|El|Il|O|A)\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$)");
  static const Regex word(
      R"(\b(?:Guardian|Times|Post|Herald|Tribune|Telegraph|Observer|Independent|Gazette|Chronicle|Monitor|Economist|)"
      R"(Mail|Express|Standard|Courier|News|Newsweek|Zeitung|Allgemeine|Monde|Figaro|Libération|País|Mundo|Spiegel|)"
      R"(Zeit|Rundschau|Presse|Corriere|Repubblica|Stampa|Folha|Estadão|Globo|Clarín|Nación|Tagesspiegel|Welt)\b)");
  return shape.full_match(name) && word.contains(name);
}

// A title span running on past a sentence's end into a newspaper's name,
// with no container elsewhere: the name is the newspaper, and what follows
// it after a comma (the day: "The Guardian, 6. Juni") a note ("Why
// Milosevic Blinked First. The Guardian").
void split_trailing_newspaper(Workspace& ws) {
  if (ws.has(Label::container)) return;
  auto& spans = ws.spans;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].label != Label::title) continue;
    std::string_view text = spans[i].text(ws.source);
    for (std::size_t stop = text.find(". "); stop != std::string_view::npos; stop = text.find(". ", stop + 1)) {
      std::size_t begin = stop + 2;
      std::size_t end = std::min(text.find(", ", begin), text.size());
      if (!is_newspaper_name(trim(text.substr(begin, end - begin), " .")) || trim(text.substr(0, stop)).empty()) continue;
      const std::uint32_t base = spans[i].begin, span_end = spans[i].end;
      auto name_end = static_cast<std::uint32_t>(base + end);
      LabelledSpan newspaper{Label::container, static_cast<std::uint32_t>(base + begin), name_end};
      spans[i].end = static_cast<std::uint32_t>(base + stop + 1);
      auto at = spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1, newspaper);
      if (name_end + 2 < span_end) spans.insert(at + 1, LabelledSpan{Label::note, name_end + 2, span_end});
      return;
    }
    return;
  }
}

// A title whose last sentence, or a bracket ending it, names the kind of
// work ("… in Respect of Kosovo. Advisory Opinion.", "Setting Kosovo Free:
// Remaining Challenges. Europe Report 218.", "… (Advisory Opinion)") or is a
// document's symbol ("… Status Settlement. S/2007/168/Add.1."): that part
// is the genre (the symbol becomes the number).
void split_trailing_genre(Workspace& ws) {
  static const Regex genre(
      R"((?:\.\s+|\s\()(?<genre>(?:(?:\p{Lu}[\p{L}-]*\s){0,2}(?:Report|Opinion|Paper|Brief|Briefing|Judgment|)"
      R"(Judgement|Memorandum|Thesis|Dissertation)(?:\s(?:No\.?\s?)?\d[\w./-]*)?)|[A-Z]{1,3}(?:/[A-Za-z0-9.]+){2,})\)?\.?$)");
  auto title = std::ranges::find_if(ws.spans, [](const LabelledSpan& s) { return s.label == Label::title; });
  if (title == ws.spans.end()) return;
  std::string_view text = title->text(ws.source);
  auto m = genre.find(text);
  // What stays must be a title, not a body's name the labeller took for one ("Board of Governors of
  // the Federal Reserve System. Fifty-Third Annual Report.").
  if (!m || m->begin() == 0) return;
  std::string_view before = trim(text.substr(0, m->begin()), " .");
  if (std::ranges::count(before, ' ') < 8 && has_word_of(before, lex_organisation)) return;
  const std::uint32_t base = title->begin, end = title->end;
  LabelledSpan kind{Label::genre, static_cast<std::uint32_t>(base + m->begin(genre.group("genre"))), end};
  title->end = static_cast<std::uint32_t>(base + m->begin() + (text[m->begin()] == '.' ? 1 : 0));
  ws.spans.insert(title + 1, kind);
}

// A title whose last sentence is one capitalised word ending the reference,
// with no container, publisher or place elsewhere: the word is where the
// work was written or issued ("Notes on the Parallel Education System.
// Prishtina", "… System. Prishtina;"), or its journal when a journal's word.
void split_trailing_place(Workspace& ws) {
  if (ws.has(Label::container) || ws.has(Label::publisher) || ws.has(Label::place)) return;
  auto& spans = ws.spans;
  if (spans.empty() || spans.back().label != Label::title) return;
  LabelledSpan& title = spans.back();
  if (!trim(std::string_view(ws.source).substr(title.end), " .;,").empty()) return;
  std::string_view text = trim(title.text(ws.source), " .;,");
  std::size_t stop = text.rfind(". ");
  if (stop == std::string_view::npos || std::ranges::count(text.substr(0, stop), ' ') < 2) return;
  std::string_view word = text.substr(stop + 2);
  static const Regex one_word(R"(^\p{Lu}\p{Ll}{3,}$)");
  if (!one_word.full_match(word) || has_word_of(word, lex_function | lex_report | lex_thesis)) return;
  auto begin = static_cast<std::uint32_t>(word.data() - ws.source.data());
  Label label = has_word_of(word, lex_journal) ? Label::container : Label::place;
  LabelledSpan place{label, begin, title.end};
  title.end = begin;
  spans.push_back(place);
}

// A title with no container whose last sentence is a short name that the
// pages or the volume follow: that name is the journal ("Kosovo’s Frozen
// Conflict. Foreign Policy 34–39 (2006)", Nature's order).
void journal_before_numbers(Workspace& ws) {
  if (ws.has(Label::container)) return;
  auto& spans = ws.spans;
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    if (spans[i].label != Label::title) continue;
    if (spans[i + 1].label != Label::pages && spans[i + 1].label != Label::volume) return;
    std::string_view text = trim(spans[i].text(ws.source), " ,");
    std::size_t stop = text.rfind(". ");
    if (stop == std::string_view::npos || std::ranges::count(text.substr(0, stop), ' ') < 1) return;
    std::string_view name = text.substr(stop + 2);
    static const Regex journal_name(R"(^\p{Lu}[\p{L}'’&-]*(?:\s(?:\p{Lu}[\p{L}'’&-]*|of|and|for|in|the|&)){1,4}$)");
    if (!journal_name.full_match(name)) return;
    auto begin = static_cast<std::uint32_t>(name.data() - ws.source.data());
    LabelledSpan journal{Label::container, begin, spans[i].end};
    spans[i].end = begin;
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1, journal);
    return;
  }
}

// "Resolution 1244 on the Situation Relating to Kosovo., 10 jun. 1999": a
// day and a month ending the title, right before the year, are the date's.
void day_and_month_to_date(Workspace& ws) {
  auto& spans = ws.spans;
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    if (spans[i].label != Label::title || spans[i + 1].label != Label::date) continue;
    static const Regex day_month(R"(,\s*(?<day>\d{1,2}\.?\s+(?<month>\p{L}{3,10}))\.?\s*$)");
    std::string_view text = spans[i].text(ws.source);
    auto m = day_month.find(text);
    if (!m || !has_word_of(m->str(day_month.group("month")), lex_month)) return;
    if (!trim(std::string_view(ws.source).substr(spans[i].end, spans[i + 1].begin - spans[i].end), " .").empty()) return;
    spans[i + 1].begin = static_cast<std::uint32_t>(spans[i].begin + m->begin(day_month.group("day")));
    spans[i].end = static_cast<std::uint32_t>(spans[i].begin + m->begin());
    return;
  }
}

// A reference with neither title nor container whose only words are a note
// ("A draft note that the text never cites."): the note is what names it.
void title_from_note(Workspace& ws) {
  const std::string& source = ws.source;
  auto& spans = ws.spans;
  if (ws.has(Label::title) || ws.has(Label::container)) return;
  LabelledSpan* longest = nullptr;
  for (auto& span : spans)
    if (span.label == Label::note && (!longest || span.end - span.begin > longest->end - longest->begin)) longest = &span;
  if (longest && std::ranges::count(longest->text(source), ' ') >= 2) longest->label = Label::title;
}

// A bracketed role marker opening the span after a list of names belongs to
// the names ("Boyer D., Vivas M. (dir.) Déplacer les morts"): the labeller
// sometimes starts the title there.
void role_marker_to_names(Workspace& ws) {
  static const Regex marker(R"(^\(\s*(?:eds?|hrsg|hg|dirs?|coords?|comps?|trans|trad|éds?)\.?\s*\)[.,:]?)", Regex::caseless);
  auto& spans = ws.spans;
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    if (spans[i].label != Label::author && spans[i].label != Label::editor) continue;
    if (spans[i + 1].label == spans[i].label || spans[i + 1].begin < spans[i].end) continue;
    std::string_view between = std::string_view(ws.source).substr(spans[i].end, spans[i + 1].begin - spans[i].end);
    if (!trim(between).empty()) continue;
    auto m = marker.match_at(spans[i + 1].text(ws.source));
    if (!m) continue;
    auto end = static_cast<std::uint32_t>(spans[i + 1].begin + m->end());
    spans[i].end = end;
    while (end < spans[i + 1].end && ws.source[end] == ' ') ++end;
    spans[i + 1].begin = end;
    if (spans[i + 1].begin >= spans[i + 1].end) spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// A second title after the editors of a reference with no container is the
// book the editors edited ("'Title', in A. Editor (ed.), Book Title."):
// editors stand between a work and the container holding it.
void container_after_editors(Workspace& ws) {
  if (ws.has(Label::container)) return;
  bool title = false, editors_after_title = false;
  for (auto& span : ws.spans) {
    if (span.label == Label::title && editors_after_title) {
      span.label = Label::container;
      return;
    }
    title = title || span.label == Label::title;
    editors_after_title = editors_after_title || (title && span.label == Label::editor);
  }
}

// A container with no title in a reference that has a publisher or a place
// and no volume, issue or pages is a book's own title ("Smith, J., eds. Law
// and Literature. Oxford: OUP."): nothing else is there for it to contain.
// A container introduced by "In" stays one.
void book_title_from_container(Workspace& ws) {
  if (ws.has(Label::title) || !(ws.has(Label::publisher) || ws.has(Label::place))) return;
  if (ws.has(Label::volume) || ws.has(Label::issue) || ws.has(Label::pages)) return;
  static const Regex lead_in(R"((?:^|[\s.,;:])(?:in|dans|im)\s*:?\s*$)", Regex::caseless);
  for (auto& span : ws.spans) {
    if (span.label != Label::container) continue;
    std::string_view before = std::string_view(ws.source).substr(0, span.begin);
    std::string_view own = trim(span.text(ws.source));
    bool led_in = lead_in.contains(before.substr(before.size() - std::min<std::size_t>(before.size(), 8))) ||
                  without_container_lead(own).size() != own.size();
    if (!led_in) span.label = Label::title;
    return;
  }
}

// The only name-like span of a reference with volume or pages but neither
// title nor container is the journal of a short citation ("Leukemia (2009)
// 23, 1587-1597"): a work is never cited by its author and numbers alone. A
// list of people (";", "&", "and", many words) stays the author.
void journal_from_lone_author(Workspace& ws) {
  if (ws.has(Label::title) || ws.has(Label::container)) return;
  if (!ws.has(Label::volume) && !ws.has(Label::pages)) return;
  LabelledSpan* author = nullptr;
  for (auto& span : ws.spans) {
    if (span.label != Label::author) continue;
    if (author) return;
    author = &span;
  }
  if (!author) return;
  std::string_view text = author->text(ws.source);
  if (std::ranges::count(text, ' ') >= 6 || text.find_first_of(";&") != std::string_view::npos) return;
  if (contains_any_ascii_caseless(text, {" and ", " und ", " et "})) return;
  author->label = Label::container;
}

// Whether a title ends as a finished one does: with a full stop, a question
// or exclamation mark, or a closing quotation mark ("'Title', 2006").
// A quotation inside the title that closes on a comma ("The Emergence of the Kosovo “Parallel State,”
// 1988-1992") ends a phrase, not the title; one wrapping the whole title closes it.
bool title_is_closed(std::string_view title) {
  title = trim(title, ",;:");
  if (title.empty() || std::string_view(".?!").find(title.back()) != std::string_view::npos) return true;
  for (std::string_view close : kClosingQuotes) {
    if (!title.ends_with(close)) continue;
    std::string_view inside = title.substr(0, title.size() - close.size());
    bool wrapped = std::ranges::any_of(std::array<std::string_view, 6>{"“", "‘", "«", "\"", "'", "„"},
                                       [title](std::string_view open) { return title.starts_with(open); });
    return wrapped || !inside.ends_with(",");
  }
  return false;
}

// A year running on from an unfinished title, in a reference dated
// elsewhere, belongs to the title ("Histoire de l'industrie en France de
// 1789 à 1870, Vol. 2 ... 1904", "... di Fossoli (1945-1947). Torino,
// 2008", "Palmer's River, 1719-1775"): the labeller takes any year for the
// date. A title closed by a full stop or a quotation stays as it is.
void year_inside_title(Workspace& ws) {
  auto& spans = ws.spans;
  auto dates = std::ranges::count_if(spans, [](const LabelledSpan& s) { return s.label == Label::date; });
  if (dates < 2) return;
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    if (spans[i].label != Label::title || spans[i + 1].label != Label::date) continue;
    std::string_view title = trim(spans[i].text(ws.source));
    std::string_view between = std::string_view(ws.source).substr(spans[i].end, spans[i + 1].begin - spans[i].end);
    if (title_is_closed(title) || !trim(between).empty()) return;
    std::size_t last = i + 2 < spans.size() && spans[i + 2].label == Label::title ? i + 2 : i + 1;
    spans[i].end = spans[last].end;
    spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1, spans.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    return;
  }
}

// Whether `text` opens with a letter of any script.
bool is_letter_start(std::string_view text) {
  std::size_t at = 0;
  return !text.empty() && char_class(next_code_point(text, at)) == CharClass::letter;
}

// Whether a word of `text` is a journal's or a meeting's ("Progress in
// Pattern Recognition", "Abstracts of the First Conference on ...").
bool names_journal_or_meeting(std::string_view text) { return has_word_of(text, lex_journal | lex_proceedings); }

// A reference with no title whose author is neither a person nor an organisation is an anonymous work
// named by its title ("Origins of UNOSEK. (2020). UNOSEK. https://…", "Origins of UNOSEK. Disponível em:
// <…>"): the labeller took its opening words for the author, as an author opens most references. What
// the author span holds past the title's first sentence is the site or body publishing it ("Origins of
// UNOSEK [Internet]. UNOSEK. 2020", "Origins of UNOSEK. UNOSEK https://…"); a lone body's name taken for
// the title is that site too ("Origins of UNOSEK (2020) UNOSEK. Available at: …").
void title_from_unnamed_author(Workspace& ws) {
  auto title = std::ranges::find_if(ws.spans, [](const LabelledSpan& s) { return s.label == Label::title; });
  bool site_as_title = title != ws.spans.end() && std::ranges::count(title->text(ws.source), ' ') == 0 &&
                       is_organisation_name(trim(title->text(ws.source), " .,;:")) && !ws.has(Label::container);
  if (title != ws.spans.end() && !site_as_title) return;
  auto author = std::ranges::find_if(ws.spans, [](const LabelledSpan& s) { return s.label == Label::author; });
  if (author == ws.spans.end()) return;
  std::string_view whole = author->text(ws.source);
  std::size_t stop = whole.find(". ");
  std::string_view lead = trim(whole.substr(0, stop), " .,;:");
  if (lead.ends_with("]")) lead = trim(lead.substr(0, lead.rfind('[')));
  // A stop after an initial ends no sentence ("… by Douglas P. Wornell").
  std::size_t last_word = lead.find_last_of(' ');
  if (stop != std::string_view::npos && utf8_length(lead.substr(last_word == std::string_view::npos ? 0 : last_word + 1)) < 2)
    return;
  // A title's small words ("of", "the", "for"); no list's commas, no initials' stops, no reading as names.
  bool title_words = has_word_of(lead, lex_function) && lead.find_first_of(",;&.") == std::string_view::npos &&
                     !contains_any_ascii_caseless(lead, {"et al"});
  if (!title_words || looks_like_name_list(lead) || is_organisation_name(lead)) return;
  if (site_as_title) title->label = Label::container;
  author->label = Label::title;
  if (stop == std::string_view::npos || trim(whole.substr(stop + 1), " .,;:").empty()) return;
  const std::uint32_t site_begin = static_cast<std::uint32_t>(author->begin + stop + 2), site_end = author->end;
  author->end = static_cast<std::uint32_t>(author->begin + stop + 1);
  if (!ws.has(Label::container))
    ws.spans.insert(author + 1, LabelledSpan{Label::container, site_begin, site_end});
}

// A title with no container after it that goes on, past a comma, into a
// capitalised part naming a journal or a meeting, ends at that comma: the
// rest is the container ("Restoration of music documents, Progress in
// Pattern Recognition, Berlin: Springer"). A part before the comma of fewer
// than three words is too short to be the whole title, and is not cut off.
// GOST's "//" always introduces the work the title is part of ("Title //
// Вестник МГУ", "Concept of a System // Proceedings of the 4th Symposium").
void container_after_comma_in_title(Workspace& ws) {
  if (ws.has(Label::container)) return;
  auto title_span = std::ranges::find_if(ws.spans, [](const LabelledSpan& s) { return s.label == Label::title; });
  if (title_span == ws.spans.end()) return;
  std::string_view title = title_span->text(ws.source);
  for (std::size_t cut = 1; cut < title.size(); ++cut) {
    bool slashes = title.substr(cut, 2) == "//" && title[cut - 1] != ':';
    std::size_t mark = title[cut] == ',' ? 1 : slashes ? 2 : 0;
    if (!mark) continue;
    std::size_t at = cut + mark;
    while (at < title.size() && title[at] == ' ') ++at;
    if (at >= title.size()) return;
    std::size_t probe = at;
    char32_t first = next_code_point(title, probe);
    bool capitalised = (first >= '0' && first <= '9') || letter_case(first) == LetterCase::upper;
    bool journal_after_comma =
        capitalised && std::ranges::count(trim(title.substr(0, cut)), ' ') >= 2 && names_journal_or_meeting(title.substr(at));
    if (!(slashes ? !trim(title.substr(0, cut)).empty() && is_letter_start(title.substr(at)) : journal_after_comma))
      continue;
    LabelledSpan container{Label::container, static_cast<std::uint32_t>(title_span->begin + at), title_span->end};
    title_span->end = static_cast<std::uint32_t>(title_span->begin + cut + mark);
    ws.spans.insert(title_span + 1, container);
    return;
  }
}

// An article's title cut at a comma whose journal holds a sentence's end:
// the words before that stop finish the title, and the journal begins after
// it ("Political Economy, | Ethnicity and Development in Yugoslavia, Serbia
// and Kosovo. Europe-Asia Studies 62"). Only for a journal (a volume
// follows), and only plain words are moved: no abbreviation ("Nuclear
// Phys. B"), number, bracket or quotation, no journal's, meeting's or
// institution's word, nothing opening with "in" (a book holding the work);
// the journal left is two words or more and unabbreviated ("Water Resour.
// Res", "Duke Math. J." are one abbreviated name), the title not quoted.
void title_past_comma_into_container(Workspace& ws) {
  auto& spans = ws.spans;
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    if (spans[i].label != Label::title || spans[i + 1].label != Label::container) continue;
    std::string_view between = std::string_view(ws.source).substr(spans[i].end, spans[i + 1].begin - spans[i].end);
    std::string_view title = spans[i].text(ws.source);
    bool cut_at_comma = trim(between) == "," || (trim(between).empty() && !title.empty() && title.back() == ',');
    if (!cut_at_comma) return;
    std::string_view container = spans[i + 1].text(ws.source);
    std::size_t stop = container.find(". ");
    if (stop == std::string_view::npos) return;
    std::string_view head = container.substr(0, stop);
    std::string_view tail = trim(container.substr(stop + 1));
    static const Regex unfit_head(R"((?:^in\b|[.\d()\[\]"“”‘’«»]|\s,|\b\p{L}{1,2}$))", Regex::caseless);
    static const Regex unfit_tail(R"((?:^\p{L}{1,2}\.?(?:\s|$)|\p{L}\.\s))");
    static const Regex quoted(R"(["“”‘’«»])");
    if (!ws.has(Label::volume) || tail.empty() || !is_letter_start(tail) || unfit_tail.contains(tail) ||
        std::ranges::count(tail, ' ') < 1 || quoted.contains(title) || std::ranges::count(head, ' ') < 1 ||
        unfit_head.contains(head) || has_word_of(head, lex_journal | lex_proceedings | lex_institution))
      return;
    spans[i].end = static_cast<std::uint32_t>(spans[i + 1].begin + stop + 1);
    spans[i + 1].begin = static_cast<std::uint32_t>(tail.data() - ws.source.data());
    return;
  }
}

// Whether `text` names the editors of a book, as people written family name
// first or marked by their role ("Munanga, Kabengele", "Schuppert, Gunnar
// Folke/Zürn, Michael (Hrsg.)"), each with a family and a given name: not a
// book's title ("Literary Criticism", "A Continuous Harmony"), a place, an
// organisation or a meeting ("Proc. Conf"), nor ending in an initial, whose
// stop may be the name's or the sentence's.
bool names_editors(std::string_view text) {
  std::string names = without_roles(text);
  bool inverted_or_marked = names.find(',') != std::string::npos || names.size() < trim(text).size();
  std::string_view last_word = std::string_view(names).substr(std::min(names.size(), names.find_last_of(" .,") + 1));
  if (names.empty() || !inverted_or_marked || utf8_length(last_word) <= 1 ||
      has_word_of(names, lex_journal | lex_proceedings | lex_place | lex_region | lex_publisher | lex_institution) ||
      !looks_like_name_list(names))
    return false;
  auto parsed = parse_names(names);
  return !parsed.empty() && std::ranges::all_of(parsed, [](const Name& n) {
    return n.literal.empty() && !n.family.empty() && !n.given.empty();
  });
}

// In `text` from `from`, "In: Names. Book" or "In: Names (Hrsg.): Book":
// where the names end (after their stop or colon) and the book begins. The
// longest run of people before a stop or colon is taken, so that initials
// ("In: Smith, J. A. Book") stay with their name.
std::optional<std::pair<std::size_t, std::size_t>> editors_after_in(std::string_view text, std::size_t from) {
  static const Regex lead(R"(in\s*:?\s+)", Regex::caseless);   // anchored at `from`
  if (from >= text.size() || (text[from] != 'I' && text[from] != 'i')) return std::nullopt;
  auto m = lead.match_at(text, from);
  if (!m) return std::nullopt;
  std::optional<std::pair<std::size_t, std::size_t>> found;
  int tried = 0;
  for (std::size_t end = m->end(); end + 1 < text.size() && tried < 6; ++end) {
    if ((text[end] != '.' && text[end] != ':') || text[end + 1] != ' ') continue;
    ++tried;
    std::size_t book = end + 1;
    while (book < text.size() && text[book] == ' ') ++book;
    if (book < text.size() && names_editors(text.substr(m->end(), end - m->end()))) found = {{end + 1, book}};
  }
  return found;
}

// A chapter's editors and book read as one container ("In: Munanga,
// Kabengele. Superando o racismo na escola"), or run on from its title
// ("Process-product research. In Harley, Birgit. The Development of Second
// Language Proficiency"): the names are the editors, the rest the book, as
// ABNT's "In: SOBRENOME, Nome (Org.). Título" and the German "In: Name
// (Hrsg.): Titel" write them.
void editors_in_container(Workspace& ws) {
  if (ws.has(Label::editor)) return;
  auto& spans = ws.spans;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    std::string_view text = spans[i].text(ws.source);
    std::size_t from = 0;
    if (spans[i].label == Label::title && !ws.has(Label::container)) {
      from = text.find(". In");
      if (from == std::string_view::npos) continue;
      from += 2;
    } else if (spans[i].label != Label::container) {
      continue;
    }
    auto found = editors_after_in(text, from);
    if (!found) return;
    const std::uint32_t begin = spans[i].begin, end = spans[i].end;
    LabelledSpan editor{Label::editor, static_cast<std::uint32_t>(begin + from), static_cast<std::uint32_t>(begin + found->first)};
    LabelledSpan book{Label::container, static_cast<std::uint32_t>(begin + found->second), end};
    auto at = spans.begin() + static_cast<std::ptrdiff_t>(i);
    if (from == 0) {
      *at = editor;
    } else {
      at->end = editor.begin;
      at = spans.insert(at + 1, editor);
    }
    spans.insert(at + 1, book);
    return;
  }
}

// Names whose only role words are a translator's ("Translated by Robert
// Hurley", "J. Smith, trans.") are the translators, and those whose only
// role words are an editor's the editors, whichever of the two the labeller
// called them; names with both roles stay as labelled.
void role_from_role_words(Workspace& ws) {
  for (auto& span : ws.spans) {
    if (span.label != Label::editor && span.label != Label::translator) continue;
    const std::uint32_t classes = word_classes(span.text(ws.source));
    const bool editor = (classes & lex_editor) != 0, translator = (classes & lex_translator) != 0;
    if (editor != translator) span.label = editor ? Label::editor : Label::translator;
  }
}

// A second, separate span of a field a reference names once (its authors,
// its title, its container, its publisher) is the labeller's slip, not a
// second value: the first span stands (the last one for the publisher, which
// closes the publication statement) and the others become notes.
void keep_one_span(std::vector<LabelledSpan>& spans) {
  auto keep = [&spans](Label label, auto first, auto last) {
    bool seen = false;
    for (auto it = first; it != last; ++it) {
      if (it->label != label) continue;
      if (seen) it->label = Label::note;
      seen = true;
    }
  };
  for (Label label : {Label::author, Label::title, Label::container}) keep(label, spans.begin(), spans.end());
  keep(Label::publisher, spans.rbegin(), spans.rend());
}

}  // namespace

void repair_spans(Workspace& ws) {
  role_marker_to_names(ws);
  container_after_editors(ws);
  year_inside_title(ws);
  keep_one_span(ws.spans);
  book_title_from_container(ws);
  journal_from_lone_author(ws);
  issue_between_volume_and_pages(ws);
  issue_with_leading_zero(ws);
  issue_inside_volume(ws);
  container_after_comma_in_title(ws);
  title_past_comma_into_container(ws);
  split_quoted_title(ws);
  editors_in_container(ws);
  role_from_role_words(ws);
  split_trailing_organisation(ws);
  split_trailing_newspaper(ws);
  split_trailing_genre(ws);
  split_trailing_place(ws);
  journal_before_numbers(ws);
  day_and_month_to_date(ws);
  split_page_from_date(ws);
  title_from_unnamed_author(ws);
  title_from_note(ws);
}

}  // namespace citekit::extract::parsing
