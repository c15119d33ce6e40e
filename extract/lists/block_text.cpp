#include "extract/lists/block_text.hpp"

#include "core/text.hpp"

namespace citekit::extract {

void BlockTextBuilder::append(std::string_view piece) {
  std::string clean = normalise_invisible(piece);
  for (char c : clean) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      pending_space_ = true;
      continue;
    }
    if (pending_space_ && !text_.empty()) text_ += ' ';
    pending_space_ = false;
    text_ += c;
  }
}

void BlockTextBuilder::begin_link(std::string url) { open_links_.emplace_back(offset(), std::move(url)); }

void BlockTextBuilder::end_link() {
  if (open_links_.empty()) return;
  auto [begin, url] = std::move(open_links_.back());
  open_links_.pop_back();
  std::string shown = begin < text_.size() ? text_.substr(begin) : std::string();
  std::string target(trim(url));
  if (!target.empty()) links_.push_back(Hyperlink{std::move(shown), std::move(target)});
}

void BlockTextBuilder::begin_mark() { open_marks_.push_back(offset()); }

void BlockTextBuilder::end_mark(TextCitation citation, Position position) {
  if (open_marks_.empty()) return;
  std::size_t begin = open_marks_.back();
  open_marks_.pop_back();
  begin = std::min(begin, text_.size());
  citation.text = text_.substr(begin);
  citation.position = std::move(position);
  marks_.push_back(MarkedCitation{begin, text_.size(), std::move(citation)});
}

void BlockTextBuilder::cancel_mark() {
  if (!open_marks_.empty()) open_marks_.pop_back();
}

std::string BlockTextBuilder::text_since(std::size_t offset) const {
  return offset < text_.size() ? text_.substr(offset) : std::string();
}

void BlockTextBuilder::fill(Block& block) {
  block.text = std::move(text_);
  block.links = std::move(links_);
  block.citations = std::move(marks_);
  *this = BlockTextBuilder();
}

}  // namespace citekit::extract
