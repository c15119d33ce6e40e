// HTML reader, on gumbo's HTML5 parse. A marker is a link to a note inside
// the page: pandoc (a.footnote-ref), cmark-gfm (sup.footnote-ref, a with
// data-footnote-ref), markdown-it (sup.footnote-ref), LibreOffice
// (a.sdendnoteanc / a.sdfootnoteanc), Word (href="#_ftnN" / "#_ednN") and
// Wikipedia (sup.reference). The note is the element the link points to, or
// the list item or note division around a named anchor. Its text leaves out
// the links back to the markers; other links keep their href. Note lists
// (section.footnotes, ol.references, LibreOffice's and Word's note
// divisions) also yield the notes no marker points at.
#include "extract/readers/formats.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/lists/block_text.hpp"
#include "extract/lists/blocks.hpp"
#include "extract/readers/html_nesting.hpp"
#include "extract/readers/note_numbering.hpp"
#include "extract/readers/coins.hpp"
#include "extract/readers/note_text.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <csetjmp>
#include <cstddef>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

namespace citekit::extract {
namespace {

// Every block gumbo allocates, kept in a list so that the whole tree is
// freed at once (gumbo_destroy_output frees it recursively, one stack frame
// per level of nesting), and counted against a budget: gumbo has no way to
// fail an allocation, so going over the budget jumps back to read_html,
// past gumbo's own frames (plain C, nothing to unwind), and the arena frees
// what gumbo had built.
class GumboArena {
 public:
  explicit GumboArena(std::size_t budget) : budget_(budget) {}
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena() {
    while (head_.next != &head_) release(head_.next);
  }

  GumboOptions options() {
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboArena::allocate;
    options.deallocator = &GumboArena::deallocate;
    options.userdata = this;
    options.max_errors = 0;  // citekit reports no HTML parse errors; recording them only costs memory
    return options;
  }

  // Where allocate() jumps when the budget is spent: set with setjmp before parsing.
  std::jmp_buf& over_budget() { return over_budget_; }

 private:
  struct alignas(std::max_align_t) Block {
    Block* previous;
    Block* next;
    std::size_t size;
  };

  static void* allocate(void* userdata, std::size_t size) {
    auto* arena = static_cast<GumboArena*>(userdata);
    if (size > arena->budget_ - arena->used_) std::longjmp(arena->over_budget_, 1);
    auto* block = static_cast<Block*>(std::malloc(sizeof(Block) + size));
    if (!block) std::longjmp(arena->over_budget_, 1);
    *block = Block{&arena->head_, arena->head_.next, size};
    arena->head_.next->previous = block;
    arena->head_.next = block;
    arena->used_ += size;
    return block + 1;
  }

  static void deallocate(void* userdata, void* pointer) {
    if (pointer) static_cast<GumboArena*>(userdata)->release(static_cast<Block*>(pointer) - 1);
  }

  void release(Block* block) {
    block->previous->next = block->next;
    block->next->previous = block->previous;
    used_ -= block->size;
    std::free(block);
  }

