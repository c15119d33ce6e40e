#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/parse/names.hpp"
#include "extract/parse/workspace.hpp"

#include <algorithm>
#include <cctype>

namespace citekit::extract::parsing {
namespace {

// Whether `text` opens with a bracket or a word that can lead a role ("In",
// "Eds.", "edited by"): the only texts the leading-role pattern can shorten.
// A word with letters outside ASCII counts, as "Übers." and "Éd." do.
bool may_start_with_role(std::string_view text) {
  static constexpr std::string_view kLeads[] = {"in", "dans", "en", "edited", "translated", "compiled", "directed",
                                                "herausgegeben", "traduit", "sous", "ed", "eds", "editor", "editors",
                                                "edd", "hrsg", "hg", "dir", "coord", "trans", "transl", "tr", "trad"};
  text = trim(text);
  if (text.starts_with('(')) return true;
  std::size_t end = 0;
  bool ascii = true;
  for (; end < text.size(); ++end) {
    auto byte = static_cast<unsigned char>(text[end]);
    if (byte >= 0x80) ascii = false;
    else if (!std::isalpha(byte)) break;
  }
  if (!ascii) return true;
  std::string word = to_lower_ascii(text.substr(0, end));
  return std::find(std::begin(kLeads), std::end(kLeads), word) != std::end(kLeads);
}

// Whether `text`, without its closing punctuation, ends in a role word
// ("eds", "Hrsg", "trans"): the only texts the trailing-role pattern can
// match, found without trying that pattern at every position of the list.
bool may_end_with_role(std::string_view text) {
  static constexpr std::string_view kRoles[] = {"ed", "eds", "editor", "editors", "edd", "hrsg", "hg", "herausgeber", "org", "orgs",
                                                "herausgeberin", "dir", "éd", "éds", "coord", "comp", "trans", "transl",
                                                "tr", "translator", "translators", "übers", "trad"};
  std::string_view core = trim(text, " \t\n\r\f\v,.:;)]");
  std::string tail = to_lower_ascii(core.substr(core.size() > 16 ? core.size() - 16 : 0));
  return std::any_of(std::begin(kRoles), std::end(kRoles), [&](std::string_view role) {
    return std::string_view(tail).ends_with(role);
  });
}

void take_names(Workspace& ws, Label label, const char* variable) {
  std::vector<Name> names;
  for (auto text : ws.texts(label)) {
    auto parsed = parse_names(without_roles(text));
    names.insert(names.end(), parsed.begin(), parsed.end());
  }
  if (!names.empty()) ws.item().names[variable] = std::move(names);
}

}  // namespace

// Role words around a list of names: "In", "(Eds.)", "eds.", "edited by",
// "Hrsg.", "(dir.)", "trans.", "translated by", "Übers. v.".
std::string without_roles(std::string_view text) {
  static const Regex lead(
      R"(^\s*(?:(?:in|dans|en)\s*:?\s+)?(?:(?:edited|translated|compiled|directed|herausgegeben|übersetzt|traduit|sous la direction|(?:\(?(?:eds?|editors?|edd|hrsg|hg|orgs?|dir|éds?|coord|trans|transl|tr|übers|trad)\b\.?\)?))\s*(?:and\s+(?:ed|trans)\b\.?\s*)?(?:by|von|par|de)?\s*:?\s*)?)",
      Regex::caseless);
  static const Regex trail(
      R"(\s*[,;]?\s*[(\[]?\s*\b(?:eds?|editors?|edd|hrsg|hg|herausgeber(?:in)?|orgs?|dir|éds?|coord|comp|trans|transl|tr|translators?|übers|trad)\.?\s*[)\]]?\s*[,.:;]*\s*$)",
      Regex::caseless);
  std::string out(text);
  if (may_start_with_role(out))
    if (auto m = lead.match_at(out); m && m->end() > 0) out.erase(0, m->end());
  if (may_end_with_role(out))
    if (auto m = trail.find(out); m && m->begin() > 0) out.erase(m->begin());
  std::string_view rest = trim(out, " ,;:");
  if (rest.starts_with('(') && rest.find(')') == std::string_view::npos) rest = trim(rest.substr(1), " ,;:");
  return std::string(rest);
}

void normalize_names(Workspace& ws) {
  take_names(ws, Label::author, "author");
  take_names(ws, Label::editor, "editor");
  take_names(ws, Label::translator, "translator");
  take_names(ws, Label::director, "director");
  // "ATLAS Collaboration": an institutional author.
  for (auto text : ws.texts(Label::collaboration)) {
    Name group;
    group.literal = std::string(trim(text, " ,;:."));
    if (!group.literal.empty()) ws.item().names["author"].push_back(std::move(group));
  }
}

}  // namespace citekit::extract::parsing
