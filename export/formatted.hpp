#pragma once
// Bibliographies for people: the works in an author-date or a notes style,
// as plain text, HTML or Markdown, with each work's link status when the
// links have been checked. Writers return the text and never print.

#include "core/link.hpp"
#include "core/reference.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::exporting {

// author-date: Harvard ("Everts, D.W. (2020) Peacekeeping in ..."), listed
// by author and year, "2020a"/"2020b" for one author's works of a year.
// notes: the bibliography of Chicago's notes style ("Everts, Daan W.
// Peacekeeping in ... London: I.B. Tauris, 2020."), listed by author and title.
enum class Style { author_date, notes };
enum class Markup { text, html, markdown };

std::string_view to_string(Style style);
std::string_view to_string(Markup markup);
// "author-date" / "notes"; "text" / "html" / "markdown"; nullopt otherwise.
std::optional<Style> style_from_string(std::string_view name);
std::optional<Markup> markup_from_string(std::string_view name);

// The works as a bibliography in `style` and `markup`. With `links`, each
// work with a URL shows the checker's verdict for it ("link: broken (404)").
// The same input always gives the same bytes.
std::string format_bibliography(const std::vector<Work>& works, Style style, Markup markup,
                                const LinkResults* links = nullptr);

}  // namespace citekit::exporting
