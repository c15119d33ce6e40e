#pragma once
// URLs as the formats that carry them can take them: xs:anyURI in MODS, and
// the verbatim url fields and \url{} of .bib files, where a space, a brace or
// a backslash would break the entry.

#include <string>
#include <string_view>

namespace citekit::exporting {

// `url` as an xs:anyURI: spaces, quotes, angle brackets, a "%" that starts
// no escape, a second "#", brackets outside an IPv6 host and the other
// characters URIs may not contain, percent-encoded. Non-ASCII is kept (an
// IRI), or percent-encoded as UTF-8 bytes for readers that take only ASCII
// (classic BibTeX with pdfLaTeX's \url).
enum class NonAscii { keep, encode };
std::string any_uri(std::string_view url, NonAscii non_ascii = NonAscii::keep);

// Appends `byte` as "%XX".
void append_percent_encoded(std::string& out, unsigned char byte);

}  // namespace citekit::exporting
