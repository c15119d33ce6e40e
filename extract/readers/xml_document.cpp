#include "extract/readers/xml_document.hpp"

#include "core/position.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace citekit::extract {
namespace {

// The first element found nested deeper than `cap`, walked without recursion; null when none.
pugi::xml_node too_deep_element(const pugi::xml_node& root, std::size_t cap) {
  std::vector<std::pair<pugi::xml_node, std::size_t>> stack{{root, 1}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (depth > cap) return node;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
      if (child.type() == pugi::node_element) stack.emplace_back(child, depth + 1);
  }
  return {};
}

// An upper estimate of the memory pugixml's tree of `text` takes: at most
// two nodes (an element or markup, and the text after it) per '<' and one
// attribute per '=', at the size of pugixml's records on a 64-bit machine
// with its allocator's share.
std::size_t estimated_tree_bytes(std::string_view text) {
  constexpr std::size_t kNodeBytes = 64, kAttributeBytes = 48;
  std::size_t markup = static_cast<std::size_t>(std::count(text.begin(), text.end(), '<'));
  std::size_t attributes = static_cast<std::size_t>(std::count(text.begin(), text.end(), '='));
  return (2 * markup + 1) * kNodeBytes + attributes * kAttributeBytes;
}

Position locate(std::string_view text, std::ptrdiff_t offset, const std::string& file, const std::string& part) {
  Position where = offset >= 0 ? LineIndex(text).locate(static_cast<std::size_t>(offset)) : Position{};
  where.file = file;
  where.part = part;
  return where;
}

}  // namespace

Result<std::unique_ptr<pugi::xml_document>> load_xml(std::string_view text, const std::string& file,
                                                     const std::string& part, const InputLimits& limits) {
  if (estimated_tree_bytes(text) > limits.max_tree_bytes)
    return Error{"xml-too-large",
                 "the part's parse tree would need more than the limit of " + std::to_string(limits.max_tree_bytes) +
                     " bytes",
                 Position{file, part, 0, 0, 0}};
  auto document = std::make_unique<pugi::xml_document>();
  pugi::xml_parse_result parsed =
      document->load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (!parsed) return Error{"malformed-xml", parsed.description(), locate(text, parsed.offset, file, part)};
  if (pugi::xml_node deep = too_deep_element(document->document_element(), limits.max_nesting_depth))
    return Error{"nesting-too-deep",
                 "elements nest deeper than the limit of " + std::to_string(limits.max_nesting_depth),
                 locate(text, deep.offset_debug(), file, part)};
  return document;
}

XmlPart::XmlPart(std::string file_name, std::string part_name, std::string content)
    : file(std::move(file_name)), name(std::move(part_name)), text(std::move(content)), lines(text) {}

Position XmlPart::at(const pugi::xml_node& node) const {
  std::ptrdiff_t offset = node.offset_debug();
  Position where = offset >= 0 ? lines.locate(static_cast<std::size_t>(offset)) : Position{};
  where.file = file;
  where.part = name;
  return where;
}

Result<std::unique_ptr<XmlPart>> load_xml_part(std::string text, const std::string& file, const std::string& part,
                                               const InputLimits& limits) {
  auto loaded = std::make_unique<XmlPart>(file, part, std::move(text));
  auto document = load_xml(loaded->text, file, part, limits);
  if (!document) return document.error();
  loaded->document = std::move(*document);
  return loaded;
}

XmlNamespace::XmlNamespace(const pugi::xml_node& root, std::string_view uri, std::string_view usual_prefix)
    : prefix_(std::string(usual_prefix) + ":") {
  for (const pugi::xml_attribute& attribute : root.attributes()) {
    std::string_view name = attribute.name();
    if (attribute.value() != uri) continue;
    if (name == "xmlns") {
      prefix_.clear();
      return;
    }
    if (name.substr(0, 6) == "xmlns:") {
      prefix_ = std::string(name.substr(6)) + ":";
      return;
    }
  }
}

bool XmlNamespace::is(const pugi::xml_node& node, std::string_view local) const {
  std::string_view name = node.name();
  return name.size() == prefix_.size() + local.size() && name.substr(0, prefix_.size()) == prefix_ &&
         name.substr(prefix_.size()) == local;
}

std::string XmlNamespace::name(std::string_view local) const { return prefix_ + std::string(local); }

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace citekit::extract
