#include "extract/parse/field_spans.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/tokenizer.hpp"

#include <algorithm>
#include <array>

namespace citekit::extract::parsing {
namespace {

struct Pair {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<Pair, 8> kEnclosing{{{"(", ")"}, {"[", "]"}, {"“", "”"}, {"\"", "\""}, {"«", "»"}, {"„", "“"},
                                          {"‘", "’"}, {"``", "''"}}};

constexpr std::string_view kSeparators = " ,;:";

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// A trailing period that belongs to the last word ("J.", "Inc.", "et al.") rather than the sentence.
bool period_belongs_to_word(std::string_view text) {
  std::size_t start = text.find_last_of(" .", text.size() - 2);
  std::string_view word = text.substr(start == std::string_view::npos ? 0 : start + 1);
  word.remove_suffix(1);
  if (word.empty()) return false;
  if (utf8_length(word) == 1) return true;   // an initial
  static constexpr std::string_view kAbbreviations[] = {"al", "Inc", "Ltd", "Co", "Jr", "Sr", "etc", "eds", "Eds",
                                                        "ed", "Ed", "Hrsg", "trans", "Trans", "dir", "St", "Bros"};
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
}

// A closing quotation mark opening a span belongs to the span before it
// ("', in Proc. TARK-88": the title's quote, then the container).
std::string_view without_stray_close(std::string_view text) {
  if (text.empty()) return text;
  for (std::string_view close : kClosingQuotes) {
    // The first byte first: most spans open with no quote, and a call to memcmp costs more.
    if (text.front() != close.front() || !text.starts_with(close)) continue;
    std::string_view rest = text.substr(close.size());
    if (!rest.empty() && kSeparators.find(rest.front()) != std::string_view::npos) return rest;
  }
  return text;
}

// An opening mark ending a span, after a space, opens the span after it
// ("김흥규, 'Q방법론의 유용성,'": the title's quotation, not the author's).
std::string_view without_stray_open(std::string_view text) {
  static constexpr std::string_view kOpening[] = {"'", "\"", "‘", "“", "«", "„", "(", "["};
  if (text.empty()) return text;
  for (std::string_view open : kOpening) {
    // The last byte first: most spans end in none of them.
    if (text.back() != open.back() || !text.ends_with(open) || text.size() == open.size()) continue;
    if (text[text.size() - open.size() - 1] == ' ') return text.substr(0, text.size() - open.size());
  }
  return text;
}

std::string_view strip_enclosing(std::string_view text) {
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    text = trim(without_stray_open(without_stray_close(trim(text, kSeparators))), kSeparators);
    // Bytes compared one by one: a call to memcmp for two bytes costs more than the test.
    // ". NATO": the stop before the span.
    if (text.size() >= 2 && text[0] == '.' && text[1] == ' ') text = trim(text.substr(1));
    // GOST's "//" before the work a title is part of ("Title // Вестник"): a separator.
    if (text.size() >= 2 && text[0] == '/' && text[1] == '/') text = trim(text.substr(2)), changed = true;
    std::size_t n = text.size();
    if (n >= 2 && text[n - 1] == '/' && text[n - 2] == '/' && !(n >= 3 && text[n - 3] == ':'))   // not "http://"
      text = trim(text.substr(0, n - 2)), changed = true;
    // "Title. — М.: Наука": a spaced dash separates fields (GOST's ". — ").
    // Each side's first byte is tested before the strings: most spans begin and end with no dash.
    for (std::string_view dash : {std::string_view("—"), std::string_view("–")}) {
      if (text.size() > dash.size() && text[text.size() - dash.size()] == dash.front() && text.ends_with(dash) &&
          text[text.size() - dash.size() - 1] == ' ')
        text = trim(text.substr(0, text.size() - dash.size())), changed = true;
      if (text.size() > dash.size() && text.front() == dash.front() && text.starts_with(dash) &&
          text[dash.size()] == ' ')
        text = trim(text.substr(dash.size())), changed = true;
    }
    if (text.empty()) break;
    for (const auto& p : kEnclosing) {
      if (text.front() != p.open.front() && text.back() != p.close.back()) continue;   // neither end: no comparing
      bool opens = text.starts_with(p.open), closes = text.size() > p.open.size() && text.ends_with(p.close);
      std::string_view inner = text;
      if (opens && closes) {
        inner = text.substr(p.open.size(), text.size() - p.open.size() - p.close.size());
        // "(a) and (b)" is not enclosed as a whole.
        if (p.open != p.close && inner.find(p.open) != std::string_view::npos &&
            inner.find(p.close) < inner.find(p.open))
          continue;
      } else if (opens && (p.open == p.close ? count(text, p.open) == 1 : count(text, p.close) < count(text, p.open))) {
        inner = text.substr(p.open.size());
      } else if (closes && (p.open == p.close ? count(text, p.close) == 1 : count(text, p.open) < count(text, p.close))) {
        inner = text.substr(0, text.size() - p.close.size());
      } else {
        continue;
      }
      text = inner;
      changed = true;
      break;
    }
    if (text.size() > 1 && text.back() == '.' && text[text.size() - 2] != '.' && !period_belongs_to_word(text)) {
      text.remove_suffix(1);
      changed = true;
    }
  }
  return text;
}

// The identifier token inside a span such as "Available at: <https://x.org>." or "doi:10.1/x".
std::string_view identifier_in(std::string_view text, TokenKind kind) {
  for (const Token& token : tokenize(text))
    if (token.kind == kind) return token.text(text);
  return {};
}

}  // namespace

// "In: Proceedings of …", "in :Mécanique …", "Dans Revue …": the lead-in is not part of the container's name.
std::string_view without_container_lead(std::string_view text) {
  static const Regex lead(R"(^(?:in|dans|en|im)\s*:?\s+|^(?:in|dans|im)\s*:)", Regex::caseless);
  if (auto m = lead.match_at(text)) return trim(text.substr(m->end()));
  return text;
}

// "published by George Thieme Verlag", "publié par Gallimard": the lead-in is not part of the publisher's name.
std::string_view without_publisher_lead(std::string_view text) {
  static const Regex lead(R"(^(?:published|publ?\.|publié|publicado|pubblicato|verlegt)\s+(?:by|par|por|da|bei|von)\s+)",
                          Regex::caseless);
  if (text.empty() || ((text[0] | 0x20) != 'p' && (text[0] | 0x20) != 'v')) return text;
  if (auto m = lead.match_at(text)) return trim(text.substr(m->end()));
  return text;
}

std::string_view identifier_text(Label label, std::string_view text) {
  std::string_view id = identifier_in(text, label == Label::url ? TokenKind::url : TokenKind::doi);
  if (id.empty() && label == Label::doi) id = identifier_in(text, TokenKind::url);   // "doi:https://doi.org/…"
  return id;
}

std::string clean_span_text(Label label, std::string_view text) {
  if (label == Label::url || label == Label::doi)
    if (std::string_view id = identifier_text(label, text); !id.empty()) return std::string(id);
  std::string_view clean = strip_enclosing(trim(text));
  if (label == Label::container) clean = strip_enclosing(without_container_lead(clean));
  if (label == Label::publisher) clean = strip_enclosing(without_publisher_lead(clean));
  if (label == Label::volume || label == Label::issue) {
    // Korean and Chinese volume and issue counters: "제25권" is "Vol. 25", "第3期" "No. 3",
    // "總第221期" and "통권제1호" the 221st and the first issue counted from the start.
    static constexpr std::string_view kLeads[] = {"總第", "总第", "통권제", "통권", "제", "第"};
    static constexpr std::string_view kCounters[] = {"권", "호", "卷", "期", "号", "號", "집", "輯"};
    for (auto lead : kLeads)
      if (clean.starts_with(lead)) clean = trim(clean.substr(lead.size()));
    for (auto counter : kCounters)
      if (clean.ends_with(counter)) clean = trim(clean.substr(0, clean.size() - counter.size()));
  }
  return std::string(clean);
}

std::vector<FieldSpan> field_spans(std::string_view source, const std::vector<LabelledSpan>& spans) {
  std::vector<FieldSpan> out;
  for (const auto& span : spans) {
    Label label = span.label;
    // A "URL" or "DOI" without one (a lead-in labelled with what follows it) is a note.
    if ((label == Label::url || label == Label::doi) && identifier_text(label, span.text(source)).empty())
      label = Label::note;
    std::string text = clean_span_text(label, span.text(source));
    if (!text.empty()) out.push_back(FieldSpan{std::string(to_string(label)), std::move(text)});
  }
  return out;
}

}  // namespace citekit::extract::parsing
