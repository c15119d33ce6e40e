#include "core/position.hpp"

#include "core/result.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace citekit {

std::string Position::to_string() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (!part.empty()) out += ": " + part;
  if (line == 0) return out;
  if (part.empty()) {
    out += ":" + std::to_string(line);
    if (column) out += ":" + std::to_string(column);
  } else {
    out += ": line " + std::to_string(line);
    if (column) out += ", column " + std::to_string(column);
  }
  return out;
}

// A usage error has no position: its message stands alone.
std::string Error::describe() const {
  if (position.file.empty() && position.part.empty() && position.line == 0) return message;
  return position.to_string() + ": " + message;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  checkpoints_.push_back(Checkpoint{});
  for (std::size_t block = kBlock; block < text.size(); block += kBlock) {
    std::size_t at = block;   // forward to a character's first byte: counts add up across it
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    const Checkpoint& last = checkpoints_.back();
    if (at > last.offset) checkpoints_.push_back(Checkpoint{at, last.characters + utf8_length(text.substr(last.offset, at - last.offset))});
  }
}

std::size_t LineIndex::characters_before(std::size_t offset) const {
  auto after = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                                [](std::size_t o, const Checkpoint& c) { return o < c.offset; });
  const Checkpoint& at = *std::prev(after);   // the first checkpoint is at 0
  return at.characters + utf8_length(text_.substr(at.offset, offset - at.offset));
}

Position LineIndex::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  Position p;
  p.line = line;
  p.column = characters_before(offset) - characters_before(start) + 1;
  p.offset = offset;
  return p;
}

}  // namespace citekit
