#include "extract/readers/coins.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

#include <map>
#include <string>
#include <vector>

namespace citekit::extract {
namespace {

// "%C3%A9" and "+" decoded; a broken escape is kept as written.
std::string percent_decoded(std::string_view text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 &&
               hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return sanitize_utf8(out);
}

// Every key with its values in order (rft.au repeats).
std::multimap<std::string, std::string> key_values(std::string_view kev) {
  std::multimap<std::string, std::string> out;
  for (std::string_view pair : split(kev, '&')) {
    std::size_t equals = pair.find('=');
    if (equals == std::string_view::npos) continue;
    std::string value = collapse_whitespace(percent_decoded(pair.substr(equals + 1)));
    if (!value.empty()) out.emplace(percent_decoded(pair.substr(0, equals)), std::move(value));
  }
  return out;
}

std::string first_of(const std::multimap<std::string, std::string>& values, std::string_view key) {
  auto found = values.find(std::string(key));
  return found == values.end() ? std::string() : found->second;
}

// The CSL type of an OpenURL format ("info:ofi/fmt:kev:mtx:book") and genre.
std::string csl_type(std::string_view format, std::string_view genre, bool has_link) {
  if (format.ends_with(":journal")) {
    if (genre == "proceeding" || genre == "conference") return "paper-conference";
    return "article-journal";
  }
  if (format.ends_with(":dissertation")) return "thesis";
  if (format.ends_with(":patent")) return "patent";
  if (genre == "bookitem") return "chapter";
  if (genre == "book") return "book";
  if (genre == "report") return "report";
  if (genre == "proceeding" || genre == "conference") return "paper-conference";
  // Wikipedia's "cite web" and the like: a page of its own.
  return has_link ? "webpage" : "document";
}

// rft.au as citation templates write it: "Weller, Marc" for a person,
// anything else as written ("Canada Post", "Nemirovsky and Ben-Tal").
Name name_of(std::string_view written) {
  Name name;
  std::size_t comma = written.find(',');
  if (comma == std::string_view::npos) {
    name.literal = std::string(written);
    return name;
  }
  name.family = std::string(trim(written.substr(0, comma)));
  name.given = std::string(trim(written.substr(comma + 1)));
  return name;
}

std::vector<Name> authors_of(const std::multimap<std::string, std::string>& values) {
  std::vector<Name> names;
  std::string last = first_of(values, "rft.aulast");
  if (!last.empty()) {
    Name first;
    first.family = last;
    first.given = first_of(values, "rft.aufirst");
    if (first.given.empty()) first.given = first_of(values, "rft.auinit");
    names.push_back(std::move(first));
  }
  for (auto [it, end] = values.equal_range("rft.au"); it != end; ++it) {
    Name name = name_of(it->second);
    // CS1 repeats the first author in rft.au after rft.aulast/aufirst.
    if (!names.empty() && names.front().family == name.family &&
        (name.given.empty() || names.front().given.starts_with(name.given.substr(0, 1))))
      continue;
    names.push_back(std::move(name));
  }
  for (const char* key : {"rft.aucorp", "rft.creator"})  // Dublin Core's creators, as written
    for (auto [it, end] = values.equal_range(key); it != end; ++it) {
      Name organisation;
      organisation.literal = it->second;
      names.push_back(std::move(organisation));
    }
  return names;
}

// "2009", "2020-11-24", "2020-11": ISO dates; anything else kept as written.
Date date_of(std::string_view written) {
  static const Regex iso(R"(^((?:1[0-9]|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?$)");
  Date date;
  if (auto m = iso.match_at(written)) {
    auto number = [&](std::size_t group) { return m->has(group) ? std::stoi(std::string(m->str(group))) : 0; };
    date.parts.push_back({number(1), number(2), number(3)});
  } else {
    date.literal = std::string(written);
  }
  return date;
}

// rft_id: "info:doi/10.1…", "info:pmid/…", "https://…".
void add_identifiers(const std::multimap<std::string, std::string>& values, Reference& item) {
  for (auto [it, end] = values.equal_range("rft_id"); it != end; ++it) {
    std::string_view id = it->second;
    if (id.starts_with("info:doi/")) item.set("DOI", std::string(id.substr(9)));
    else if (id.starts_with("info:pmid/")) item.set("PMID", std::string(id.substr(10)));
    else if (id.starts_with("http://") || id.starts_with("https://")) {
      if (!item.has("URL")) item.set("URL", std::string(id));
    }
  }
}

}  // namespace

std::optional<Reference> read_coins(std::string_view kev) {
  auto values = key_values(kev);
  std::string format = first_of(values, "rft_val_fmt");
  std::string genre = first_of(values, "rft.genre");
  std::string article = first_of(values, "rft.atitle");
  std::string book = first_of(values, "rft.btitle");
  std::string journal = first_of(values, "rft.jtitle");
  bool dublin_core = format.ends_with(":dc");
  // rft.title: the older name of jtitle, and Dublin Core's title.
  if (journal.empty() && !dublin_core) journal = first_of(values, "rft.title");
  if (dublin_core) book = first_of(values, "rft.title");
  Reference item;
  item.origin = ItemOrigin::document;
  add_identifiers(values, item);
  item.type = csl_type(format, genre, item.has("URL"));
  if (!article.empty()) {
    item.set("title", article);
    item.set("container-title", format.ends_with(":journal") ? journal : book);
    if (item.type == "book") item.type = "chapter";
  } else {
    item.set("title", !book.empty() ? book : journal);
  }
  if (!item.has("title")) return std::nullopt;
  std::vector<Name> authors = authors_of(values);
  if (!authors.empty()) item.names["author"] = std::move(authors);
  if (std::string date = first_of(values, "rft.date"); !date.empty()) item.dates["issued"] = date_of(date);
  item.set("publisher", first_of(values, "rft.pub"));
  item.set("publisher-place", first_of(values, "rft.place"));
  item.set("edition", first_of(values, "rft.edition"));
  item.set("collection-title", first_of(values, "rft.series"));
  item.set("volume", first_of(values, "rft.volume"));
  item.set("issue", first_of(values, "rft.issue"));
  std::string pages = first_of(values, "rft.pages");
  std::string first_page = first_of(values, "rft.spage"), last_page = first_of(values, "rft.epage");
  if (pages.empty() && !first_page.empty()) pages = last_page.empty() ? first_page : first_page + "–" + last_page;
  item.set("page", pages);
  if (dublin_core) {
    item.set("container-title", first_of(values, "rft.source"));
    item.set("publisher", first_of(values, "rft.publisher"));
    for (auto [it, end] = values.equal_range("rft.identifier"); it != end; ++it)
      if (it->second.starts_with("http") && !item.has("URL")) item.set("URL", it->second);
    if (item.type == "document" && item.has("URL")) item.type = "webpage";
  }
  item.set("ISBN", first_of(values, "rft.isbn"));
  item.set("ISSN", first_of(values, "rft.issn"));
  return item;
}

}  // namespace citekit::extract
