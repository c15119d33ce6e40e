#include "export/xml_output.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <sstream>

namespace citekit::exporting {

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);  // invalid bytes come back as U+FFFD
    bool allowed = cp == U'\t' || cp == U'\n' || cp == U'\r' || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
    if (allowed) append_utf8(out, cp);
  }
  return out;
}

bool is_xml_id(std::string_view value) {
  auto letter = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  };
  if (value.empty() || !letter(static_cast<unsigned char>(value.front()))) return false;
  return std::all_of(value.begin(), value.end(), [&](char c) {
    auto u = static_cast<unsigned char>(c);
    return letter(u) || (u >= '0' && u <= '9') || u == '.' || u == '-';
  });
}

pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text) {
  if (text.empty()) return {};
  pugi::xml_node node = parent.append_child(name);
  node.text().set(xml_text(text).c_str());
  return node;
}

void set_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(xml_text(value).c_str());
}

void add_declaration(pugi::xml_document& document) {
  pugi::xml_node declaration = document.prepend_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
}

std::string to_xml_string(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace citekit::exporting
