#include "linkcheck/soft404.hpp"

#include "core/regex.hpp"
#include "linkcheck/url.hpp"

namespace citekit::linkcheck {
namespace {

// "/", "/index.html", "/home", "/default.aspx": the pages a site sends
// visitors to when it has nothing better.
bool is_home_page(const UrlParts& url) {
  static const Regex home(R"(/(?:(?:index|default|home|homepage)(?:\.\w{2,5})?)?)", Regex::caseless);
  return url.query.empty() && home.full_match(url.path);
}

bool names_not_found(std::string_view text) {
  static const Regex not_found(R"((?:^|[/_.=?&-])(?:404|not[-_]?found|page[-_]?not[-_]?found|error[-_]?404)(?:$|[/_.?&=-]))",
                               Regex::caseless);
  return not_found.contains(text);
}

bool title_says_not_found(std::string_view title) {
  static const Regex not_found(
      R"(\b(?:404|not found|page (?:does ?n[o']t|doesn't|no longer) exists?|no longer (?:available|exists)|)"
      R"((?:cannot|can't|could not|couldn't) be found|nicht gefunden|introuvable|no encontrad[ao]|non trovat[ao]|niet gevonden)\b)",
      Regex::caseless);
  return not_found.contains(title);
}

}  // namespace

std::optional<std::string> soft_404_reason(std::string_view cited_url, std::string_view final_url, bool redirected,
                                           std::string_view title) {
  if (redirected) {
    auto cited = url_parts(cited_url);
    auto landed = url_parts(final_url);
    if (cited && landed) {
      if (is_home_page(*landed) && !is_home_page(*cited)) return "redirected to the site's home page";
      std::string landed_path = landed->path + "?" + landed->query;
      if (names_not_found(landed_path) && !names_not_found(cited->path + "?" + cited->query))
        return "redirected to a \"not found\" page";
    }
  }
  if (title_says_not_found(title)) return "the page's title reads \"" + std::string(title) + "\"";
  return std::nullopt;
}

}  // namespace citekit::linkcheck
