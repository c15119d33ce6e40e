// CSL-JSON: the items as core::to_csl_json writes them, in an array, made to
// fit csl-data.json (which allows no unknown properties).

#include "core/csl_json.hpp"
#include "export/csl_vocabulary.hpp"
#include "export/writers.hpp"

namespace citekit::exporting {
namespace {

// The item with the key always present and first, a type the schema knows,
// and variables outside the schema kept under "custom" (CSL's place for them).
nlohmann::ordered_json csl_json_item(const Reference& item) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  out["id"] = item.id;
  nlohmann::ordered_json custom = nlohmann::ordered_json::object();
  const nlohmann::ordered_json json = to_csl_json(item);
  for (const auto& [key, value] : json.items()) {
    if (key == "id") continue;
    if (key == "type") out[key] = csl_item_type(value.get<std::string>());
    else if (is_csl_json_property(key) && key != "custom") out[key] = value;
    else custom[key] = value;
  }
  if (!custom.empty()) out["custom"] = custom;
  return out;
}

}  // namespace

std::string write_csl_json(const std::vector<Work>& works) {
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& work : works) items.push_back(csl_json_item(work.item));
  // Invalid UTF-8 becomes U+FFFD instead of an exception.
  return items.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace citekit::exporting
