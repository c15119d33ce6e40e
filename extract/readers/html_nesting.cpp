// The estimate follows the HTML5 tokenizer closely enough never to take for
// text what the parser reads as tags (comments, quoted attribute values and
// raw-text elements end where the tokenizer ends them), and keeps a stack
// of open elements that only pops where the tree builder surely pops too:
// an end tag closing the current element, an end tag of a block closing the
// paragraphs and list items the parser closes by itself, </table>, and start
// tags that close an open <p>, <li>, <dd>, <dt>, <option> or heading.
#include "extract/readers/html_nesting.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace citekit::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <std::size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// HTML elements that hold nothing and are never left open.
bool is_void(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
      "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
  return is_one_of(name, kNames);
}

// Start tags that leave SVG or MathML content for HTML.
bool leaves_foreign_content(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
      "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
      "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
      "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"};
  return is_one_of(name, kNames);
}

// Foreign elements whose content is parsed as HTML again.
bool is_integration_point(std::string_view name) {
  static constexpr std::string_view kNames[] = {"foreignobject", "desc", "title", "mi",
                                                          "mo", "mn", "ms", "mtext"};
  return is_one_of(name, kNames);
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool is_raw_text(std::string_view name) {
  static constexpr std::string_view kNames[] = {"style", "xmp", "iframe", "noembed",
                                                          "noframes", "noscript", "textarea", "title"};
  return is_one_of(name, kNames);
}

// Start tags that close an open <p> (when it is the current element, it certainly is closed).
bool closes_paragraph(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
      "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
      "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4",
      "h5", "h6", "pre", "listing", "form", "li", "dd", "dt"};
  return is_one_of(name, kNames) || name == "table" || name == "hr" || name == "xmp" || name == "plaintext";
}

// Elements the parser closes by itself before the end tag of a block.
bool is_implied_end(std::string_view name) {
  static constexpr std::string_view kNames[] = {"p",      "li", "dd", "dt", "option",
                                                           "optgroup", "rb", "rp", "rt", "rtc"};
  return is_one_of(name, kNames);
}

// End tags that close their element together with implied-end elements above it.
bool closes_through_implied(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div",
      "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu",
      "nav", "ol", "pre", "section", "summary", "ul", "li", "dd", "dt", "form"};
  return is_one_of(name, kNames);
}

struct Tag {
  std::string name;            // lower case
  std::size_t end = 0;         // just past its '>'; npos when the text ends inside it
  bool self_closing = false;
  bool html_encoding = false;  // encoding="text/html" or "application/xhtml+xml" (MathML annotation-xml)
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  // The tag whose name starts at `pos`, with its attributes skipped as the
  // tokenizer reads them (quoted values may hold '>').
  Tag read_tag(std::size_t pos) const {
    Tag tag;
    std::size_t i = pos;
    while (i < text_.size() && !is_space(text_[i]) && text_[i] != '/' && text_[i] != '>') ++i;
    tag.name = to_lower_ascii(text_.substr(pos, i - pos));
    while (i < text_.size()) {
      char c = text_[i];
      if (is_space(c)) {
        ++i;
      } else if (c == '>') {
        tag.end = i + 1;
        return tag;
      } else if (c == '/') {
        if (i + 1 < text_.size() && text_[i + 1] == '>') {
          tag.self_closing = true;
          tag.end = i + 2;
          return tag;
        }
        ++i;
      } else {
        i = skip_attribute(i, tag);
      }
    }
    tag.end = std::string_view::npos;
    return tag;
  }

  // Past the comment opened by "<!--" at `pos` ("<!-->" and "<!--->" end at once).
  std::size_t comment_end(std::size_t pos) const {
    std::size_t body = pos + 4;
    if (text_.compare(body, 1, ">") == 0) return body + 1;
    if (text_.compare(body, 2, "->") == 0) return body + 2;
    std::size_t dashes = body;
    while ((dashes = text_.find("--", dashes)) != std::string_view::npos) {
      if (text_.compare(dashes + 2, 1, ">") == 0) return dashes + 3;
      if (text_.compare(dashes + 2, 2, "!>") == 0) return dashes + 4;
      ++dashes;
    }
    return text_.size();
  }

  // Past the first '>' at or after `pos` (bogus comments, doctypes).
  std::size_t after_gt(std::size_t pos) const {
    std::size_t gt = text_.find('>', pos);
    return gt == std::string_view::npos ? text_.size() : gt + 1;
  }

  // True when "</name" (any case) followed by a space, '/' or '>' starts at `pos`.
  bool end_tag_at(std::size_t pos, std::string_view name) const {
    if (text_.compare(pos, 2, "</") != 0 || !iequals_ascii(text_.substr(pos + 2, name.size()), name)) return false;
    std::size_t after = pos + 2 + name.size();
    return after < text_.size() && (is_space(text_[after]) || text_[after] == '/' || text_[after] == '>');
  }

