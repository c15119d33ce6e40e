#pragma once
// What the XML writers (CSL XML, MODS) share: text that XML 1.0 can carry,
// child elements with text, and the document as a string. Internal to
// export/, so pugixml stays out of the public headers.

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace citekit::exporting {

// `text` as valid UTF-8 without the control characters XML 1.0 forbids.
std::string xml_text(std::string_view text);

// Whether `value` can be an xs:ID (an NCName): a letter or "_" first, then
// letters, digits, ".", "-", "_". Non-ASCII letters are taken as letters.
bool is_xml_id(std::string_view value);

// Appends <name>text</name> to `parent`; nothing when `text` is empty.
pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text);
// Sets an attribute to xml_text(value).
void set_attribute(pugi::xml_node node, const char* name, std::string_view value);

// Starts `document` with <?xml version="1.0" encoding="UTF-8"?>.
void add_declaration(pugi::xml_document& document);
// The document indented by two spaces, ending with a newline.
std::string to_xml_string(const pugi::xml_document& document);

}  // namespace citekit::exporting
