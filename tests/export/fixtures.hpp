#pragma once
// Works for the export tests, built in code: the case study's bibliography
// and constructed pitfalls. Keys are set here, as extraction would set them.

#include "core/reference.hpp"

#include <string>
#include <vector>

namespace citekit::test {

Name person(std::string given, std::string family);
Name organisation(std::string literal);
Date year_date(int year);
Date day_date(int year, int month, int day);

// The first real input (a case study on Kosovo): nine references in eight
// endnotes citing eight distinct works (NATO's page is cited twice).
std::vector<Work> case_study_works();

// Constructed pitfalls: diacritics, LaTeX special characters (& % # _ $ ~),
// organisations whose names contain "and" or "&", a journal article with
// volume/issue/pages/DOI, a chapter with editors and one without, an edited
// book, a UN document, a newspaper article and web pages with access dates,
// an ISBN with a wrong check digit,
// particles and suffixes, and two works by one author in one year.
std::vector<Work> pitfall_works();

// Items at the edges of the model, for the schema validators: a key that is
// no XML ID, a type and variables outside CSL, date ranges, seasons, circa
// and text-only dates, control characters, a URL with spaces, an item with
// nothing but its key.
std::vector<Work> edge_case_works();

// The work with key `id` from `works` (throws when there is none).
const Work& work_with_key(const std::vector<Work>& works, const std::string& id);

}  // namespace citekit::test