  std::size_t budget_;
  std::size_t used_ = 0;
  Block head_{&head_, &head_, 0};
  std::jmp_buf over_budget_;
};

bool is_element(const GumboNode* node) { return node && node->type == GUMBO_NODE_ELEMENT; }

std::string_view attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
  return found ? std::string_view(found->value) : std::string_view();
}

// A space-separated attribute ("class", "rel") holds the word.
bool has_word(std::string_view words, std::string_view wanted) {
  for (auto word : split(words, ' '))
    if (word == wanted) return true;
  return false;
}

bool has_class(const GumboNode* node, std::string_view wanted) { return has_word(attribute(node, "class"), wanted); }

bool is_tag(const GumboNode* node, GumboTag tag) { return is_element(node) && node->v.element.tag == tag; }

const GumboVector& children(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

struct FoundNote {
  const GumboNode* element;
  NoteKind kind;
};

class HtmlReader {
 public:
  HtmlReader(std::string_view text, const std::string& path) : lines_(text) {
    document_.path = path;
    document_.format = "html";
    document_.markers_can_repeat = true;
    // A browser's "Save page as" notes where the page came from.
    static const Regex saved_from(R"(<!-- saved from url=\(\d+\)(\S+?) ?-->)");
    if (auto m = saved_from.find(text.substr(0, std::min<std::size_t>(text.size(), 4096)))) own_paths_.insert(path_of(m->str(1)));
  }

  // The document, or an error when its elements nest deeper than `max_depth`.
  Result<Document> read(const GumboNode* root, std::size_t max_depth) {
    if (const GumboNode* deepest = index(root, max_depth))
      return Error{"nesting-too-deep", "elements nest deeper than the limit of " + std::to_string(max_depth),
                   at(deepest)};
    for (const GumboNode* anchor : anchors_)
      if (!in_page_fragment(attribute(anchor, "href")).empty()) consider_marker(anchor);
    for (const GumboNode* node : elements_) consider_note_list_item(node);
    for (const auto& [element, kind] : notes_in_order_) add_note(element, kind);
    sort_notes_by_number(document_.notes);
    collect_blocks(root);
    find_lists_and_citations(blocks_, document_);
    return std::move(document_);
  }

 private:
  Position at(const GumboNode* node) const {
    Position where = lines_.locate(node->v.element.start_pos.offset);
    where.file = document_.path;
    return where;
  }

  // Elements by id and by anchor name; links to places in the page. Returns
  // the first element nested deeper than `max_depth`, if any (the walks
  // over note text recurse, so nothing deeper is walked).
  const GumboNode* index(const GumboNode* node, std::size_t max_depth) {
    std::vector<std::pair<const GumboNode*, std::size_t>> stack{{node, 0}};
    while (!stack.empty()) {
      auto [current, depth] = stack.back();
      stack.pop_back();
      if (is_element(current) && depth > max_depth) return current;
      if (is_element(current)) {
        elements_.push_back(current);
        if (auto id = attribute(current, "id"); !id.empty()) targets_.emplace(id, current);
        if (is_tag(current, GUMBO_TAG_A)) {
          if (auto name = attribute(current, "name"); !name.empty()) targets_.emplace(name, current);
          if (attribute(current, "href").find('#') != std::string_view::npos) anchors_.push_back(current);
        }
        note_own_address(current);
      }
      if (current->type != GUMBO_NODE_DOCUMENT && !is_element(current)) continue;
      const GumboVector& kids = children(current);
      for (unsigned i = kids.length; i-- > 0;) stack.emplace_back(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    }
    return nullptr;
  }

  const GumboNode* target_of(const GumboNode* anchor) const {
    auto it = targets_.find(in_page_fragment(attribute(anchor, "href")));
    return it == targets_.end() ? nullptr : it->second;
  }

  // The page's own address, as its head gives it (canonical link, base,
  // og:url): a saved page's note links may name it in full.
  void note_own_address(const GumboNode* node) {
    if (is_tag(node, GUMBO_TAG_LINK) && has_word(attribute(node, "rel"), "canonical"))
      own_paths_.insert(path_of(attribute(node, "href")));
    if (is_tag(node, GUMBO_TAG_BASE)) own_paths_.insert(path_of(attribute(node, "href")));
    if (is_tag(node, GUMBO_TAG_META) && attribute(node, "property") == "og:url")
      own_paths_.insert(path_of(attribute(node, "content")));
    own_paths_.erase("");
  }

  // "https://en.m.wikipedia.org/wiki/Kosovo?x=1" -> "/wiki/Kosovo": pages
  // compare by path (a mobile or printable copy has another host or query).
  static std::string path_of(std::string_view url) {
    if (std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
      std::size_t slash = url.find('/', scheme + 3);
      url = slash == std::string_view::npos ? std::string_view("/") : url.substr(slash);
    }
    url = url.substr(0, std::min(url.find('?'), url.find('#')));
    return std::string(url);
  }

  // The fragment an href points at in this page: "#cite_note-2", the page's
  // own address with one ("https://en.wikipedia.org/wiki/Page#cite_note-2",
  // as saved pages keep their links), or a relative link to an element of
  // this page; empty otherwise.
  std::string_view in_page_fragment(std::string_view href) const {
    std::size_t hash = href.find('#');
    if (hash == std::string_view::npos) return {};
    std::string_view fragment = href.substr(hash + 1);
    std::string_view page = href.substr(0, hash);
    if (hash == 0 || own_paths_.count(path_of(page))) return fragment;
    // A relative link whose fragment is an element of this page: a MediaWiki
    // page saved without its own address ("/wiki/Page#cite_note-2",
    // "index.php?title=Page#cite_note-2").
    bool relative = page.find("://") == std::string_view::npos && !page.starts_with("//");
    if (relative && targets_.count(fragment)) return fragment;
    return {};
  }

  bool is_outward_link(std::string_view href) const {
    return !href.empty() && href.front() != '#' && in_page_fragment(href).empty();
  }

  static const GumboNode* enclosing_sup(const GumboNode* anchor) {
    for (const GumboNode* up = anchor->parent; is_element(up); up = up->parent)
      if (is_tag(up, GUMBO_TAG_SUP)) return up;
      else if (!is_tag(up, GUMBO_TAG_SPAN)) break;
    return nullptr;
  }

  // The kind of note an in-page link refers to, or nothing when it is not a note reference.
  static std::optional<NoteKind> marker_kind(const GumboNode* anchor) {
    static const Regex word_href(R"(^#_(?<kind>ftn|edn)\d+$)");
    std::string_view href = attribute(anchor, "href");
    if (has_class(anchor, "sdendnoteanc")) return NoteKind::endnote;
    if (has_class(anchor, "sdfootnoteanc")) return NoteKind::footnote;
    if (auto m = word_href.find(href)) return m->str(word_href.group("kind")) == "edn" ? NoteKind::endnote : NoteKind::footnote;
    if (has_class(anchor, "footnote-ref") || attribute(anchor, "role") == "doc-noteref" ||
        gumbo_get_attribute(&anchor->v.element.attributes, "data-footnote-ref"))
      return NoteKind::footnote;
    const GumboNode* sup = enclosing_sup(anchor);
    if (sup && (has_class(sup, "footnote-ref") || has_class(sup, "reference"))) return NoteKind::footnote;
    return std::nullopt;
  }

  // The element holding a note, from the element a marker points at.
  static const GumboNode* note_element(const GumboNode* target) {
    if (!is_tag(target, GUMBO_TAG_A)) return target;
    const GumboNode* paragraph = nullptr;
    for (const GumboNode* up = target->parent; is_element(up); up = up->parent) {
      if (is_tag(up, GUMBO_TAG_LI) || (is_tag(up, GUMBO_TAG_DIV) && !attribute(up, "id").empty())) return up;
      if (!paragraph && is_tag(up, GUMBO_TAG_P)) paragraph = up;
    }
    return paragraph ? paragraph : target;
  }

  void consider_marker(const GumboNode* anchor) {
    auto kind = marker_kind(anchor);
    const GumboNode* target = target_of(anchor);
    if (!kind || !target) return;
    const GumboNode* note = note_element(target);
    std::string number = numbering_.number(*kind, note_id(note, target));
    remember(note, *kind);
    markers_.insert(anchor);
    if (const GumboNode* sup = enclosing_sup(anchor)) markers_.insert(sup);
    document_.markers.push_back(Marker{number, *kind, at(anchor)});
    targets_of_markers_.insert(std::string(attribute(anchor, "id")));
    targets_of_markers_.insert(std::string(attribute(anchor, "name")));
    if (const GumboNode* sup = enclosing_sup(anchor)) targets_of_markers_.insert(std::string(attribute(sup, "id")));
    targets_of_markers_.erase("");
  }

  // List items and note divisions of the note lists the known generators write.
  void consider_note_list_item(const GumboNode* node) {
    static const Regex note_division(R"(^(?:sd(?<libre>endnote|footnote)\d+|_?(?<word>ftn|edn)\d+)$)");
    if (attribute(node, "id").empty()) return;
    if (is_tag(node, GUMBO_TAG_LI)) {
      const GumboNode* list = node->parent;
      const GumboNode* section = is_element(list) ? list->parent : nullptr;
      bool in_notes = has_class(list, "references") || has_class(list, "footnotes-list") ||
                      has_class(section, "footnotes") ||
                      (is_element(section) && gumbo_get_attribute(&section->v.element.attributes, "data-footnotes"));
      if (in_notes) remember(node, NoteKind::footnote);
    } else if (is_tag(node, GUMBO_TAG_DIV)) {
      if (auto m = note_division.find(attribute(node, "id"))) {
        bool end = m->has(note_division.group("libre")) ? m->str(note_division.group("libre")) == "endnote"
                                                        : m->str(note_division.group("word")) == "edn";
        remember(node, end ? NoteKind::endnote : NoteKind::footnote);
      }
    }
  }

  static std::string note_id(const GumboNode* note, const GumboNode* target) {
    std::string_view id = attribute(note, "id");
    if (id.empty()) id = attribute(target, "id");
    if (id.empty()) id = attribute(target, "name");
    return std::string(id);
  }

  void remember(const GumboNode* note, NoteKind kind) {
    if (note_kinds_.emplace(note, kind).second) notes_in_order_.emplace_back(note, kind);
  }

  void add_note(const GumboNode* element, NoteKind kind) {
    Note note;
    note.kind = kind;
    note.source_id = note_id(element, element);
    note.id = numbering_.number(kind, note.source_id);
    note.position = at(element);
    NoteTextBuilder text;
    collect_text(element, text);
    text.fill(note);
    collect_coins(element, note.embedded);
    note.embedded_partial = !note.embedded.empty();
    document_.notes.push_back(std::move(note));
  }

  // The items citation templates store beside the text they show, as COinS
  // (<span class="Z3988" title="ctx_ver=Z39.88-2004&…">): Wikipedia's do.
  static void collect_coins(const GumboNode* node, std::vector<Reference>& items) {
    const GumboVector& kids = children(node);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(kids.data[i]);
      if (!is_element(child)) continue;
      if (is_tag(child, GUMBO_TAG_SPAN) && has_class(child, "Z3988")) {
        if (auto item = read_coins(attribute(child, "title"))) items.push_back(std::move(*item));
        continue;
      }
      collect_coins(child, items);
    }
  }

  bool is_backlink(const GumboNode* node) const {
    if (has_class(node, "mw-cite-backlink") || has_class(node, "footnote-back") || has_class(node, "footnote-backref"))
      return true;
    if (!is_tag(node, GUMBO_TAG_A)) return false;
    std::string_view fragment = in_page_fragment(attribute(node, "href"));
    return !fragment.empty() && targets_of_markers_.count(std::string(fragment));
  }

  void collect_text(const GumboNode* node, NoteTextBuilder& text) const {
    const GumboVector& kids = children(node);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(kids.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
        text.append(child->v.text.text);
        continue;
      }
      if (!is_element(child) || is_backlink(child) || markers_.count(child)) continue;
      GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
      if (tag == GUMBO_TAG_BR) {
        text.append(" ");
        continue;
      }
      bool block = tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_BLOCKQUOTE ||
                   tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_PRE;
      std::string_view href = attribute(child, "href");
      bool link = tag == GUMBO_TAG_A && is_outward_link(href);
      if (block) text.paragraph_break();
      if (link) text.begin_link(std::string(href));
      collect_text(child, text);
      if (link) text.end_link();
      if (block) text.paragraph_break();
    }
  }

  // ---- The running text and the reference lists -------------------------

  // 1 for <h1> … 6 for <h6>; 0 for any other element.
  static int heading_level(GumboTag tag) {
    static constexpr std::array<GumboTag, 6> kHeadings{GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                                                       GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6};
    auto found = std::find(kHeadings.begin(), kHeadings.end(), tag);
    return found == kHeadings.end() ? 0 : static_cast<int>(found - kHeadings.begin()) + 1;
  }

  // Elements whose text is one paragraph of the running text.
  static bool is_paragraph(GumboTag tag) {
    static constexpr std::array<GumboTag, 11> kTags{GUMBO_TAG_P,     GUMBO_TAG_LI,         GUMBO_TAG_DD,
                                                    GUMBO_TAG_DT,    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_FIGCAPTION,
                                                    GUMBO_TAG_TD,    GUMBO_TAG_TH,         GUMBO_TAG_PRE,
                                                    GUMBO_TAG_CAPTION, GUMBO_TAG_ADDRESS};
    return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
  }

  // pandoc's and citeproc's entries (div.csl-entry), and any the page marks
  // with the ARIA role for one.
  static bool is_marked_entry(const GumboNode* node) {
    return has_class(node, "csl-entry") || attribute(node, "role") == "doc-biblioentry";
  }

  static bool is_note_section(const GumboNode* node) {
    return has_class(node, "footnotes") || attribute(node, "role") == "doc-endnotes" ||
           (is_element(node) && gumbo_get_attribute(&node->v.element.attributes, "data-footnotes"));
  }

  // A division holding text of its own and no paragraphs.
  static bool is_text_division(const GumboNode* node) {
    if (!is_tag(node, GUMBO_TAG_DIV)) return false;
    bool text = false;
    const GumboVector& kids = children(node);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(kids.data[i]);
      if (child->type == GUMBO_NODE_TEXT) text = true;
      if (is_element(child) && (is_paragraph(child->v.element.tag) || is_tag(child, GUMBO_TAG_DIV) ||
                                heading_level(child->v.element.tag)))
        return false;
    }
    return text;
  }