  // Where the raw text of `name` ends: at its end tag (left for the caller to read).
  std::size_t raw_text_end(std::size_t pos, std::string_view name) const {
    while ((pos = text_.find("</", pos)) != std::string_view::npos) {
      if (end_tag_at(pos, name)) return pos;
      ++pos;
    }
    return text_.size();
  }

  // Where a script's text ends, through its escaped ("<!--") and
  // double-escaped ("<!--<script>") states.
  std::size_t script_end(std::size_t pos) const {
    enum { data, escaped, double_escaped } state = data;
    std::size_t dashes = 0;
    for (; pos < text_.size(); ++pos) {
      char c = text_[pos];
      if (c == '-') {
        ++dashes;
        continue;
      }
      if (c == '>' && dashes >= 2 && state != data) state = data;
      dashes = 0;
      if (c != '<') continue;
      if (state == data && text_.compare(pos, 4, "<!--") == 0) {
        state = escaped;
        dashes = 2;
        pos += 3;
      } else if (end_tag_at(pos, "script")) {
        if (state != double_escaped) return pos;
        state = escaped;
      } else if (state == escaped && starts_script(pos)) {
        state = double_escaped;
      }
    }
    return text_.size();
  }

  std::string_view text() const { return text_; }

 private:
  bool starts_script(std::size_t pos) const {
    if (!iequals_ascii(text_.substr(pos + 1, 6), "script")) return false;
    std::size_t after = pos + 7;
    return after < text_.size() && (is_space(text_[after]) || text_[after] == '/' || text_[after] == '>');
  }

  // An attribute (name, '=', value) from `pos`; returns where it ends.
  std::size_t skip_attribute(std::size_t pos, Tag& tag) const {
    std::size_t i = pos + 1;  // a leading '=' belongs to the name
    while (i < text_.size() && !is_space(text_[i]) && text_[i] != '/' && text_[i] != '>' && text_[i] != '=') ++i;
    std::string_view name = text_.substr(pos, i - pos);
    std::size_t j = i;
    while (j < text_.size() && is_space(text_[j])) ++j;
    if (j >= text_.size() || text_[j] != '=') return i;
    ++j;
    while (j < text_.size() && is_space(text_[j])) ++j;
    std::size_t value_begin = j, value_end;
    if (j < text_.size() && (text_[j] == '"' || text_[j] == '\'')) {
      std::size_t close = text_.find(text_[j], j + 1);
      if (close == std::string_view::npos) return text_.size();
      value_begin = j + 1;
      value_end = close;
      j = close + 1;
    } else {
      while (j < text_.size() && !is_space(text_[j]) && text_[j] != '>') ++j;
      value_end = j;
    }
    if (iequals_ascii(name, "encoding")) {
      std::string_view value = text_.substr(value_begin, value_end - value_begin);
      tag.html_encoding = iequals_ascii(value, "text/html") || iequals_ascii(value, "application/xhtml+xml");
    }
    return j;
  }

  std::string_view text_;
};

struct OpenElement {
  std::string name;
  bool foreign = false;       // SVG or MathML
  bool integration = false;   // foreign, but its content is HTML again
};

class NestingEstimate {
 public:
  NestingEstimate(std::string_view text, std::size_t stop_above) : tokens_(text), stop_above_(stop_above) {}

  HtmlNesting run() {
    std::string_view text = tokens_.text();
    std::size_t pos = 0;
    while (pos < text.size() && deepest_.depth <= stop_above_ && (pos = text.find('<', pos)) != std::string_view::npos) {
      char next = pos + 1 < text.size() ? text[pos + 1] : '\0';
      if (is_alpha(next)) pos = on_start_tag(pos);
      else if (next == '/') pos = on_end_tag(pos);
      else if (text.compare(pos, 4, "<!--") == 0) pos = tokens_.comment_end(pos);
      else if (in_foreign_content() && text.compare(pos, 9, "<![CDATA[") == 0) pos = after(text.find("]]>", pos), 3);
      else if (next == '!' || next == '?') pos = tokens_.after_gt(pos + 2);
      else ++pos;
    }
    return deepest_;
  }

 private:
  std::size_t after(std::size_t found, std::size_t length) const {
    return found == std::string_view::npos ? tokens_.text().size() : found + length;
  }

  bool in_foreign_content() const { return !open_.empty() && open_.back().foreign && !open_.back().integration; }
  bool top_is(std::string_view name) const { return !open_.empty() && open_.back().name == name; }

