// Span repairs of the numbers: volume, issue and pages, as structure makes
// them certain (run by repair_spans, in span_repairs.cpp).
#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/span_repairs.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace citekit::extract::parsing {
namespace {

// Where a volume span's issue lies, when the span holds both ("150(4)",
// "Volume 7, Number 2", "Band 20, Nr. 9", "第3卷第2期", "제3권 제2호"). A bare
// "16, 1" is left alone: the second number may as well be the page.
struct IssueInVolume {
  std::size_t volume_end = 0;   // offsets into the span
  std::size_t issue_begin = 0;
};

std::optional<IssueInVolume> issue_in_volume(std::string_view span) {
  // A volume's marker and number, an issue's marker and number (or range: "1-2").
  // A bracketed issue has at most three digits, so that "12 (2001)" is no issue.
  static const std::array<Regex, 3> kForms{
      Regex(R"(^(.*?\d[A-Za-z]?)\s*(\(\s*\d{1,3}(?:\s*[-/–]\s*\d{1,3})?\s*\))[\s,.:;]*$)"),
      Regex(R"(^((?:(?:vols?|volume|bd|band|jg|jahrgang|tome|tomo|t)\b\.?\s*)?\d+[A-Za-z]?)[\s,;.]*)"
            R"(((?:(?:nos?|nr|number|issue|iss|heft|h|num)\b\.?|n°|nº)\s*\d+(?:\s*[-/–]\s*\d+)?)[\s,.:;]*$)",
            Regex::caseless),
      Regex(R"(^((?:第|제)?\s*\d+\s*(?:卷|권))\s*((?:第|제)?\s*\d+\s*(?:期|号|號|호))[\s,.:;]*$)"),
  };
  // Each form needs a mark of its own: a bracket, a letter after a digit
  // (the issue's marker), a CJK counter. Most volume spans ("12,", "Vol. 12")
  // have none of them.
  const bool bracket = span.find('(') != std::string_view::npos;
  const std::size_t digit = span.find_first_of("0123456789");
  const bool letter_after_digit =
      digit != std::string_view::npos && std::any_of(span.begin() + static_cast<std::ptrdiff_t>(digit), span.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
      });
  const bool counter = !is_ascii(span);
  const bool wanted[] = {bracket, letter_after_digit, counter};
  for (std::size_t i = 0; i < kForms.size(); ++i)
    if (auto m = wanted[i] ? kForms[i].match_at(span) : std::nullopt; m && m->end() == span.size())
      return IssueInVolume{m->end(1), m->begin(2)};
  return std::nullopt;
}

}  // namespace

// A short bare number between the volume and a second page span is the issue
// ("American Anthropologist 57,1 (1955): 71-83"): a reference has one page
// range, and an issue sits right after its volume.
void issue_between_volume_and_pages(Workspace& ws) {
  if (ws.has(Label::issue)) return;
  static const Regex bare_number(R"(^\(?\d{1,3}\)?[\s,.:;]*$)");
  auto& spans = ws.spans;
  for (std::size_t i = 1; i + 1 < spans.size(); ++i) {
    if (spans[i].label != Label::pages || spans[i - 1].label != Label::volume) continue;
    bool pages_follow = std::ranges::any_of(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1, spans.end(),
                                            [](const LabelledSpan& s) { return s.label == Label::pages; });
    if (pages_follow && bare_number.full_match(spans[i].text(ws.source))) spans[i].label = Label::issue;
    return;
  }
}

// A "volume" of two digits with a leading zero before a bracketed year is
// the issue, as journals numbered by year and month cite it ("JHEP 04
// (2009) 065", "JCAP 08 (2016) 029": issue 4 of the 2009 volume, article
// 065); volumes are not written with one.
void issue_with_leading_zero(Workspace& ws) {
  if (ws.has(Label::issue)) return;
  auto& spans = ws.spans;
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    if (spans[i].label != Label::volume || spans[i + 1].label != Label::date) continue;
    std::string_view number = trim(spans[i].text(ws.source), ",.;:");
    std::string_view between = trim(std::string_view(ws.source).substr(spans[i].end, spans[i + 1].end - spans[i].end));
    if (number.size() == 2 && number[0] == '0' && std::isdigit(static_cast<unsigned char>(number[1])) &&
        between.starts_with('('))
      spans[i].label = Label::issue;
    return;
  }
}

// The labeller sometimes leaves a volume and its issue in one span; they are
// two fields, so the issue is split off. A span with only an issue's counter
// ("總第221期", "第2期", "제2호") is the issue, and one with only a volume's
// ("第3卷") the volume, whichever of the two the labeller called it.
void issue_inside_volume(Workspace& ws) {
  static const Regex issue_counter(R"(^(?:總|总|통권)?\s*(?:第|제)?\s*\d+\s*(?:期|号|號|호)[\s,.:;]*$)");
  static const Regex volume_counter(R"(^(?:第|제)?\s*\d+\s*(?:卷|권)[\s,.:;]*$)");
  auto& spans = ws.spans;
  for (auto& span : spans) {
    if (span.label != Label::volume && span.label != Label::issue) continue;
    std::string_view text = span.text(ws.source);
    if (is_ascii(text)) continue;   // the counters are CJK
    if (span.label == Label::volume && issue_counter.full_match(text)) span.label = Label::issue;
    else if (span.label == Label::issue && volume_counter.full_match(text)) span.label = Label::volume;
  }
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].label != Label::volume && spans[i].label != Label::issue) continue;
    // Split only when the other field is not found elsewhere.
    if (ws.has(spans[i].label == Label::volume ? Label::issue : Label::volume)) return;
    auto parts = issue_in_volume(spans[i].text(ws.source));
    if (!parts) return;
    LabelledSpan issue{Label::issue, static_cast<std::uint32_t>(spans[i].begin + parts->issue_begin), spans[i].end};
    spans[i].label = Label::volume;
    spans[i].end = static_cast<std::uint32_t>(spans[i].begin + parts->volume_end);
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1, issue);
    return;
  }
}

// A date span "1716 (1954)" in a reference with no pages: the number before
// the bracketed year is the page ("J. Am. Chem. Soc. 76, 1716 (1954)").
void split_page_from_date(Workspace& ws) {
  const std::string& source = ws.source;
  auto& spans = ws.spans;
  if (ws.has(Label::pages)) return;
  static const Regex page_then_year(R"(^(\d+)[,.]?\s*(\(\s*\d{4}\s*\))[.,;:]?$)");
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].label != Label::date) continue;
    auto m = page_then_year.match_at(spans[i].text(source));
    if (!m || m->end() != spans[i].end - spans[i].begin) continue;
    auto year = static_cast<std::uint32_t>(spans[i].begin + m->begin(2));
    LabelledSpan page{Label::pages, spans[i].begin, year};
    spans[i].begin = year;
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i), page);
    return;
  }
}

}  // namespace citekit::extract::parsing