  void collect_blocks(const GumboNode* node) {
    if (is_element(node)) {
      if (note_kinds_.count(node) || is_note_section(node)) return;
      GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) return;
      if (int level = heading_level(tag)) return add_block(node, BlockKind::heading, level);
      if (is_marked_entry(node)) return add_block(node, BlockKind::entry, 0);
      if (is_paragraph(tag) || is_text_division(node)) return add_block(node, BlockKind::paragraph, 0);
    } else if (node->type != GUMBO_NODE_DOCUMENT) {
      return;
    }
    const GumboVector& kids = children(node);
    for (unsigned i = 0; i < kids.length; ++i) collect_blocks(static_cast<const GumboNode*>(kids.data[i]));
  }

  void add_block(const GumboNode* node, BlockKind kind, int level) {
    Block block;
    block.kind = kind;
    block.level = level;
    block.position = at(node);
    block.anchor = std::string(attribute(node, "id"));
    BlockTextBuilder text;
    collect_block_text(node, text, block);
    text.fill(block);
    if (kind == BlockKind::entry) block.list = list_number(node->parent);
    if (is_tag(node, GUMBO_TAG_LI) && is_tag(node->parent, GUMBO_TAG_OL)) block.label = item_number(node);
    if (!block.text.empty()) blocks_.push_back(std::move(block));
  }

  // Entries of one container belong to one list.
  std::size_t list_number(const GumboNode* container) {
    return lists_.emplace(container, lists_.size()).first->second;
  }

  // "3" for the third item of an <ol> (or as its start and value say).
  static std::string item_number(const GumboNode* item) {
    long long number = 1;
    if (auto start = attribute(item->parent, "start"); !start.empty()) number = std::atoll(std::string(start).c_str());
    const GumboVector& siblings = children(item->parent);
    for (unsigned i = 0; i < siblings.length; ++i) {
      const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
      if (sibling == item) break;
      if (is_tag(sibling, GUMBO_TAG_LI)) ++number;
    }
    if (auto value = attribute(item, "value"); !value.empty()) number = std::atoll(std::string(value).c_str());
    return std::to_string(number);
  }

  // pandoc's data-cites: the entries' ids ("ref-" + each key).
  static std::optional<TextCitation> marked_citation(const GumboNode* node) {
    std::string_view keys = attribute(node, "data-cites");
    if (keys.empty() || !has_class(node, "citation")) return std::nullopt;
    TextCitation citation;
    citation.kind = CitationKind::key;
    for (auto key : split(keys, ' '))
      if (!key.empty()) citation.works.push_back(CitedWork{std::string(key), {}, {}, false, {}, {}, {}});
    return citation;
  }

  void collect_block_text(const GumboNode* node, BlockTextBuilder& text, Block& block) const {
    const GumboVector& kids = children(node);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(kids.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
        text.append(child->v.text.text);
        continue;
      }
      if (!is_element(child) || is_backlink(child) || markers_.count(child) || note_kinds_.count(child)) continue;
      GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
      if (tag == GUMBO_TAG_BR) {
        text.append(" ");
        continue;
      }
      // citeproc's number column: the entry's label, not its text.
      if (has_class(child, "csl-left-margin")) {
        NoteTextBuilder label;
        collect_text(child, label);
        block.label = std::string(trim(label.text(), "[]().: "));
        continue;
      }
      std::string_view href = attribute(child, "href");
      bool link = tag == GUMBO_TAG_A && is_outward_link(href);
      auto citation = marked_citation(child);
      if (is_paragraph(tag) || tag == GUMBO_TAG_DIV) text.append(" ");
      if (link) text.begin_link(std::string(href));
      if (citation) text.begin_mark();
      collect_block_text(child, text, block);
      if (citation) text.end_mark(std::move(*citation), at(child));
      if (link) text.end_link();
      if (is_paragraph(tag) || tag == GUMBO_TAG_DIV) text.append(" ");
    }
  }

  LineIndex lines_;
  Document document_;
  std::vector<Block> blocks_;
  std::map<const GumboNode*, std::size_t> lists_;
  NoteNumbering numbering_;
  std::vector<const GumboNode*> elements_;
  std::vector<const GumboNode*> anchors_;
  std::map<std::string, const GumboNode*, std::less<>> targets_;
  std::set<const GumboNode*> markers_;               // marker links and their sup, left out of note text
  std::set<std::string> targets_of_markers_;         // ids a backlink points at
  std::set<std::string, std::less<>> own_paths_;     // the page's own address, by path
  std::map<const GumboNode*, NoteKind> note_kinds_;
  std::vector<std::pair<const GumboNode*, NoteKind>> notes_in_order_;
};

}  // namespace

