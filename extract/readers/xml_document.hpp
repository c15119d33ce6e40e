#pragma once
// Loading XML parts with pugixml, for the readers only (private to
// extract/readers; pugixml never reaches a public header). Parse errors
// become an Error naming the file, the part and the line; a nesting-depth
// cap guards the readers' recursive walks. Whitespace-only text is kept (a
// run holding one space is text in DOCX and ODT). pugixml expands only the five
// predefined and numeric character entities: a DOCTYPE's entity
// declarations are skipped, never expanded, and no DTD is fetched.
//
// pugixml is not namespace-aware: elements are matched by qualified name,
// with the prefix the document itself declares for a namespace URI.

#include "core/position.hpp"
#include "core/result.hpp"
#include "extract/input.hpp"

#include <pugixml.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace citekit::extract {

// `part` is the zip member ("word/endnotes.xml"), or empty for a plain file.
Result<std::unique_ptr<pugi::xml_document>> load_xml(std::string_view text, const std::string& file,
                                                     const std::string& part, const InputLimits& limits);

// A loaded XML part with what is needed to say where a node is.
struct XmlPart {
  XmlPart(std::string file, std::string name, std::string text);
  XmlPart(const XmlPart&) = delete;
  XmlPart& operator=(const XmlPart&) = delete;

  // File, part, and the line and column of the node's start tag.
  Position at(const pugi::xml_node& node) const;
  pugi::xml_node root() const { return document->document_element(); }

  std::string file;
  std::string name;      // the zip member, empty for a plain file
  std::string text;      // as parsed; positions index into it
  LineIndex lines;
  std::unique_ptr<pugi::xml_document> document;
};

Result<std::unique_ptr<XmlPart>> load_xml_part(std::string text, const std::string& file, const std::string& part,
                                               const InputLimits& limits);

// The prefix bound to a namespace URI on the root element: "w" for
// xmlns:w="…", "" for a default namespace.
class XmlNamespace {
 public:
  XmlNamespace(const pugi::xml_node& root, std::string_view uri, std::string_view usual_prefix);
  // True when `node` is the element `local` of this namespace.
  bool is(const pugi::xml_node& node, std::string_view local) const;
  // The qualified name of `local`, for attribute look-ups and searches.
  std::string name(std::string_view local) const;

 private:
  std::string prefix_;   // with its colon, "w:", or empty
};

// The local part of a qualified name: "w:t" -> "t".
std::string_view local_name(const pugi::xml_node& node);

}  // namespace citekit::extract
