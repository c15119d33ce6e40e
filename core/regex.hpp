#pragma once
// A compiled PCRE2 pattern (UTF-8, Unicode properties, JIT when available).
// Compile once, match many times from any thread; pcre2.h stays private.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit {

class RegexMatch {
 public:
  RegexMatch(std::string_view subject, std::vector<std::size_t> offsets)
      : subject_(subject), offsets_(std::move(offsets)) {}
  bool has(std::size_t group) const;
  std::size_t begin(std::size_t group = 0) const { return offsets_[2 * group]; }
  std::size_t end(std::size_t group = 0) const { return offsets_[2 * group + 1]; }
  std::string_view str(std::size_t group = 0) const;
  std::size_t groups() const { return offsets_.size() / 2; }

 private:
  std::string_view subject_;
  std::vector<std::size_t> offsets_;  // begin/end pairs; unset groups hold npos
};

class Regex {
 public:
  enum Flags : unsigned { none = 0, caseless = 1, multiline = 2, dotall = 4, extended = 8 };

  // Throws std::invalid_argument naming the pattern and offset when it does
  // not compile: patterns in the source are programming errors to catch in tests.
  explicit Regex(std::string_view pattern, unsigned flags = none);
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  // First match at or after byte offset `start`.
  std::optional<RegexMatch> find(std::string_view subject, std::size_t start = 0) const;
  // Match anchored at `start`.
  std::optional<RegexMatch> match_at(std::string_view subject, std::size_t start = 0) const;
  // Whole subject matches.
  bool full_match(std::string_view subject) const;
  bool contains(std::string_view subject) const { return find(subject).has_value(); }
  std::vector<RegexMatch> find_all(std::string_view subject) const;
  // Replaces every match with `replacement` (literal text).
  std::string replace_all(std::string_view subject, std::string_view replacement) const;
  // Group number of a named group; throws std::invalid_argument when unknown.
  std::size_t group(std::string_view name) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::optional<RegexMatch> run(std::string_view subject, std::size_t start, unsigned options) const;
  struct Code;
  std::unique_ptr<Code> code_;
  std::string pattern_;
};

}  // namespace citekit