Result<Document> read_html(std::string_view text, const std::string& path, const InputLimits& limits) {
  // Refused before parsing: gumbo's time grows with the depth (html_nesting.hpp).
  if (HtmlNesting nesting = estimated_html_nesting(text, limits.max_nesting_depth);
      nesting.depth > limits.max_nesting_depth) {
    Position where = LineIndex(text).locate(nesting.offset);
    where.file = path;
    return Error{"nesting-too-deep", "elements nest deeper than the limit of " + std::to_string(limits.max_nesting_depth), where};
  }
  GumboArena arena(limits.max_tree_bytes);
  GumboOptions options = arena.options();
  GumboOutput* output = nullptr;
  if (setjmp(arena.over_budget()) == 0) output = gumbo_parse_with_options(&options, text.data(), text.size());
  else
    return Error{"html-too-large",
                 "the page's parse tree needs more than the limit of " + std::to_string(limits.max_tree_bytes) +
                     " bytes",
                 Position{path, "", 0, 0, 0}};
  if (!output) return Error{"malformed-html", "the HTML parser gave no document", Position{path, "", 0, 0, 0}};
  // The html and body elements add two levels that the limit does not count.
  return HtmlReader(text, path).read(output->document, limits.max_nesting_depth + 2);
}

}  // namespace citekit::extract
