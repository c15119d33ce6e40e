#pragma once
// The user's include and exclude patterns: which URLs are not to be fetched.

#include "core/regex.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::linkcheck {

class UrlFilter {
 public:
  // Compiles the patterns (PCRE2, searched anywhere in the URL); throws
  // std::invalid_argument naming a pattern that does not compile.
  UrlFilter(const std::vector<std::string>& include, const std::vector<std::string>& exclude);

  // Why `url` is excluded, or nullopt when it is to be checked. A URL
  // matching an include pattern is checked; otherwise one matching an
  // exclude pattern is excluded, and so is every URL when there are include
  // patterns.
  std::optional<std::string> exclusion(std::string_view url) const;

 private:
  std::vector<Regex> include_;
  std::vector<Regex> exclude_;
};

}  // namespace citekit::linkcheck
