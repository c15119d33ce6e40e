#include "extract/readers/note_text.hpp"

#include "core/text.hpp"

namespace citekit::extract {

std::string clean_paragraph(std::string_view text) { return collapse_whitespace(normalise_invisible(text)); }

void NoteTextBuilder::append(std::string_view text) { paragraphs_.back().append(text); }

void NoteTextBuilder::paragraph_break() { paragraphs_.emplace_back(); }

void NoteTextBuilder::begin_link(std::string url) {
  open_.push_back(OpenLink{std::move(url), paragraphs_.size() - 1, paragraphs_.back().size()});
}

void NoteTextBuilder::end_link() {
  if (open_.empty()) return;
  OpenLink link = std::move(open_.back());
  open_.pop_back();
  std::string shown;
  for (std::size_t p = link.paragraph; p < paragraphs_.size(); ++p) {
    std::size_t from = p == link.paragraph ? link.offset : 0;
    shown += paragraphs_[p].substr(from) + ' ';
  }
  std::string url(trim(link.url));
  if (!url.empty()) links_.push_back(Hyperlink{clean_paragraph(shown), std::move(url)});
}

std::string NoteTextBuilder::text() const {
  std::vector<std::string> kept;
  for (const auto& paragraph : paragraphs_) {
    std::string cleaned = clean_paragraph(paragraph);
    if (!cleaned.empty()) kept.push_back(std::move(cleaned));
  }
  return join(kept, "\n");
}

std::vector<Hyperlink> NoteTextBuilder::links() const { return links_; }

void NoteTextBuilder::fill(Note& note) const {
  note.text = text();
  note.links = links();
}

}  // namespace citekit::extract
