#pragma once
// Building a block's text from markup pieces (text nodes, runs) as they
// arrive: invisible characters normalised and whitespace collapsed on the
// way in, so that the offsets of links and marked citations recorded while
// building are offsets into the finished text.

#include "core/document.hpp"
#include "extract/lists/blocks.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

class BlockTextBuilder {
 public:
  void append(std::string_view piece);
  // Where the next visible character will stand.
  std::size_t offset() const { return text_.size() + (pending_space_ && !text_.empty() ? 1 : 0); }
  std::size_t end() const { return text_.size(); }

  // Text appended until end_link() is the link's visible text.
  void begin_link(std::string url);
  void end_link();
  // A citation the markup marks, over the text appended since begin_mark().
  void begin_mark();
  void end_mark(TextCitation citation, Position position);
  // Forgets the mark begun last (what it covered is not a citation after all).
  void cancel_mark();
  // The text from `offset` to the end.
  std::string text_since(std::size_t offset) const;

  bool empty() const { return text_.empty(); }
  // Moves the text, links and marked citations into `block`, and starts afresh.
  void fill(Block& block);

 private:
  std::string text_;
  bool pending_space_ = false;
  std::vector<std::pair<std::size_t, std::string>> open_links_;
  std::vector<Hyperlink> links_;
  std::vector<std::size_t> open_marks_;
  std::vector<MarkedCitation> marks_;
};

}  // namespace citekit::extract
