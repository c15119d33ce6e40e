#include "extract/readers/pandoc_metadata.hpp"

#include "core/csl_json.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/input.hpp"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <sstream>

namespace citekit::extract {
namespace {

// Aliases let a few lines of YAML stand for a tree of billions of nodes:
// converting stops at these caps, with a problem.
constexpr std::size_t kMaxYamlNodes = 1'000'000;
constexpr std::size_t kMaxYamlDepth = 64;

struct TooLarge {};

// A YAML tree as JSON: scalars stay strings (CSL-JSON reads numbers from them).
class YamlToJson {
 public:
  nlohmann::json convert(const YAML::Node& node, std::size_t depth = 0) {
    if (++nodes_ > kMaxYamlNodes || depth > kMaxYamlDepth) throw TooLarge{};
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null: return nullptr;
      case YAML::NodeType::Scalar: return node.Scalar();
      case YAML::NodeType::Sequence: {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& child : node) array.push_back(convert(child, depth + 1));
        return array;
      }
      case YAML::NodeType::Map: {
        nlohmann::json object = nlohmann::json::object();
        for (const auto& pair : node)
          if (pair.first.IsScalar()) object[pair.first.Scalar()] = convert(pair.second, depth + 1);
        return object;
      }
    }
    return nullptr;
  }

 private:
  std::size_t nodes_ = 0;
};

// "2009", "2009-05", "2009-05-01", "2009/2010": the date parts CSL-JSON wants.
nlohmann::json date_parts_of(std::string_view written) {
  static const Regex iso(R"(^(\d{1,4})(?:-(\d\d)(?:-(\d\d))?)?$)");
  nlohmann::json parts = nlohmann::json::array();
  for (std::string_view point : split(written, '/')) {
    auto m = iso.find(trim(point));
    if (!m) return nullptr;
    nlohmann::json part = nlohmann::json::array();
    for (int group = 1; group <= 3; ++group)
      if (!m->str(group).empty()) part.push_back(std::stoi(std::string(m->str(group))));
    parts.push_back(std::move(part));
  }
  return parts;
}

// pandoc's YAML dates ("2009-05-01", "- year: 2009\n  month: 5", "{year: 2009}")
// as CSL-JSON date objects.
nlohmann::json csl_date(const nlohmann::json& value) {
  if (value.is_string()) {
    nlohmann::json parts = date_parts_of(value.get<std::string>());
    if (parts.is_null()) return {{"raw", value}};
    return {{"date-parts", std::move(parts)}};
  }
  auto point_of = [](const nlohmann::json& object) {
    nlohmann::json part = nlohmann::json::array();
    for (const char* key : {"year", "month", "day"})
      if (auto it = object.find(key); it != object.end() && it->is_string()) part.push_back(*it);
    return part;
  };
  if (value.is_object() && value.contains("year")) return {{"date-parts", {point_of(value)}}};
  if (value.is_array() && !value.empty() && value.front().is_object() && value.front().contains("year")) {
    nlohmann::json parts = nlohmann::json::array();
    for (const auto& object : value)
      if (object.is_object()) parts.push_back(point_of(object));
    return {{"date-parts", std::move(parts)}};
  }
  return value;
}

nlohmann::json csl_item(nlohmann::json item) {
  if (!item.is_object()) return item;
  for (auto& [key, value] : item.items())
    if (is_csl_date_variable(key)) value = csl_date(value);
  return item;
}

class BibliographyReader {
 public:
  explicit BibliographyReader(Document& document) : document_(document) {}

  bool read_metadata(const FrontMatter& metadata) {
    Position where{document_.path, "", metadata.first_line, 1, 0};
    auto tree = load_yaml(metadata.yaml, where);
    if (!tree || !tree->is_object()) return false;
    if (auto references = tree->find("references"); references != tree->end()) add_items(*references, where);
    if (auto files = tree->find("bibliography"); files != tree->end()) {
      if (files->is_string()) read_file(files->get<std::string>(), where);
      if (files->is_array())
        for (const auto& file : *files)
          if (file.is_string()) read_file(file.get<std::string>(), where);
    }
    return true;
  }

