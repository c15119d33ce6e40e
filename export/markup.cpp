#include "export/markup.hpp"

#include "core/text.hpp"
#include "export/uri.hpp"

namespace citekit::exporting {
namespace {

std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Markdown's inline specials, so that a title with "*" or "[" stays text.
std::string markdown_escape(std::string_view text) {
  static constexpr std::string_view kSpecials = "\\`*_{}[]<>#|!~";
  std::string out;
  for (char c : text) {
    if (kSpecials.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Only web links become links: a document's "javascript:" URL stays text.
bool is_web_link(std::string_view url) {
  std::string lower = to_lower_ascii(url.substr(0, 8));
  return lower.starts_with("http://") || lower.starts_with("https://");
}

std::string text_span(const Span& span) {
  return span.kind == Span::Kind::link_status ? " [" + span.text + "]" : span.text;
}

std::string html_span(const Span& span) {
  std::string text = html_escape(span.text);
  switch (span.kind) {
    case Span::Kind::italic: return "<i>" + text + "</i>";
    case Span::Kind::link: return is_web_link(span.text) ? "<a href=\"" + text + "\">" + text + "</a>" : text;
    case Span::Kind::link_status: return " <span class=\"link-status\">[" + text + "]</span>";
    case Span::Kind::plain: break;
  }
  return text;
}

// Autolinks (<URL>) keep a URL whole; what a URI may not contain (spaces,
// angle brackets) is percent-encoded.
std::string markdown_span(const Span& span) {
  switch (span.kind) {
    case Span::Kind::italic: return "*" + markdown_escape(span.text) + "*";
    case Span::Kind::link: return is_web_link(span.text) ? "<" + any_uri(span.text) + ">" : markdown_escape(span.text);
    case Span::Kind::link_status: return " \\[" + markdown_escape(span.text) + "\\]";
    case Span::Kind::plain: break;
  }
  return markdown_escape(span.text);
}

template <typename SpanWriter>
std::string entry_text(const Entry& entry, SpanWriter write_span) {
  std::string out;
  for (const auto& span : entry) out += write_span(span);
  return out;
}

std::string render_text(const std::vector<ListedEntry>& entries) {
  std::vector<std::string> paragraphs;
  for (const auto& listed : entries) paragraphs.push_back(entry_text(listed.entry, text_span));
  return paragraphs.empty() ? std::string{} : join(paragraphs, "\n\n") + "\n";
}

std::string render_markdown(const std::vector<ListedEntry>& entries) {
  std::vector<std::string> paragraphs;
  for (const auto& listed : entries) paragraphs.push_back(entry_text(listed.entry, markdown_span));
  return paragraphs.empty() ? std::string{} : join(paragraphs, "\n\n") + "\n";
}

std::string render_html(const std::vector<ListedEntry>& entries) {
  std::string out =
      "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Bibliography</title>\n</head>\n<body>\n"
      "<div class=\"csl-bib-body\">\n";
  for (const auto& listed : entries)
    out += "<div class=\"csl-entry\" id=\"" + html_escape(listed.key) + "\">" + entry_text(listed.entry, html_span) +
           "</div>\n";
  return out + "</div>\n</body>\n</html>\n";
}

}  // namespace

std::string render(const std::vector<ListedEntry>& entries, Markup markup) {
  switch (markup) {
    case Markup::html: return render_html(entries);
    case Markup::markdown: return render_markdown(entries);
    case Markup::text: break;
  }
  return render_text(entries);
}

}  // namespace citekit::exporting
