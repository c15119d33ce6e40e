#include "linkcheck/filter.hpp"

namespace citekit::linkcheck {
namespace {

std::vector<Regex> compile(const std::vector<std::string>& patterns) {
  std::vector<Regex> compiled;
  compiled.reserve(patterns.size());
  for (const auto& pattern : patterns) compiled.emplace_back(pattern);
  return compiled;
}

const Regex* first_match(const std::vector<Regex>& patterns, std::string_view url) {
  for (const auto& pattern : patterns)
    if (pattern.contains(url)) return &pattern;
  return nullptr;
}

}  // namespace

UrlFilter::UrlFilter(const std::vector<std::string>& include, const std::vector<std::string>& exclude)
    : include_(compile(include)), exclude_(compile(exclude)) {}

std::optional<std::string> UrlFilter::exclusion(std::string_view url) const {
  if (first_match(include_, url)) return std::nullopt;
  if (const Regex* pattern = first_match(exclude_, url)) return "matches the exclude pattern " + pattern->pattern();
  if (!include_.empty()) return std::string("matches no include pattern");
  return std::nullopt;
}

}  // namespace citekit::linkcheck
