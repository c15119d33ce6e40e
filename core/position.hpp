#pragma once
// Where something was found: a file, optionally a part inside it (a zip
// member such as word/endnotes.xml), and a line/column in that text.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citekit {

struct Position {
  std::string file;          // as the user named it ("-" for standard input)
  std::string part;          // member inside a container, empty for plain files
  std::size_t line = 0;      // 1-based; 0 when unknown
  std::size_t column = 0;    // 1-based, counted in characters; 0 when unknown
  std::size_t offset = 0;    // byte offset into the decoded text

  // "file:line:column", "file: part: line N", or just "file".
  std::string to_string() const;
};

// Line and column (1-based, column in UTF-8 characters) of a byte offset.
// Use LineIndex when locating many offsets in the same text: each costs a
// binary search and at most one block of characters counted, also on the
// one line of megabytes that Word and LibreOffice write their XML on.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position locate(std::size_t offset) const;

 private:
  // Characters before a byte offset, counted from the text's start.
  std::size_t characters_before(std::size_t offset) const;

  struct Checkpoint {
    std::size_t offset = 0;       // a character's first byte, about every kBlock bytes
    std::size_t characters = 0;   // characters before it
  };
  static constexpr std::size_t kBlock = 4096;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<Checkpoint> checkpoints_;
};

}  // namespace citekit
