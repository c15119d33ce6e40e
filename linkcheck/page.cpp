#include "linkcheck/page.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "linkcheck/dates.hpp"

#include <array>
#include <charconv>

namespace citekit::linkcheck {
namespace {

constexpr std::size_t kMaxTitleBytes = 300;

// Metadata names that carry a page's modification date (Open Graph, Dublin
// Core, schema.org microdata, the old http-equiv form).
constexpr std::array<std::string_view, 7> kModifiedNames{
    "article:modified_time", "og:updated_time", "last-modified", "dcterms.modified",
    "dc.date.modified",      "datemodified",    "modified"};

bool is_html(std::string_view content_type) {
  std::string type = to_lower_ascii(content_type);
  return type.empty() || type.find("html") != std::string::npos;
}

std::optional<char32_t> numeric_entity(std::string_view digits) {
  int base = 10;
  if (!digits.empty() && (digits.front() == 'x' || digits.front() == 'X')) {
    base = 16;
    digits.remove_prefix(1);
  }
  unsigned long value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error != std::errc() || end != digits.data() + digits.size() || value == 0 || value > 0x10FFFF) return std::nullopt;
  return static_cast<char32_t>(value);
}

// The entities titles use; others are kept as written.
std::string decode_entities(std::string_view text) {
  static const Regex entity(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp|#39);)");
  std::string out;
  std::size_t at = 0;
  for (const auto& m : entity.find_all(text)) {
    out.append(text.substr(at, m.begin() - at));
    std::string_view name = m.str(1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name == "nbsp") out += ' ';
    else if (auto code = numeric_entity(name.substr(1))) append_utf8(out, *code);
    else out.append(m.str());
    at = m.end();
  }
  out.append(text.substr(at));
  return out;
}

std::string title_of(std::string_view body) {
  static const Regex title(R"(<title\b[^>]*>(.*?)</title\s*>)", Regex::caseless | Regex::dotall);
  auto m = title.find(body);
  if (!m) return "";
  std::string text = collapse_whitespace(sanitize_utf8(decode_entities(m->str(1))));
  if (text.size() > kMaxTitleBytes) text = sanitize_utf8(std::string_view(text).substr(0, kMaxTitleBytes));
  return text;
}

std::optional<std::chrono::sys_days> day_in(std::string_view value) {
  if (auto day = parse_iso_day(value)) return day;
  if (auto time = parse_http_date(value)) return std::chrono::floor<std::chrono::days>(*time);
  return std::nullopt;
}

void keep_latest(std::optional<std::chrono::sys_days>& latest, std::optional<std::chrono::sys_days> day) {
  if (day && (!latest || *day > *latest)) latest = day;
}

std::optional<std::chrono::sys_days> modified_in(std::string_view body) {
  static const Regex meta(R"(<meta\b[^>]*>)", Regex::caseless);
  static const Regex attribute(R"re(([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re");
  static const Regex json_ld(R"re("dateModified"\s*:\s*"([^"]{10,40})")re");
  std::optional<std::chrono::sys_days> latest;
  for (const auto& tag : meta.find_all(body)) {
    bool names_modified = false;
    std::string content;
    for (const auto& a : attribute.find_all(tag.str())) {
      std::string key = to_lower_ascii(a.str(1));
      std::string value(a.has(2) ? a.str(2) : a.has(3) ? a.str(3) : a.str(4));
      if (key == "content") content = value;
      else if (key == "property" || key == "name" || key == "itemprop" || key == "http-equiv")
        for (auto name : kModifiedNames) names_modified = names_modified || iequals_ascii(value, name);
    }
    if (names_modified) keep_latest(latest, day_in(content));
  }
  for (const auto& m : json_ld.find_all(body)) keep_latest(latest, day_in(m.str(1)));
  return latest;
}

}  // namespace

PageFacts read_page_start(std::string_view body, std::string_view content_type) {
  if (body.empty() || !is_html(content_type)) return {};
  return PageFacts{title_of(body), modified_in(body)};
}

}  // namespace citekit::linkcheck