 private:
  // YAML as JSON; a problem at the error's line when it is not YAML.
  std::optional<nlohmann::json> load_yaml(std::string_view yaml, const Position& where) {
    try {
      return YamlToJson().convert(YAML::Load(std::string(yaml)));
    } catch (const YAML::Exception& error) {
      Position at = where;
      if (!error.mark.is_null()) {
        at.line += static_cast<std::size_t>(error.mark.line);
        at.column = static_cast<std::size_t>(error.mark.column) + 1;
      }
      problem(Severity::error, "metadata-unreadable", "the YAML metadata cannot be read: " + error.msg, at);
    } catch (const TooLarge&) {
      problem(Severity::error, "metadata-unreadable",
              "the YAML metadata is nested deeper than " + std::to_string(kMaxYamlDepth) + " levels or expands to more than " +
                  std::to_string(kMaxYamlNodes) + " nodes",
              where);
    }
    return std::nullopt;
  }

  void add_items(const nlohmann::json& items, const Position& where) {
    if (!items.is_array()) {
      problem(Severity::error, "bibliography-unreadable", "`references` is not a list of CSL items", where);
      return;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::string which = "item " + std::to_string(i + 1) + " of the bibliography";
      auto item = reference_from_csl_json(csl_item(items[i]));
      if (!item) {
        problem(Severity::error, "bibliography-unreadable", which + " is not a CSL item: " + item.error().message, where);
      } else if (item->id.empty()) {
        problem(Severity::warning, "bibliography-item-without-id", which + " has no id for citations to name", where);
      } else {
        document_.bibliography.push_back(std::move(*item));
      }
    }
  }

  // Only regular files of a CSL format are read: a document names its
  // bibliography, not a device or a directory.
  void read_file(const std::string& name, const Position& where) {
    std::string extension = to_lower_ascii(std::filesystem::path(name).extension().string());
    bool json = extension == ".json", yaml = extension == ".yaml" || extension == ".yml";
    if (!json && !yaml) {
      problem(Severity::warning, "bibliography-unread",
              "the bibliography \"" + name + "\" is not read: citekit reads CSL-JSON (.json) and CSL YAML (.yaml) files", where);
      return;
    }
    std::filesystem::path beside = std::filesystem::path(document_.path).parent_path() / name;
    std::error_code error;
    std::string path = !std::filesystem::path(name).is_absolute() && std::filesystem::exists(beside, error) ? beside.string() : name;
    if (!std::filesystem::is_regular_file(path, error)) {
      problem(Severity::warning, "bibliography-unread", "the bibliography \"" + name + "\" is not a file", where);
      return;
    }
    std::istringstream no_input;
    auto bytes = read_input(path, no_input, InputLimits{});
    if (!bytes) {
      problem(Severity::warning, "bibliography-unread", "the bibliography \"" + name + "\" cannot be read: " + bytes.error().message, where);
      return;
    }
    Position file{path, "", 1, 1, 0};
    if (json) read_csl_json(*bytes, file);
    else read_csl_yaml(*bytes, file);
  }

  void read_csl_json(const std::string& text, const Position& file) {
    try {
      auto items = nlohmann::json::parse(text);
      add_items(items.is_object() && items.contains("items") ? items["items"] : items, file);
    } catch (const nlohmann::json::exception& error) {
      problem(Severity::error, "bibliography-unreadable", std::string("not CSL-JSON: ") + error.what(), file);
    }
  }

  void read_csl_yaml(const std::string& text, const Position& file) {
    auto tree = load_yaml(text, file);
    if (!tree) return;
    if (tree->is_object() && tree->contains("references")) return add_items((*tree)["references"], file);
    add_items(*tree, file);
  }

  void problem(Severity severity, std::string code, std::string message, Position where) {
    document_.problems.push_back(Problem{severity, std::move(code), std::move(message), std::move(where), {}});
  }

  Document& document_;
};

}  // namespace

std::optional<FrontMatter> front_matter(std::string_view text) {
  static const Regex opening(R"(^---[ \t]*\n)");
  static const Regex closing(R"(^(?:---|\.\.\.)[ \t]*(?:\n|$))", Regex::multiline);
  auto open = opening.find(text);
  if (!open) return std::nullopt;
  auto close = closing.find(text, open->end());
  if (!close) return std::nullopt;
  FrontMatter metadata;
  metadata.yaml = text.substr(open->end(), close->begin() - open->end());
  metadata.first_line = 2;
  metadata.end = close->end();
  return metadata;
}

bool read_pandoc_bibliography(const FrontMatter& metadata, Document& document) {
  return BibliographyReader(document).read_metadata(metadata);
}

}  // namespace citekit::extract