  std::size_t on_start_tag(std::size_t pos) {
    Tag tag = tokens_.read_tag(pos + 1);
    if (tag.end == std::string_view::npos) return tokens_.text().size();  // the parser drops a tag the text ends in
    tag_offset_ = pos;
    return open(tag);
  }

  // Returns where tokenizing goes on: after the tag, or after the raw text it starts.
  std::size_t open(const Tag& tag) {
    if (in_select_ && !in_foreign_content()) return open_in_select(tag);
    if (tag.name == "svg" || tag.name == "math" || (in_foreign_content() && !leaves_foreign_content(tag.name))) {
      bool integration = is_integration_point(tag.name) || (tag.name == "annotation-xml" && tag.html_encoding);
      if (!tag.self_closing) push(OpenElement{tag.name, true, integration});
      return tag.end;
    }
    if (tag.name == "plaintext") return tokens_.text().size();  // everything after it is text
    close_implied_by(tag.name);
    if (is_void(tag.name)) return tag.end;
    push(OpenElement{tag.name, false, false});
    if (tag.name == "select") in_select_ = true;
    if (tag.name == "script") return tokens_.script_end(tag.end);
    if (is_raw_text(tag.name)) return tokens_.raw_text_end(tag.end, tag.name);
    return tag.end;
  }

  // Inside <select> the parser keeps options, scripts and templates and
  // ignores other tags; <input>, <keygen> and <textarea> close the select.
  std::size_t open_in_select(const Tag& tag) {
    if (tag.name == "select" || tag.name == "input" || tag.name == "keygen" || tag.name == "textarea") {
      close_select();
      return tag.name == "select" ? tag.end : open(tag);
    }
    if (tag.name == "option" || tag.name == "optgroup") {
      close_implied_by(tag.name);
      push(OpenElement{tag.name, false, false});
    } else if (tag.name == "script" || tag.name == "template") {
      push(OpenElement{tag.name, false, false});
      if (tag.name == "script") return tokens_.script_end(tag.end);
    }
    return tag.end;
  }

  void close_select() {
    in_select_ = false;
    for (std::size_t i = open_.size(); i-- > 0;)
      if (open_[i].name == "select") return pop_to(i);
  }

  // Start tags that certainly close the current element.
  void close_implied_by(std::string_view name) {
    if (closes_paragraph(name) && top_is("p")) open_.pop_back();
    if ((name == "li" && top_is("li")) || ((name == "dd" || name == "dt") && (top_is("dd") || top_is("dt"))) ||
        ((name == "option" || name == "optgroup") && top_is("option")) || (name == "optgroup" && top_is("optgroup")))
      open_.pop_back();
    bool heading = name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
    if (heading && !open_.empty() && open_.back().name.size() == 2 && open_.back().name[0] == 'h' &&
        open_.back().name[1] >= '1' && open_.back().name[1] <= '6')
      open_.pop_back();
  }

  std::size_t on_end_tag(std::size_t pos) {
    std::string_view text = tokens_.text();
    if (pos + 2 >= text.size()) return text.size();
    if (text[pos + 2] == '>') return pos + 3;
    if (!is_alpha(text[pos + 2])) return tokens_.after_gt(pos + 2);  // a bogus comment
    Tag tag = tokens_.read_tag(pos + 2);
    if (tag.end == std::string_view::npos) return text.size();
    if (tag.name == "select" && in_select_) close_select();
    else close(tag.name);
    return tag.end;
  }

  void close(const std::string& name) {
    if (open_.empty()) return;
    // Foreign elements close up to the one named, whatever is open inside it.
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (open_[i].name == name) return pop_to(i);
      if (!open_[i].foreign) break;
    }
    if (closes_through_implied(name)) {
      for (std::size_t i = open_.size(); i-- > 0 && is_implied_end(open_[i].name);)
        if (i > 0 && open_[i - 1].name == name) return pop_to(i - 1);
    }
    if (name == "table") {
      for (std::size_t i = open_.size(); i-- > 0 && open_[i].name != "template" && open_[i].name != "html";)
        if (open_[i].name == "table") return pop_to(i);
    }
  }

  void pop_to(std::size_t index) { open_.resize(index); }

  void push(OpenElement element) {
    open_.push_back(std::move(element));
    if (open_.size() > deepest_.depth) deepest_ = HtmlNesting{open_.size(), tag_offset_};
  }

  Tokenizer tokens_;
  std::size_t stop_above_;
  std::vector<OpenElement> open_;
  std::size_t tag_offset_ = 0;   // where the start tag being handled begins
  HtmlNesting deepest_;
  bool in_select_ = false;
};

}  // namespace

HtmlNesting estimated_html_nesting(std::string_view text, std::size_t stop_above) {
  return NestingEstimate(text, stop_above).run();
}

}  // namespace citekit::extract
